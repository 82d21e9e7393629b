package app.delegations.ui.forms;

/**
 * Runs the latest task once edits pause: each {@link #restart} replaces the task waiting and starts the pause
 * again. On the FX thread in the window ({@link FxDebounce}); at once in view-model tests.
 */
@FunctionalInterface
public interface Debounce {
    void restart(Runnable task);

    /** No pause: the task runs at once (for tests). */
    Debounce NONE = Runnable::run;
}
