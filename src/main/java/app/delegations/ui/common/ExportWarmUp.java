package app.delegations.ui.common;

import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import javafx.collections.transformation.FilteredList;

/**
 * Readies once, off the UI thread and before any export, what the first File › Export would otherwise do for the
 * first time in the frame of its command ({@link Exports#table}), where the UI thread waits for it: the copy of a
 * long table's rows runs compiled instead of interpreted (it copies, a few times, a long list of the classes a table
 * shows: a {@link RowList} under a {@link FilteredList} under a {@link RevealList}), the scheduler the late progress
 * strip waits on is started, and a writing thread that writes nothing is started and ended (the classes and links of
 * {@link ExportThread}). It reads no table, writes no file and shows nothing; the UI thread only runs the empty
 * outcome of that writing thread.
 */
public final class ExportWarmUp implements Runnable {
    /** The rows of the list copied: enough for the copy's loop to be compiled. */
    static final int ROWS = 50_000;
    /** How many times it is copied. */
    static final int COPIES = 10;

    private final Executor ui;

    /** @param ui runs a task on the UI thread (the empty outcome of the writing thread) */
    public ExportWarmUp(Executor ui) {
        this.ui = ui;
    }

    /** Runs the warm-up on the calling thread (not the UI thread); returns once the writing thread has ended. */
    @Override
    public void run() {
        var rows = new RowList<Object>();
        rows.setAll(Collections.nCopies(ROWS, ROWS));
        var shown = new RevealList<>(new FilteredList<>(rows, r -> true));
        for (int i = 0; i < COPIES; i++) {
            if (List.copyOf(shown).size() != ROWS) {
                throw new IllegalStateException("a copy lost rows");
            }
        }
        CompletableFuture.delayedExecutor(0, TimeUnit.MILLISECONDS, Runnable::run).execute(() -> {
        });
        try {
            ExportThread.idle(ui).join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
