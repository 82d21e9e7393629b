package app.delegations.data;

import app.delegations.text.Msg;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Arrays;

/**
 * Reads a data file into memory, after checking what it is: a missing file, a folder, a device or named
 * pipe (never opened: opening a pipe could block), or a file over {@link Limits#MAX_FILE_BYTES} is not read.
 */
final class FileReading {
    private static final int CHUNK = 1 << 20;

    /** The bytes read, or why there are none ({@code unreadable}: the file could not be read at all). */
    record Read(byte[] bytes, Msg problem, boolean unreadable, boolean cancelled) {
        static Read unreadable(Msg why) {
            return new Read(null, why, true, false);
        }
    }

    private FileReading() {
    }

    static Read read(Path file, LoadProgress progress) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            if (attributes.isDirectory()) {
                return Read.unreadable(Msg.of("file.folder"));
            }
            if (!attributes.isRegularFile()) {
                return Read.unreadable(Msg.of("file.notRegular"));
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
                    return Read.unreadable(Msg.of("file.changed"));
                }
            }
            return new Read(n == size ? bytes : Arrays.copyOf(bytes, n), null, false, false);
        } catch (NoSuchFileException e) {
            return Read.unreadable(Msg.of("io.noSuchFile"));
        } catch (IOException e) {
            return Read.unreadable(Msg.of("file.unreadable", IoReason.of(e)));
        }
    }

    static Msg tooLarge(long size) {
        return Msg.of("file.tooLarge", (size + (1 << 20) - 1) >> 20, Limits.MAX_FILE_BYTES >> 20);
    }
}
