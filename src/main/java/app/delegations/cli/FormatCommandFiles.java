package app.delegations.cli;

import app.delegations.data.IoReason;
import app.delegations.text.Msg;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.Arrays;

/**
 * How {@code delegations format} replaces a file: the new bytes go to a temporary file in the same folder, are
 * flushed to disk, and the temporary file is moved over the original in one atomic step (a plain replacing
 * move where the file system cannot move atomically), so that the file is at every moment either the old text
 * or the new one. The original's POSIX permissions are kept; a symbolic link is followed, and the file it
 * points to is replaced. A file that changed since it was read is not replaced. The app's own saving (backups,
 * retries, the changed-on-disk dialogue) is a larger matter and lives in the data layer.
 */
final class FormatCommandFiles {
    private FormatCommandFiles() {
    }

    /** Replaces {@code file}, read as {@code before}, by {@code bytes}; throws when it cannot or it has changed. */
    static void replace(Path file, byte[] before, byte[] bytes) throws IOException {
        Path target = file.toRealPath();
        Path folder = target.getParent();
        Path temp = Files.createTempFile(folder, "." + target.getFileName() + ".", ".tmp");
        try {
            try (FileChannel out = FileChannel.open(temp, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer buffer = ByteBuffer.wrap(bytes);
                while (buffer.hasRemaining()) {
                    out.write(buffer);
                }
                out.force(true);
            }
            keepPermissions(target, temp);
            if (!Arrays.equals(Files.readAllBytes(target), before)) {
                throw new Changed();
            }
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static void keepPermissions(Path original, Path temp) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(original, PosixFileAttributeView.class);
        if (view != null) {
            Files.setPosixFilePermissions(temp, view.readAttributes().permissions());
        }
    }

    /** Thrown when the file is no longer the text that was read and checked. */
    static final class Changed extends IOException {
        private static final long serialVersionUID = 1L;

        Changed() {
            super("changed while it was being formatted");
        }
    }

    /** Why a file could not be read or written: {@link IoReason}, or that it changed while being formatted. */
    static Msg reason(IOException e) {
        if (e instanceof Changed) {
            return Msg.of("cli.format.changed");
        }
        return IoReason.of(e);
    }
}
