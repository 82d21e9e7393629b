package app.delegations.ui.common;

import java.util.concurrent.CancellationException;

/**
 * Told by an export how far it got ({@link #rows}), and asked whether to go on ({@link #check}); it stops the export
 * by throwing {@link CancellationException} from either. An export asks at least once per row it writes and once per
 * block of bytes that reaches its file ({@link ExportFile}), so no stretch of its work goes unasked: what is cut into
 * rows, what the file format adds at the end (fastexcel's shared strings and zip directory, the PDF's fonts and page
 * numbers) and every flush alike.
 */
@FunctionalInterface
public interface ExportProgress {
    /** Rows are told in steps of this many: progress for the window, which shows at most a hundred steps anyway. */
    int STEP = 256;

    /** Nothing to tell, never cancelled. */
    ExportProgress NONE = (done, total) -> {
    };

    /**
     * {@code done} of {@code total} rows are written; throws {@link CancellationException} when the export is to
     * stop (the file is then not written). Telling the same again is a {@link #check} too.
     */
    void rows(int done, int total);

    /**
     * Throws {@link CancellationException} when the export is to stop, telling nothing: cheap enough to be asked
     * for every row and every block of bytes written. By default it never stops (a progress that cancels only when
     * told rows, as a test may); the export window's progress stops here as soon as Cancel is pressed.
     */
    default void check() {
    }

    /**
     * This progress as seen by work that comes after {@code before} steps of other work: {@code done} of
     * {@code total} is told as {@code done + before} of {@code total + before}; its checks are this progress's.
     */
    default ExportProgress after(int before) {
        ExportProgress whole = this;
        return new ExportProgress() {
            @Override
            public void rows(int done, int total) {
                whole.rows(done + before, total + before);
            }

            @Override
            public void check() {
                whole.check();
            }
        };
    }
}
