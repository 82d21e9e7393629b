package app.delegations.data;

/**
 * Stops a load from deep inside one of its steps once the caller has cancelled it ({@link LoadProgress#cancelled});
 * {@link DatasetLoader} turns it into the "loading was cancelled" result, and the window drops a cancelled load
 * the same way when the steps after the loader throw it. Carries no stack trace: it is not an error.
 */
public final class LoadCancelled extends RuntimeException {
    private static final long serialVersionUID = 1L;

    LoadCancelled() {
        super(null, null, false, false);
    }

    /** Throws when {@code progress} says the load is cancelled. */
    static void check(LoadProgress progress) {
        if (progress.cancelled()) {
            throw new LoadCancelled();
        }
    }
}
