package app.delegations.ui.common;

import javafx.animation.AnimationTimer;
import javafx.scene.Node;
import javafx.scene.layout.Region;

/**
 * A point of a window, drawn as nothing, marked changed in the frames of work done out of sight ({@link OutOfSight}:
 * a window readied under the one shown, a view readied in a tab not chosen), so that those frames are drawn again
 * only there, not whole.
 *
 * <p>Why: such work styles and lays out nodes that are not shown, and JavaFX then has the scene drawn again although
 * nothing shown changed (the styling of nodes made in a layout pass asks for the next frame); a frame drawn with
 * nothing marked changed is drawn whole (each node of the window: tens of ms on a software pipeline,
 * {@code src/bench/README.md}). With this point marked changed in the same frame, the render thread draws only the
 * area around it. That styling goes on for a frame or two after the step that caused it: the point is marked
 * changed in each of the next {@link #FRAMES} frames.
 *
 * <p>Guarantees: the point is 1 or 2 pixels wide and 1 high, at the window's top-left corner, transparent, takes no
 * click and no focus and is not laid out by its parent; only its width changes. Its timer runs only for the
 * {@link #FRAMES} frames after a {@link #touch}.
 */
public final class RepaintMark {
    /** Frames after a {@link #touch} in which the point is marked changed. */
    static final int FRAMES = 3;
    private final Region node = new Region();
    private boolean wide;
    private int left;
    private final AnimationTimer timer = new AnimationTimer() {
        @Override
        public void handle(long now) {
            wide = !wide;
            node.resize(wide ? 2 : 1, 1);
            if (--left <= 0) {
                stop();
            }
        }
    };

    public RepaintMark() {
        node.setId("repaintMark");
        node.setManaged(false);
        node.setMouseTransparent(true);
        node.setFocusTraversable(false);
        node.resizeRelocate(0, 0, 1, 1);
    }

    /** The point, to add to the window's children (last: it draws nothing, and takes no click). */
    public Node node() {
        return node;
    }

    /**
     * Work was done out of sight: the point is marked changed in each of the next {@link #FRAMES} frames, so that
     * they are drawn again around it (and where something shown changed), not whole. Call on the JavaFX thread.
     */
    public void touch() {
        if (left <= 0) {
            timer.start();
        }
        left = FRAMES;
    }

    /** Frames left in which the point is marked changed (tests). */
    int framesLeft() {
        return left;
    }

    /** The point's width now: 1 or 2 (tests). */
    double width() {
        return node.getWidth();
    }
}
