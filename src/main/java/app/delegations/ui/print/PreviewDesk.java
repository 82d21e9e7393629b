package app.delegations.ui.print;

import java.util.List;
import javafx.beans.Observable;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;

/**
 * The page area: the page shown, scaled to fit, on a grey desk, a plain shadow under it (a blurred shadow is an
 * effect the renderer draws anew whenever the page changes, costly without a graphics card). Empty until
 * {@link #start}.
 */
final class PreviewDesk {
    private static final double PAGE_GAP = 16;
    /** How far the sheet's shadow falls to the right and below, in pixels of the screen. */
    private static final double SHADOW = 4;

    final StackPane pages = new StackPane();
    private final Group holder = new Group();
    private final Rectangle shadow = new Rectangle();
    private final PrintPreviewModel model;
    private final PageNodes draw;
    private boolean started;
    private Region sheet;
    private PageFormat paper;

    PreviewDesk(PrintPreviewModel model, PageNodes draw) {
        this.model = model;
        this.draw = draw;
        pages.setId("printPages");
        pages.setBackground(new Background(new BackgroundFill(Color.gray(0.45), null, null)));
        pages.setMinSize(0, 0);
        pages.getChildren().add(holder);
        shadow.setFill(Color.gray(0, 0.35));
        shadow.setTranslateX(SHADOW);
        shadow.setTranslateY(SHADOW);
        model.shownProperty().addListener((Observable o) -> {
            if (started) {
                showPage(null);
            }
        });
        pages.widthProperty().addListener((o, a, b) -> fit());
        pages.heightProperty().addListener((o, a, b) -> fit());
    }

    /** Puts the page shown on the desk: the first page's sheet as {@code laidOut} drew it, if that is shown. */
    void start(LaidOut laidOut) {
        started = true;
        PrintPreviewModel.Shown shown = model.shownProperty().get();
        showPage(laidOut.takeSheet(shown.page(), shown.format()));
    }

    /** Shows the page shown on {@code drawn}, or on a sheet drawn now if null. */
    private void showPage(Region drawn) {
        PrintPreviewModel.Shown shown = model.shownProperty().get();
        paper = shown.format();
        sheet = drawn != null ? drawn : draw.sheet(shown.page(), paper);
        sheet.setId("printSheet");
        sheet.setAccessibleText(model.positionSpokenProperty().get());
        shadow.setWidth(paper.paperWidth());
        shadow.setHeight(paper.paperHeight());
        holder.getChildren().setAll(shadow, sheet);
        fit();
    }

    private void fit() {
        if (sheet == null) {
            return;
        }
        double scale = Math.min((pages.getWidth() - 2 * PAGE_GAP) / paper.paperWidth(),
                (pages.getHeight() - 2 * PAGE_GAP) / paper.paperHeight());
        scale = Math.max(scale, 0.05);
        for (Node n : List.of(shadow, sheet)) {
            n.setScaleX(scale);
            n.setScaleY(scale);
        }
    }
}
