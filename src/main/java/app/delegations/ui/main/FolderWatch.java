package app.delegations.ui.main;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Watches an archive folder and its {@code sources/} on a daemon thread of its own ({@link WatchService}) and
 * reports, on the UI thread, what changed once nothing has changed for {@link #QUIET} (see {@link QuietPeriod}).
 * It reports the data files changed, added or removed directly in the folder, and any change under
 * {@code sources/}; when the system dropped events (overflow), or the folder itself went away, it reports the
 * folder: then every file is to be read again. Other files in the folder (notes, an editor's backups) are not
 * reported. Where the platform's watch service polls, its delay adds to the quiet period.
 */
public final class FolderWatch {
    /**
     * How long nothing must change before the changes are reported: longer than the gaps between the events of
     * one save (truncate, write, rename) or of one copy of several files, short enough to feel immediate.
     */
    public static final Duration QUIET = Duration.ofMillis(700);
    private static final String SOURCES = "sources";

    /** Starts watching folders; tests replace it to report changes themselves. */
    @FunctionalInterface
    public interface Starter {
        /** Never watches: the folder is shown as it was read. */
        Starter NONE = (folder, changed) -> () -> {
        };

        /**
         * Watches {@code folder} and gives {@code changed} what changed, on the UI thread, until the returned
         * action stops the watch (after which nothing more is reported).
         */
        Runnable watch(Path folder, Consumer<Set<Path>> changed);
    }

    private final Path folder;
    private final WatchService service;
    private final Executor ui;
    private final Consumer<Set<Path>> changed;
    private final QuietPeriod quiet;
    private volatile boolean closed;

    private FolderWatch(Path folder, Duration quiet, Executor ui, Consumer<Set<Path>> changed) throws IOException {
        this.folder = folder;
        this.ui = ui;
        this.changed = changed;
        this.quiet = new QuietPeriod(quiet.toMillis());
        this.service = folder.getFileSystem().newWatchService();
        try {
            register(folder);
            Path sources = folder.resolve(SOURCES);
            if (Files.isDirectory(sources)) {
                register(sources);
            }
        } catch (IOException | RuntimeException e) {
            service.close();
            throw e;
        }
    }

    /** The real watches, reporting through {@code ui} after {@link #QUIET}. */
    public static Starter starter(Executor ui) {
        return starter(ui, QUIET);
    }

    /** Real watches with another quiet period. */
    static Starter starter(Executor ui, Duration quiet) {
        return (folder, changed) -> {
            FolderWatch watch;
            try {
                watch = new FolderWatch(folder, quiet, ui, changed);
            } catch (IOException | RuntimeException e) {
                return () -> {
                }; // a folder that cannot be watched is shown as read; F5 reads it again
            }
            var thread = new Thread(watch::run, "delegations-folder-watch");
            thread.setDaemon(true);
            thread.start();
            return watch::close;
        };
    }

    private void register(Path dir) throws IOException {
        dir.register(service, ENTRY_CREATE, ENTRY_MODIFY, ENTRY_DELETE);
    }

    /** Stops the watch and its thread; nothing is reported after this returns. */
    private void close() {
        closed = true;
        try {
            service.close();
        } catch (IOException e) {
            // closing a watch service only releases the system's handle; nothing is left to do
        }
    }

    private void run() {
        try {
            while (!closed) {
                long wait = quiet.waitMillis(now());
                WatchKey key = wait < 0 ? service.take() : service.poll(wait, TimeUnit.MILLISECONDS);
                if (key != null) {
                    collect(key);
                }
                Set<Path> due = quiet.take(now());
                if (!due.isEmpty()) {
                    ui.execute(() -> {
                        if (!closed) {
                            changed.accept(due);
                        }
                    });
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ClosedWatchServiceException e) {
            // closed: the watch ends
        }
    }

    private void collect(WatchKey key) {
        Path dir = (Path) key.watchable();
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == OVERFLOW) {
                quiet.changed(folder, now());
                continue;
            }
            Path path = dir.resolve((Path) event.context());
            if (!dir.equals(folder)) {
                quiet.changed(path, now()); // a source text: which files quote it is the loader's business
            } else if (String.valueOf(path.getFileName()).endsWith(".json")) {
                quiet.changed(path, now());
            } else if (path.getFileName().toString().equals(SOURCES)) {
                if (event.kind() == ENTRY_CREATE && Files.isDirectory(path)) {
                    try {
                        register(path);
                    } catch (IOException | RuntimeException e) {
                        // not watched: its texts are read with the next change of a data file, or F5
                    }
                }
                quiet.changed(folder, now());
            }
        }
        if (!key.reset() && dir.equals(folder)) {
            quiet.changed(folder, now()); // the folder went away: reading it says so
        }
    }

    private static long now() {
        return System.nanoTime() / 1_000_000;
    }
}
