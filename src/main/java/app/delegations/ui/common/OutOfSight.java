package app.delegations.ui.common;

import javafx.scene.Node;
import javafx.scene.shape.Rectangle;

/**
 * Keeps a node readied out of sight (a window under the one shown, a view in a tab not chosen) out of the render
 * thread's work as well: clipped to a point far outside any window, so that its bounds in its parent are empty and
 * nothing within it can make the window be drawn again.
 *
 * <p>Why hiding is not enough: JavaFX sends an invisible node's changes to the render thread only when its children
 * change, but then it marks the parent changed with all its bounds, and the render thread draws those bounds again
 * (for a window readied under the one shown: the whole window, each frame a part is put back), although nothing in
 * them can be seen. Under this clip those bounds lie outside the window.
 *
 * <p>Guarantees: layout and styling go on as without it (a clip changes neither); {@link #release} gives the node
 * back the clip it had before (none); a node kept is neither drawn nor found by the mouse.
 */
public final class OutOfSight {
    /** Where the clip lies, in the node's own coordinates: left of and above any screen. */
    static final double AWAY = -1_000_000;
    private static final String ID = "outOfSight";

    private OutOfSight() {
    }

    /** Keeps {@code node} out of the render thread's work until {@link #release}d; it must have no clip of its own. */
    public static void keep(Node node) {
        if (!kept(node)) {
            var clip = new Rectangle(AWAY, AWAY, 1, 1);
            clip.setId(ID);
            node.setClip(clip);
        }
    }

    /** Lets {@code node} be drawn again (in the frame that shows it); nothing if it was not kept. */
    public static void release(Node node) {
        if (node != null && kept(node)) {
            node.setClip(null);
        }
    }

    /** Whether {@code node} is kept out of the render thread's work. */
    public static boolean kept(Node node) {
        return node.getClip() != null && ID.equals(node.getClip().getId());
    }
}
