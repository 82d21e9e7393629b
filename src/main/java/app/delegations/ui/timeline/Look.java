package app.delegations.ui.timeline;

import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;

/** What the painters share: the palette of the theme, the fonts and the label measurer. */
final class Look {

    private final TextFit fit = new TextFit();
    private final Font regular;
    private final Font bold;
    private TimelinePalette palette = TimelinePalette.LIGHT;

    Look() {
        String family = Font.getDefault().getFamily();
        regular = Font.font(family, 12);
        bold = Font.font(family, FontWeight.BOLD, 12);
    }

    TimelinePalette palette() {
        return palette;
    }

    void setDark(boolean dark) {
        palette = TimelinePalette.of(dark);
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
