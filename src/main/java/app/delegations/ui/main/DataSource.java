package app.delegations.ui.main;

import app.delegations.data.LoadResult;
import java.nio.file.Path;

/** Where the window gets its data: the loader, or a fake in tests. Called off the UI thread. */
@FunctionalInterface
public interface DataSource {

    /** Loads a file, or the bundled data when {@code file} is null; never throws for bad input. */
    LoadResult load(Path file, Progress progress);

    /** Progress of a load, and whether the user cancelled it. */
    interface Progress {
        void progress(long done, long total);

        boolean cancelled();
    }
}
