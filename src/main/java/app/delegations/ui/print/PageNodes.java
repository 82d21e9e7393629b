package app.delegations.ui.print;

import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Line;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Text;

/**
 * Draws a {@link Page} as plain JavaFX nodes made for paper: black texts and lines on white, in the fonts they were
 * measured in, no effects (a node with effects prints as a coarse picture) and nothing set by a style sheet of the
 * window (values set in code win over the theme's).
 */
final class PageNodes {
    /** How far past the printable area a letter's ink may reach (italic and Cyrillic overhangs). */
    private static final double INK = 2;

    private final FxTextMeasure fonts;

    PageNodes(FxTextMeasure fonts) {
        this.fonts = fonts;
    }

    /** The printable area of a page, (0, 0) at its top left corner: what {@code PrinterJob.printPage} prints. */
    Pane content(Page page, PageFormat format) {
        var pane = new Pane();
        pane.getStyleClass().clear();
        for (PageItem item : page.items()) {
            pane.getChildren().add(node(item));
        }
        pane.setMinSize(format.printableWidth(), format.printableHeight());
        pane.setPrefSize(format.printableWidth(), format.printableHeight());
        pane.setMaxSize(format.printableWidth(), format.printableHeight());
        // a row taller than a page cannot spill onto the margins; a glyph's ink a hair past the edge is kept
        pane.setClip(new Rectangle(-INK, -INK, format.printableWidth() + 2 * INK, format.printableHeight() + 2 * INK));
        return pane;
    }

    /** The whole sheet, white, with the printable area inside its margins: what the preview shows. */
    Pane sheet(Page page, PageFormat format) {
        var content = content(page, format);
        content.relocate(format.left(), format.top());
        var sheet = new Pane(content);
        sheet.getStyleClass().clear();
        sheet.setBackground(new Background(new BackgroundFill(Color.WHITE, null, null)));
        sheet.setMinSize(format.paperWidth(), format.paperHeight());
        sheet.setPrefSize(format.paperWidth(), format.paperHeight());
        sheet.setMaxSize(format.paperWidth(), format.paperHeight());
        return sheet;
    }

    private Node node(PageItem item) {
        if (item instanceof PageItem.Text t) {
            var text = new Text(t.x(), t.y(), t.text());
            text.setTextOrigin(VPos.TOP);
            text.setFont(fonts.font(t.style()));
            text.setFill(Color.BLACK);
            return text;
        }
        var r = (PageItem.Rule) item;
        var line = new Line(r.x1(), r.y1(), r.x2(), r.y2());
        line.setStrokeWidth(r.thickness());
        line.setStroke(Color.BLACK);
        return line;
    }
}
