package app.delegations.ui.main;

import app.delegations.data.Archive;
import app.delegations.data.ArchiveLoader;
import app.delegations.data.Checkpoint;
import app.delegations.data.DatasetLoader;
import app.delegations.data.LoadProgress;
import app.delegations.data.LoadResult;
import java.nio.file.Path;
import java.util.Set;

/** Where the window gets its data: the loaders, or a fake in tests. Called off the UI thread. */
@FunctionalInterface
public interface DataSource {

    /** Loads a file, or the bundled data when {@code file} is null; never throws for bad input. */
    LoadResult load(Path file, Progress progress);

    /**
     * Opens an archive folder: every data file in it as one set of records; never throws for bad input. By
     * default through a new {@link ArchiveLoader} on a new {@link DatasetLoader} (both stateless), so that a
     * source that only fakes {@link #load} still opens real archives.
     */
    default Archive openArchive(Path folder, Progress progress) {
        return new ArchiveLoader(new DatasetLoader()).open(folder, progress);
    }

    /**
     * The archive with the {@code changed} files (changed, added or removed on disk) read again and the others
     * kept; never throws for bad input. By default as {@link #openArchive} reads.
     */
    default Archive refreshArchive(Archive archive, Set<Path> changed, Progress progress) {
        return new ArchiveLoader(new DatasetLoader()).refresh(archive, changed, progress);
    }

    /**
     * What the window's preparation of a loaded file (the steps after {@link #load}: index, rows, timeline)
     * asks, every few thousand items, whether to stop: by default the load's own Cancel, so Cancel ends the
     * whole load promptly, not only the loader's part.
     */
    default Checkpoint preparing(Progress progress) {
        return Checkpoint.when(progress::cancelled);
    }

    /** Progress of a load, and whether the user cancelled it (the loaders' own progress, as the window sees it). */
    interface Progress extends LoadProgress {
    }
}
