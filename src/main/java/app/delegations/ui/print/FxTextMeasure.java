package app.delegations.ui.print;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import javafx.scene.text.Font;
import javafx.scene.text.FontPosture;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;

/**
 * Measures as JavaFX sets text: the layout bounds of a {@link Text} in the style's font, the same font that
 * {@link PageNodes} draws with, so a measured line is drawn as wide as it was measured.
 *
 * <p>JavaFX sets a text of simple letters (Latin, Greek, Cyrillic, Armenian, common punctuation and symbols) glyph
 * after glyph, without kerning or ligatures: its width is the sum, in {@code float} from the left, of each letter's
 * advance. Such a text is measured from each letter's advance, measured once by a {@link Text} and kept; a text
 * with any other character (a script JavaFX shapes, a combining mark, a control character) is measured by a
 * {@link Text} as a whole. Both give the same width to the last bit (the tests compare them); the first makes no
 * text layout per call, so a brief of a hundred pages is measured without a heap of garbage.
 */
final class FxTextMeasure implements TextMeasure {
    /** Letters below this code point have their advance kept in a table per style. */
    private static final int KEPT_BELOW = 0x2300;

    private final Map<PaperStyle, Font> fonts = new EnumMap<>(PaperStyle.class);
    private final Map<PaperStyle, Double> lineHeights = new EnumMap<>(PaperStyle.class);
    private final Map<PaperStyle, float[]> advances = new EnumMap<>(PaperStyle.class);
    private final Text probe = new Text();

    /** The font of a style. */
    Font font(PaperStyle style) {
        return fonts.computeIfAbsent(style, s -> Font.font(PaperStyle.FAMILY,
                s.bold() ? FontWeight.BOLD : FontWeight.NORMAL, s.italic() ? FontPosture.ITALIC : FontPosture.REGULAR,
                s.size()));
    }

    @Override
    public double width(String text, PaperStyle style) {
        float[] kept = advances.computeIfAbsent(style, s -> {
            float[] unknown = new float[KEPT_BELOW];
            Arrays.fill(unknown, Float.NaN);
            return unknown;
        });
        float sum = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!simple(c)) {
                return laidOut(text, style);
            }
            float advance = kept[c];
            if (Float.isNaN(advance)) {
                advance = (float) laidOut(String.valueOf(c), style);
                kept[c] = advance;
            }
            sum += advance;
        }
        return sum;
    }

    /** The width JavaFX's text layout gives {@code text}. */
    private double laidOut(String text, PaperStyle style) {
        probe.setFont(font(style));
        probe.setText(text);
        return probe.getLayoutBounds().getWidth();
    }

    /**
     * Whether JavaFX sets {@code c} as a glyph of its own, its advance added to the line's: letters of the Latin,
     * Greek, Cyrillic and Armenian blocks, general punctuation, currency and letter-like symbols, arrows and
     * mathematical operators; not control characters, the soft hyphen, combining marks, the scripts JavaFX shapes, the joiners and
     * direction marks, nor half a surrogate pair.
     */
    static boolean simple(char c) {
        return c >= 0x20 && c < 0x7F
                || c >= 0xA0 && c < 0x0300 && c != 0xAD
                || c >= 0x0370 && c < 0x0483
                || c >= 0x048A && c < 0x0590
                || c >= 0x1E00 && c < 0x2000
                || c >= 0x2010 && c < 0x2028
                || c >= 0x2030 && c < 0x205F
                || c >= 0x20A0 && c < 0x20D0
                || c >= 0x2100 && c < 0x2300;
    }

    @Override
    public double lineHeight(PaperStyle style) {
        return lineHeights.computeIfAbsent(style, s -> {
            probe.setFont(font(s));
            probe.setText("Ąg");
            return probe.getLayoutBounds().getHeight();
        });
    }
}
