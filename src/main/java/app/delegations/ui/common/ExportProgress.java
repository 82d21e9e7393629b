package app.delegations.ui.common;

import java.util.concurrent.CancellationException;

/** Told by an export how far it got; it stops the export by throwing {@link CancellationException}. */
@FunctionalInterface
public interface ExportProgress {
    /** Rows are written in steps of this many between two calls: a cancel is heard within one step. */
    int STEP = 256;

    /** Nothing to tell, never cancelled. */
    ExportProgress NONE = (done, total) -> {
    };

    /**
     * {@code done} of {@code total} rows are written; throws {@link CancellationException} when the export is to
     * stop (the file is then not written).
     */
    void rows(int done, int total);
}
