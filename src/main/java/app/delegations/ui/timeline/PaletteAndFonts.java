package app.delegations.ui.timeline;

import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;

/**
 * What the painters and the legend share: the palette of the current theme (light or dark), the regular and
 * bold fonts with the height of a line of them, and the measurer that fits labels into widths. One per view.
 */
final class PaletteAndFonts {

    private final TextFit fit = new TextFit();
    private final Font regular;
    private final Font bold;
    private final double lineHeight;
    private TimelinePalette palette = TimelinePalette.LIGHT;

    PaletteAndFonts() {
        String family = Font.getDefault().getFamily();
        regular = Font.font(family, 12);
        bold = Font.font(family, FontWeight.BOLD, 12);
        var probe = new Text("Ąg");
        probe.setFont(bold);
        lineHeight = Math.ceil(probe.getLayoutBounds().getHeight());
    }

    /** The height of a line of the labels' text. */
    double lineHeight() {
        return lineHeight;
    }

    TimelinePalette palette() {
        return palette;
    }

    void setDark(boolean dark) {
        palette = TimelinePalette.of(dark);
    }

    /** Draws in {@code colours} until the next {@link #setDark} (the PNG export draws for paper). */
    void setPalette(TimelinePalette colours) {
        palette = colours;
    }

    Font regular() {
        return regular;
    }

    Font bold() {
        return bold;
    }

    TextFit fit() {
        return fit;
    }
}
