package app.delegations.ui.main;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

/** The one folder the window watches at a time: watching another, or none, stops the watch before. UI thread. */
final class WatchedFolder {
    private final FolderWatch.Starter watches;
    private final Consumer<Set<Path>> changed;
    private Path folder;
    private Runnable stop = () -> {
    };

    /** @param changed takes what changed in the folder watched, on the UI thread */
    WatchedFolder(FolderWatch.Starter watches, Consumer<Set<Path>> changed) {
        this.watches = watches;
        this.changed = changed;
    }

    /** Watches {@code next} from now on (null: nothing); the same folder again keeps its watch. */
    void watch(Path next) {
        if (Objects.equals(next, folder)) {
            return;
        }
        stop.run();
        folder = next;
        stop = next == null ? () -> {
        } : watches.watch(next, changed);
    }
}
