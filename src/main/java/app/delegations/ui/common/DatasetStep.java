package app.delegations.ui.common;

import app.delegations.data.Checkpoint;
import app.delegations.index.DatasetIndex;

/**
 * One part of the window's taking a new dataset: what it needs made from the data is {@linkplain #prepare
 * prepared} off the UI thread, with the rest of the load; {@linkplain #apply applying} it then runs on the UI
 * thread in one frame. The window applies its steps by {@link Phase}, one phase per frame when the data is large
 * ({@link Pace#spreads}), all at once otherwise.
 *
 * @param <P> what {@link #prepare} makes (Void when the step prepares nothing)
 */
public interface DatasetStep<P> {

    /** When a step is applied; phases follow each other in this order, one frame each for large data. */
    enum Phase {
        /** What the views filter by: applied first, since every view follows it. */
        FILTER,
        /** The view the window opens on: next, so that it fills before the others. */
        FIRST_VIEW,
        /** The other views and panes, together. */
        VIEWS,
        /** Work that goes on on a thread of its own: last, so that it does not compete with the frames before. */
        LAST
    }

    Phase phase();

    /**
     * Makes this step's part of a new dataset, off the UI thread, asking {@code checkpoint} after a bounded amount
     * of work (it throws when the load is cancelled). Null when the step needs nothing made in advance.
     */
    default P prepare(DatasetIndex index, Messages messages, Checkpoint checkpoint) {
        return null;
    }

    /** True when what {@link #prepare} makes depends on the language: a language switch makes it again. */
    default boolean followsLanguage() {
        return false;
    }

    /** Gives the new data to the view models, on the UI thread; {@code prepared} is what {@link #prepare} made. */
    void apply(DatasetIndex index, Messages messages, P prepared);
}
