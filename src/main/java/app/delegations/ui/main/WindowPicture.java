package app.delegations.ui.main;

import app.delegations.ui.common.RepaintMark;
import javafx.event.Event;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.ImageView;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.transform.Transform;

/**
 * A picture of a window, shown in its place while the window in another language is readied ({@link WindowSwap}):
 * what the window showed stays exactly as it was, whatever changes meanwhile in the view models it shared with the
 * window readied (the rows made again in the new language), so that no frame shows the old window's menus with the
 * new language's rows.
 *
 * <p>Guarantees: drawn at the screen's own scale (pixel for pixel), its transparent parts showing what lies under
 * it; it takes the keyboard ({@link #holdKeys}) and takes no key and no click; a {@link RepaintMark} of its own, so
 * that the frames of readying are drawn again only there, not whole.
 */
final class WindowPicture extends Pane {
    private final RepaintMark repaintMark = new RepaintMark();

    private WindowPicture(WritableImage image, double width, double height) {
        var view = new ImageView(image);
        view.setFitWidth(width);
        view.setFitHeight(height);
        view.setSmooth(false);
        setId("windowPicture");
        setMinSize(width, height);
        setPrefSize(width, height);
        setMaxSize(width, height);
        getChildren().addAll(view, repaintMark.node());
        addEventFilter(KeyEvent.ANY, Event::consume);
        addEventFilter(javafx.scene.input.MouseEvent.ANY, Event::consume);
    }

    /** A picture of {@code window} as it is now drawn (it must be in a shown scene); on the JavaFX thread. */
    static WindowPicture of(MainWindow window) {
        double scale = window.getScene().getWindow() == null ? 1 : window.getScene().getWindow().getRenderScaleX();
        var params = new SnapshotParameters();
        params.setFill(Color.TRANSPARENT);
        params.setTransform(Transform.scale(scale, scale));
        WritableImage image = window.snapshot(params, null);
        return new WindowPicture(image, window.getWidth(), window.getHeight());
    }

    /** The keyboard comes here, where every key is taken by no one, while the window is readied. */
    void holdKeys() {
        requestFocus();
    }

    /** Has the next frame drawn again only where something shown changed, not whole ({@link RepaintMark}). */
    void markRepaint() {
        repaintMark.touch();
    }
}
