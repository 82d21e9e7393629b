package app.delegations.ui.main;

import app.delegations.data.Archive;
import app.delegations.model.Dataset;
import java.util.concurrent.CompletableFuture;

/**
 * What the window shows of each file or archive it read (opened, or read again after a change on disk), asked on
 * the UI thread before the views are given it: the edit session's answer (the records as read, or the unsaved
 * changes on them). The future completes on the UI thread.
 */
@FunctionalInterface
public interface ReadingShown {
    /** Every reading shown as read: nothing is edited (view-model tests, benchmarks). */
    ReadingShown AS_READ = (read, archive) -> CompletableFuture.completedFuture(read);

    /**
     * The records to show of {@code read}, read from {@code archive} (null: a file or the bundled data): {@code read}
     * itself (the same object) when they are shown as read, else the records to show instead, which the window
     * shows as an update of what it shows (only the archive shown, read again, has other records to show).
     */
    CompletableFuture<Dataset> shown(Dataset read, Archive archive);
}
