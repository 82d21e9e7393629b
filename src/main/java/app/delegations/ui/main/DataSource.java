package app.delegations.ui.main;

import app.delegations.data.Checkpoint;
import app.delegations.data.LoadResult;
import java.nio.file.Path;

/** Where the window gets its data: the loader, or a fake in tests. Called off the UI thread. */
@FunctionalInterface
public interface DataSource {

    /** Loads a file, or the bundled data when {@code file} is null; never throws for bad input. */
    LoadResult load(Path file, Progress progress);

    /**
     * What the window's preparation of a loaded file (the steps after {@link #load}: index, rows, timeline)
     * asks, every few thousand items, whether to stop: by default the load's own Cancel, so Cancel ends the
     * whole load promptly, not only the loader's part.
     */
    default Checkpoint preparing(Progress progress) {
        return Checkpoint.when(progress::cancelled);
    }

    /** Progress of a load, and whether the user cancelled it. */
    interface Progress {
        void progress(long done, long total);

        boolean cancelled();
    }
}
