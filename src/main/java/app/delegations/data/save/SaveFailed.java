package app.delegations.data.save;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

/**
 * A save that could not be done (a full disk, no permission, a file held open for too long): {@link #file()}
 * still holds its previous version, the files of {@link #saved()} were written before it; the others were not
 * touched.
 */
public final class SaveFailed extends IOException {
    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final transient Map<Path, FileStamp> saved;

    SaveFailed(Path file, Map<Path, FileStamp> saved, IOException cause) {
        super("Could not save " + file + ": " + cause.getMessage(), cause);
        this.file = file;
        this.saved = Map.copyOf(saved);
    }

    /** The file that could not be written; it is as it was before. */
    public Path file() {
        return file;
    }

    /** The new stamps of the files written before it. */
    public Map<Path, FileStamp> saved() {
        return saved;
    }

    @Override
    public synchronized IOException getCause() {
        return (IOException) super.getCause();
    }
}
