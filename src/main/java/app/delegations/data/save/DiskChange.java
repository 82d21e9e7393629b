package app.delegations.data.save;

import java.nio.file.Path;

/**
 * A file that is not on disk as it was when it was read: someone else changed it since.
 *
 * @param file the file
 * @param kind what happened to it
 * @param expected the stamp it had when it was read ({@link FileStamp#ABSENT} when there was no file)
 * @param found the stamp it has now ({@link FileStamp#ABSENT} when it is gone)
 */
public record DiskChange(Path file, Kind kind, FileStamp expected, FileStamp found) {
    /** What happened to a file since it was read. */
    public enum Kind {
        /** Its bytes are not those read. */
        MODIFIED,
        /** It was there and is gone. */
        DELETED,
        /** It was not there and is now. */
        CREATED
    }

    /** The change from {@code expected} to {@code found}, or null when they are of the same content. */
    static DiskChange between(Path file, FileStamp expected, FileStamp found) {
        if (expected.sameContent(found)) {
            return null;
        }
        Kind kind = !found.exists() ? Kind.DELETED : !expected.exists() ? Kind.CREATED : Kind.MODIFIED;
        return new DiskChange(file, kind, expected, found);
    }
}
