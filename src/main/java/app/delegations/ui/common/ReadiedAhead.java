package app.delegations.ui.common;

import javafx.scene.Node;

/**
 * A view feature (not a table's: those are readied by the window itself) whose view, never shown, the window
 * readies for its first showing ahead, at rest, one step a frame: the view is made (by {@link ViewFeature#create}),
 * then {@link #readyNext} is called once before it is put in its tab, out of sight, and once a frame after, until
 * it returns false; its tab chosen meanwhile calls {@link #readyNow}.
 */
public interface ReadiedAhead {
    /**
     * One step of readying {@code view}, a view this feature made, no more work than a frame holds; false when
     * ready (nothing was done).
     */
    boolean readyNext(Node view);

    /** {@code view}'s tab is chosen: whatever readying is left is done as if the view were made now. */
    void readyNow(Node view);
}
