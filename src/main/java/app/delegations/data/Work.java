package app.delegations.data;

/**
 * Counts the work of a step that prepares loaded data for the window and asks its {@link Checkpoint} after
 * every {@link #CHECK_EVERY} units, so that Cancel stops the step after a bounded amount of work (as the
 * loader's steps do) while a step that is not cancelled pays one counter increment per unit.
 */
public final class Work {
    /** Units of work (items visited, values written) between two checks. */
    public static final int CHECK_EVERY = 1 << 12;

    private final Checkpoint checkpoint;
    private long untilCheck = CHECK_EVERY;

    public Work(Checkpoint checkpoint) {
        this.checkpoint = checkpoint;
    }

    /** One unit done; throws {@link LoadCancelled} when the load is to stop. */
    public void step() {
        if (--untilCheck <= 0) {
            untilCheck = CHECK_EVERY;
            checkpoint.check();
        }
    }

    /** {@code units} done at once (e.g. a sort or a bulk copy of that size). */
    public void steps(long units) {
        untilCheck -= units;
        if (untilCheck <= 0) {
            untilCheck = CHECK_EVERY;
            checkpoint.check();
        }
    }
}
