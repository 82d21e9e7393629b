package app.delegations.ui.timeline;

import app.delegations.ui.common.ShortText;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * Measures labels, shortens them to a width ("Kraków's City Develop…") and wraps them into a few lines, with a
 * cache: a frame draws hundreds.
 */
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

    /**
     * The text wrapped at spaces into at most {@code maxLines} lines of {@code max} pixels; the last line is
     * cut with an ellipsis when the rest does not fit. Empty when not even a cut first line fits.
     */
    List<String> lines(String text, Font font, double max, int maxLines) {
        String s = ShortText.shorten(text, ShortText.LINE);
        if (maxLines <= 1 || max <= 0 || width(s, font) <= max) {
            String one = fit(s, font, max);
            return one.isEmpty() ? List.of() : List.of(one);
        }
        var out = new ArrayList<String>();
        int at = 0;
        while (out.size() < maxLines - 1 && at < s.length()) {
            int end = lineEnd(s, at, font, max);
            if (end <= at) {
                break;  // not even the first word fits: the last line cuts it
            }
            out.add(s.substring(at, end).strip());
            at = end;
            while (at < s.length() && s.charAt(at) == ' ') {
                at++;
            }
        }
        String last = fit(s.substring(at), font, max);
        if (!last.isEmpty()) {
            out.add(last);
        }
        return out;
    }

    /** The end of the longest run of whole words from {@code at} that fits {@code max}; {@code at} if none. */
    private int lineEnd(String s, int at, Font font, double max) {
        int best = at;
        for (int i = s.indexOf(' ', at + 1); ; i = s.indexOf(' ', i + 1)) {
            int end = i < 0 ? s.length() : i;
            if (width(s.substring(at, end), font) > max) {
                return best;
            }
            best = end;
            if (i < 0) {
                return best;
            }
        }
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
