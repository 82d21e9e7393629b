package app.delegations.data;

import java.util.function.BooleanSupplier;

/**
 * Called by every step of a load that loops over input-sized data, after a bounded amount of work each time;
 * throws {@link LoadCancelled} once the caller has cancelled the load, so Cancel stops any step promptly.
 */
@FunctionalInterface
public interface Checkpoint {
    /** Never stops. */
    Checkpoint NONE = () -> { };

    /** Throws {@link LoadCancelled} when the load is to stop. */
    void check();

    /** Stops when {@code progress} says the load is cancelled. */
    static Checkpoint of(LoadProgress progress) {
        return () -> LoadCancelled.check(progress);
    }

    /**
     * Stops when {@code cancelled} says so: for the steps after the loader (the window preparing the loaded
     * data), which follow the same rule of a bounded amount of work between checks.
     */
    static Checkpoint when(BooleanSupplier cancelled) {
        return () -> {
            if (cancelled.getAsBoolean()) {
                throw new LoadCancelled();
            }
        };
    }
}
