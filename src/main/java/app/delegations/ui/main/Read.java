package app.delegations.ui.main;

import app.delegations.data.Archive;
import app.delegations.data.Checkpoint;
import app.delegations.data.LoadCancelled;
import app.delegations.data.LoadResult;
import app.delegations.ui.common.DatasetStep;
import app.delegations.ui.common.Messages;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * What one load or reload brought back to the UI thread from the loading thread.
 *
 * @param result   what the loader read; null when it failed
 * @param archive  the archive read, or null for a file
 * @param snapshot the data prepared for the views; null when the file did not open, or the load was cancelled
 * @param failure  what the loader or the preparation threw (a bug or no memory), or null
 */
record Read(LoadResult result, Archive archive, Snapshot snapshot, Throwable failure) {

    /** A file read, not yet prepared. */
    static Read of(LoadResult result) {
        return new Read(result, null, null, null);
    }

    /** An archive read, not yet prepared. */
    static Read of(Archive archive) {
        return new Read(archive.result(), archive, null, null);
    }

    /** On the loading thread: what was read prepared for the views, unless it failed. */
    Read prepared(Path file, Messages lang, List<DatasetStep<?>> steps, Checkpoint checkpoint) {
        if (!result.ok()) {
            return this;
        }
        String shown = file == null ? result.file() : String.valueOf(file.getFileName());
        return new Read(result, archive, Snapshot.build(result.datasetOrNull(), lang, file, shown, result.problems(),
                steps, checkpoint, archive), null);
    }

    /** On the loading thread: the archive read again prepared as an {@link Snapshot#updated update} of {@code base}. */
    Read updating(Snapshot base, Messages lang, List<DatasetStep<?>> steps, Checkpoint checkpoint) {
        if (!result.ok()) {
            return this;
        }
        return new Read(result, archive, base.updated(result.datasetOrNull(), lang, result.problems(), steps,
                checkpoint, archive), null);
    }

    /**
     * Reads, then prepares what was read; never throws: a failure of either step is returned as such, a
     * preparation cancelled (by the load's own Cancel) leaves no snapshot.
     */
    static Read attempt(Supplier<Read> read, UnaryOperator<Read> prepare) {
        Read done;
        try {
            done = read.get();
        } catch (RuntimeException | OutOfMemoryError e) {
            return new Read(null, null, null, e);
        }
        try {
            return prepare.apply(done);
        } catch (LoadCancelled e) {
            return done; // cancelled while the window prepared the data: dropped, as any cancelled load
        } catch (RuntimeException | OutOfMemoryError e) {
            return new Read(done.result(), done.archive(), null, e);
        }
    }
}
