package app.delegations.ui.timeline;

import app.delegations.ui.common.ShortText;
import java.util.HashMap;
import java.util.Map;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/** Measures and shortens labels to a width ("Kraków's City Develop…"), with a cache: a frame draws hundreds. */
final class TextFit {

    private static final String ELLIPSIS = "…";
    private static final int CACHE_LIMIT = 20_000;

    private final Text probe = new Text();
    private final Map<Font, Map<String, Double>> widths = new HashMap<>();
    private final Map<Font, Map<String, String>> fitted = new HashMap<>();

    double width(String s, Font font) {
        Map<String, Double> cache = widths.computeIfAbsent(font, f -> new HashMap<>());
        if (cache.size() > CACHE_LIMIT) {
            cache.clear();
        }
        return cache.computeIfAbsent(s, key -> {
            probe.setFont(font);
            probe.setText(key);
            return probe.getLayoutBounds().getWidth();
        });
    }

    /** The text cut to fit {@code max} pixels, with an ellipsis; "" when not even that fits. */
    String fit(String text, Font font, double max) {
        if (max <= 0) {
            return "";
        }
        String s = ShortText.shorten(text, ShortText.LINE); // a label never measures more than a line's worth
        if (width(s, font) <= max) {
            return s;
        }
        Map<String, String> cache = fitted.computeIfAbsent(font, f -> new HashMap<>());
        if (cache.size() > CACHE_LIMIT) {
            cache.clear();
        }
        int whole = (int) Math.floor(max);
        return cache.computeIfAbsent(whole + "\u0000" + s, key -> shorten(s, font, whole));
    }

    private String shorten(String s, Font font, double max) {
        int lo = 0;
        int hi = s.length();
        while (lo < hi) {  // longest prefix that fits with the ellipsis
            int mid = (lo + hi + 1) >>> 1;
            if (width(s.substring(0, mid).stripTrailing() + ELLIPSIS, font) <= max) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo == 0 ? "" : s.substring(0, lo).stripTrailing() + ELLIPSIS;
    }
}
