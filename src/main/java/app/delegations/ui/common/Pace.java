package app.delegations.ui.common;

/**
 * The window's one policy for keeping frames short on large data: how much UI-thread work a frame may take
 * and from what size work is spread over frames. Every view that fills itself gradually reads its numbers
 * here, so that the policy is tuned in one place. Small data (the bundled congress) is below every threshold
 * and is shown at once, with no frame to wait for.
 *
 * <p>The guarantee: with data above a threshold, no single step given to {@link Frames#later} makes more than
 * the number of rows named here; the figures that chose these numbers are in {@code src/bench/README.md}
 * ("Frame budget").
 */
public final class Pace {
    /** Places and events together from which a new dataset's arrival is spread over frames, one view per frame. */
    public static final int SPREAD_FROM = 2_000;
    /** Rows from which a table's change of rows is revealed gradually ({@link GradualFill}). */
    public static final int TABLE_FILL_FROM = 1_000;
    /** New table rows revealed per frame until a screenful is shown. */
    public static final int TABLE_ROWS_PER_FRAME = 5;
    /**
     * Rows a table changes one by one in an update of the data (an edit, a file of the archive read again); with
     * more changed rows it takes its rows anew in one change, as for a new dataset.
     */
    public static final int PATCH_ROWS_AT_MOST = 256;
    /** Facet rows (filter pane) up to which all are made in one step. */
    public static final int FACET_ROWS_AT_ONCE = 40;
    /** Facet rows made per frame above {@link #FACET_ROWS_AT_ONCE}. */
    public static final int FACET_ROWS_PER_FRAME = 6;

    private Pace() {
    }

    /** True when data of this many places and events arrives over several frames rather than in one. */
    public static boolean spreads(int placesAndEvents) {
        return placesAndEvents >= SPREAD_FROM;
    }
}
