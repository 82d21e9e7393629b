package app.delegations.data;

/**
 * Called by every step of a load that loops over input-sized data, after a bounded amount of work each time;
 * throws {@link LoadCancelled} once the caller has cancelled the load, so Cancel stops any step promptly.
 */
@FunctionalInterface
interface Checkpoint {
    /** Never stops. */
    Checkpoint NONE = () -> { };

    /** Throws {@link LoadCancelled} when the load is to stop. */
    void check();

    /** Stops when {@code progress} says the load is cancelled. */
    static Checkpoint of(LoadProgress progress) {
        return () -> LoadCancelled.check(progress);
    }
}
