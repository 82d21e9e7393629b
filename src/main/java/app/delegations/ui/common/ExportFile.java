package app.delegations.ui.common;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.concurrent.CancellationException;

/**
 * Writes an {@link ExportTable} (or several, File › Export all tables) to a file in the format chosen, for the
 * window and the command line alike. The file appears whole or not at all: the export is written to a hidden
 * file beside it, moved over it when done, and removed when the export fails or is cancelled (an existing file
 * of that name then stays as it was).
 */
public final class ExportFile {
    private ExportFile() {
    }

    /** Writes the table to {@code file}; throws {@link CancellationException} when {@code progress} cancels. */
    public static <R> void write(ExportTable<R> table, ExportChoice choice, Path file, ExportProgress progress)
            throws IOException {
        write(file, progress, out -> {
            if (choice.format() == ExportFormat.XLSX) {
                ExportXlsx.write(table, out, progress);
            } else {
                ExportCsv.write(table, choice.separator(), out, progress);
            }
        });
    }

    /**
     * Writes the tables to {@code file} as one XLSX workbook, a sheet per table in the order given (File › Export
     * all tables; CSV holds one table only); throws {@link CancellationException} when {@code progress} cancels.
     */
    public static void write(List<? extends ExportTable<?>> tables, Path file, ExportProgress progress)
            throws IOException {
        write(file, progress, out -> ExportXlsx.write(tables, out, progress));
    }

    /** What writes the file's bytes. */
    @FunctionalInterface
    public interface Content {
        void write(OutputStream out) throws IOException;
    }

    /**
     * Writes {@code file} as every export does: to a hidden file beside it, then moved over it, so that a failed or
     * cancelled export leaves the file that was there (or none) and never a part of one. The stream the content
     * writes to asks {@code progress} to {@link ExportProgress#check check} at every write that reaches it, and the
     * file is asked once more before it is moved: a cancel is heard wherever the content's bytes are made (its last
     * flush and the file format's ending too), and a cancel heard before the move leaves no file. Throws
     * {@link CancellationException} when {@code progress} cancels.
     */
    public static void write(Path file, ExportProgress progress, Content content) throws IOException {
        Path target = file.toAbsolutePath();
        // a name of its own (not createTempFile's, which is readable by its owner only), made new
        Path part = target.resolveSibling("." + target.getFileName() + "." + Long.toHexString(System.nanoTime())
                + ".part");
        try {
            try (OutputStream out = new Checked(new BufferedOutputStream(Files.newOutputStream(part,
                    StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE), 1 << 16), progress)) {
                content.write(out);
            }
            progress.check();
            move(part, target);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(part);
            throw e;
        }
    }

    /**
     * A stream that asks the progress to check before each write passes through: once per block the content's own
     * buffers hand on (a compressor's, an encoder's, a PDF writer's), not per byte of the file.
     */
    private static final class Checked extends FilterOutputStream {
        private final ExportProgress progress;

        Checked(OutputStream out, ExportProgress progress) {
            super(out);
            this.progress = progress;
        }

        @Override
        public void write(int b) throws IOException {
            progress.check();
            out.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            progress.check();
            out.write(b, off, len);
        }

        @Override
        public void flush() throws IOException {
            progress.check();
            out.flush();
        }

        /** Closes the file without asking: a cancel heard before the close is heard before the move instead. */
        @Override
        public void close() throws IOException {
            out.close();
        }
    }

    private static void move(Path part, Path target) throws IOException {
        try {
            Files.move(part, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(part, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
