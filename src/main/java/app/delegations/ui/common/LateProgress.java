package app.delegations.ui.common;

import java.util.function.Supplier;

/**
 * A progress strip opened on demand ({@link #open}, on the UI thread) unless closed before, showing the progress
 * told so far: work that ends sooner opens no window at all. Used on the UI thread.
 */
final class LateProgress implements Dialogs.Progress {
    private final Supplier<Dialogs.Progress> window;
    private Dialogs.Progress shown;
    private double fraction;
    private boolean closed;

    LateProgress(Supplier<Dialogs.Progress> window) {
        this.window = window;
    }

    /** Opens the window, unless it was closed (the work is over) or is open already. */
    void open() {
        if (!closed && shown == null) {
            shown = window.get();
            shown.update(fraction);
        }
    }

    @Override
    public void update(double fraction) {
        this.fraction = fraction;
        if (shown != null) {
            shown.update(fraction);
        }
    }

    @Override
    public void close() {
        closed = true;
        if (shown != null) {
            shown.close();
        }
    }
}
