package app.delegations.data;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Reads a data file into memory, after checking what it is: a missing file, a folder, a device or named
 * pipe (never opened: opening a pipe could block), or a file over {@link Limits#MAX_FILE_BYTES} is not read.
 */
final class FileReading {
    private static final int CHUNK = 1 << 20;

    /** The bytes read, or why there are none ({@code unreadable}: the file could not be read at all). */
    record Read(byte[] bytes, String problem, boolean unreadable, boolean cancelled) {
        static Read unreadable(String why) {
            return new Read(null, why, true, false);
        }
    }

    private FileReading() {
    }

    static Read read(Path file, LoadProgress progress) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            if (attributes.isDirectory()) {
                return Read.unreadable("this is a folder, not a data file");
            }
            if (!attributes.isRegularFile()) {
                return Read.unreadable("this is not a regular file (it is a device, a named pipe or a socket), "
                        + "so it is not read");
            }
            if (attributes.size() > Limits.MAX_FILE_BYTES) {
                return new Read(null, tooLarge(attributes.size()), false, false);
            }
            int size = (int) attributes.size();
            byte[] bytes = new byte[size];
            int n = 0;
            try (InputStream in = Files.newInputStream(file)) {
                while (n < size) {
                    if (progress.cancelled()) {
                        return new Read(null, null, false, true);
                    }
                    int got = in.readNBytes(bytes, n, Math.min(CHUNK, size - n));
                    if (got == 0) {
                        break; // the file got shorter while being read
                    }
                    n += got;
                }
                if (n == size && in.read() >= 0) {
                    return Read.unreadable("the file changed while it was being read; try again");
                }
            }
            return new Read(n == size ? bytes : java.util.Arrays.copyOf(bytes, n), null, false, false);
        } catch (NoSuchFileException e) {
            return Read.unreadable("there is no such file");
        } catch (IOException e) {
            return Read.unreadable("cannot read this file: " + reason(e));
        }
    }

    static String tooLarge(long size) {
        return "the file is " + JsonErrors.thousands((size + (1 << 20) - 1) >> 20) + " MB; the most this app reads is "
                + (Limits.MAX_FILE_BYTES >> 20) + " MB";
    }

    /** An I/O failure in plain words (the system's own reason, never a Java class name). */
    static String reason(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "there is no such file";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NotDirectoryException) {
            return "a part of the path is not a folder";
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return f.getReason().toLowerCase(java.util.Locale.ROOT);
        }
        return "input/output error";
    }
}
