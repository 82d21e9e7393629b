package app.delegations.ui.main;

import app.delegations.ui.common.Newest;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.beans.property.DoubleProperty;

/**
 * Passes a loader's progress to the UI thread, at most about a hundred times per load, while its load is the
 * newest; and answers whether that load was cancelled. The loader counts the bytes it has read; once all are read
 * the data are still checked, indexed and made into rows, for a time no count measures, so the bar then says "busy"
 * (indeterminate) rather than standing full as if the load were done.
 */
final class ProgressSink implements DataSource.Progress {
    private final Newest.Ticket ticket;
    private final AtomicBoolean cancel;
    private final DoubleProperty progress;
    private final Executor ui;
    private volatile int lastPercent = -1;

    /** @param progress where the progress goes, in [0, 1]; null for a load that shows none (a quiet reload) */
    ProgressSink(Newest.Ticket ticket, AtomicBoolean cancel, DoubleProperty progress, Executor ui) {
        this.ticket = ticket;
        this.cancel = cancel;
        this.progress = progress;
        this.ui = ui;
    }

    @Override
    public void progress(long done, long total) {
        if (total <= 0 || progress == null) {
            return;
        }
        int percent = (int) Math.min(100, done * 100 / total);
        if (percent != lastPercent) {
            lastPercent = percent;
            ui.execute(() -> {
                if (ticket.current()) {
                    progress.set(percent == 100 ? -1 : percent / 100.0);
                }
            });
        }
    }

    @Override
    public boolean cancelled() {
        return cancel.get();
    }
}
