package app.delegations.data.save;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.CopyOption;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Replacing one file by new bytes so that, whenever the process or the machine stops, the file holds either the
 * old bytes or the new ones: the new bytes go to a temporary file {@code NAME.tmp-XXXXXXXXXXXXXXXX} in the same
 * folder, flushed to the disk ({@link FileChannel#force}), which is then moved over the file by a rename
 * ({@link StandardCopyOption#ATOMIC_MOVE}), and the folder is flushed too where the system allows it (Linux,
 * macOS; Windows does not open folders). A temporary name ends in {@code .tmp-} and 16 hex digits: never a data
 * file's name ({@code *.json}), so a crash's leftover is not read, and it is deleted at the file's next save.
 */
final class Replacement {
    /** What a temporary file's name has after the name of the file it will replace. */
    static final String TEMP = ".tmp-";
    /** How many times a move is tried while another program holds the file (Windows' virus scanners, indexers). */
    static final int ATTEMPTS = 6;
    private static final long FIRST_WAIT_MS = 5;

    /** Moves a file: {@link Files#move}, or a stand-in in tests. */
    @FunctionalInterface
    interface Mover {
        void move(Path source, Path target, CopyOption... options) throws IOException;
    }

    private final Mover mover;

    Replacement(Mover mover) {
        this.mover = mover;
    }

    /** Deletes the temporary files an interrupted save of {@code file} left. */
    static void deleteLeftovers(Path file) throws IOException {
        String glob = globEscaped(String.valueOf(file.getFileName())) + TEMP + "*";
        try (DirectoryStream<Path> in = Files.newDirectoryStream(file.getParent(), glob)) {
            for (Path p : in) {
                Files.deleteIfExists(p);
            }
        }
    }

    /**
     * A new temporary file beside {@code file} holding {@code bytes}, on the disk when this returns, with the
     * file's POSIX permissions where it has some (a shared archive stays writable by the group).
     */
    static Path writeTemporary(Path file, byte[] bytes) throws IOException {
        Path temp = file.resolveSibling(file.getFileName() + TEMP
                + String.format("%016x", ThreadLocalRandom.current().nextLong()));
        try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            channel.force(true);
        } catch (IOException e) {
            Files.deleteIfExists(temp);
            throw e;
        }
        try {
            PosixFileAttributeView posix = Files.getFileAttributeView(file, PosixFileAttributeView.class);
            if (posix != null && Files.exists(file)) {
                Files.setPosixFilePermissions(temp, posix.readAttributes().permissions());
            }
        } catch (IOException | UnsupportedOperationException e) {
            // the permissions of a new file: the file's are kept where the system can
        }
        return temp;
    }

    /**
     * Moves {@code temp} over {@code file} in one rename; where the store cannot rename atomically, the previous
     * version is first made an independent copy ({@code backup}, if the file existed: a hard link would be
     * overwritten with the file) and {@code temp} is then moved or copied over the file, so that the old version
     * is in the backup and the new one in {@code temp} until the file holds it.
     */
    void moveOver(Path temp, Path file, Path backup, Backups backups) throws IOException {
        try {
            moveHeld(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            if (backup != null) {
                backups.unlink(backup, file);
            }
            try {
                moveHeld(temp, file, StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException notMoved) {
                Files.copy(temp, file, StandardCopyOption.REPLACE_EXISTING);
                try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
                    channel.force(true);
                }
            }
        }
        forceFolder(file.getParent());
    }

    /** Flushes a folder's entries (a rename in it) to the disk, where the system opens folders. */
    static void forceFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            // Windows cannot open a folder; its renames are written through by NTFS's journal
        }
    }

    /** Moves, trying again a few times, with doubling waits, while another program holds the file. */
    private void moveHeld(Path source, Path target, CopyOption... options) throws IOException {
        long wait = FIRST_WAIT_MS;
        for (int attempt = 1;; attempt++) {
            try {
                mover.move(source, target, options);
                return;
            } catch (FileSystemException e) {
                if (attempt == ATTEMPTS || !held(e)) {
                    throw e;
                }
            }
            try {
                Thread.sleep(wait);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("interrupted while " + target + " was held by another program");
            }
            wait *= 2;
        }
    }

    /** Whether the failure may be another program holding the file for a moment (Windows' sharing violation). */
    private static boolean held(FileSystemException e) {
        return e instanceof AccessDeniedException || !(e instanceof AtomicMoveNotSupportedException
                || e instanceof NoSuchFileException || e instanceof FileAlreadyExistsException
                || e instanceof DirectoryNotEmptyException || e instanceof NotDirectoryException);
    }

    /** {@code name} as a glob matching only itself. */
    private static String globEscaped(String name) {
        var out = new StringBuilder();
        for (char c : name.toCharArray()) {
            if ("*?[]{}\\".indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }
}
