package app.delegations.ui.edit;

import app.delegations.data.Archive;
import app.delegations.data.LoadResult;
import app.delegations.data.save.FileStamp;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * The stamp of each file of the archive being edited as it was read: what a save expects to find on disk. Taken
 * off the UI thread when the archive is read (a save waits for them); a later reading that kept a file as it was
 * keeps its stamp, and a file with unsaved changes keeps the stamp of the version they were made on.
 */
final class FileStamps {
    private final Executor io;
    private final Map<Path, CompletableFuture<FileStamp>> stamps = new HashMap<>();
    /** What each file's reading gave when its stamp was taken: a reading that kept the file keeps its stamp. */
    private final Map<Path, LoadResult> readAs = new HashMap<>();
    private Path folder;

    FileStamps(Executor io) {
        this.io = io;
    }

    /**
     * The archive as read (null: none): the stamps of the files read anew, but of those in {@code unsaved} (names
     * in the folder) when the archive is the one stamped before.
     */
    void shown(Archive archive, Set<String> unsaved) {
        if (archive == null || !archive.folder().equals(folder)) {
            stamps.clear();
            readAs.clear();
        }
        folder = archive == null ? null : archive.folder();
        if (archive == null) {
            return;
        }
        List<LoadResult> parts = archive.parts();
        for (int i = 0; i < parts.size(); i++) {
            Path file = archive.files().get(i);
            boolean known = stamps.containsKey(file);
            boolean kept = known && (readAs.get(file) == parts.get(i)
                    || unsaved.contains(String.valueOf(file.getFileName())));
            if (!kept) {
                stamps.put(file, CompletableFuture.supplyAsync(() -> read(file), io));
            }
            readAs.put(file, parts.get(i));
        }
    }

    /** Every stamp known, by file; waits for those being taken. */
    Map<Path, FileStamp> all() {
        var out = new HashMap<Path, FileStamp>();
        stamps.forEach((file, stamp) -> {
            FileStamp s = stamp.join();
            if (s != null) {
                out.put(file, s);
            }
        });
        return out;
    }

    /** A save of {@code file} now expects {@code stamp} (it was just written, or restored changes were made on it). */
    void expect(Path file, FileStamp stamp) {
        stamps.put(file, CompletableFuture.completedFuture(stamp));
    }

    /** The stamp of a file as it is now; null when it cannot be read (a save then finds whether it is there). */
    static FileStamp read(Path file) {
        try {
            return FileStamp.read(file);
        } catch (IOException e) {
            return null;
        }
    }
}
