package app.delegations.ui.print;

import java.util.EnumMap;
import java.util.Map;
import javafx.scene.text.Font;
import javafx.scene.text.FontPosture;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;

/**
 * Measures as JavaFX sets text: the layout bounds of a {@link Text} in the style's font, the same font that
 * {@link PageNodes} draws with, so a measured line is drawn as wide as it was measured.
 */
final class FxTextMeasure implements TextMeasure {
    private final Map<PaperStyle, Font> fonts = new EnumMap<>(PaperStyle.class);
    private final Map<PaperStyle, Double> lineHeights = new EnumMap<>(PaperStyle.class);
    private final Text probe = new Text();

    /** The font of a style. */
    Font font(PaperStyle style) {
        return fonts.computeIfAbsent(style, s -> Font.font(PaperStyle.FAMILY,
                s.bold() ? FontWeight.BOLD : FontWeight.NORMAL, s.italic() ? FontPosture.ITALIC : FontPosture.REGULAR,
                s.size()));
    }

    @Override
    public double width(String text, PaperStyle style) {
        probe.setFont(font(style));
        probe.setText(text);
        return probe.getLayoutBounds().getWidth();
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
