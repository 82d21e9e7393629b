package app.delegations;

import app.delegations.cli.TerminalText;
import app.delegations.data.IoReason;
import app.delegations.text.Msg;
import app.delegations.ui.common.ExportTable;
import app.delegations.ui.common.FileNames;
import app.delegations.ui.common.Messages;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * Why {@code delegations export} cannot write its {@code -o}, or writes nothing, in words (never a temporary
 * file's name); it never writes over the data it exports.
 */
final class ExportOutput {
    private ExportOutput() {
    }

    /**
     * Why {@code output} cannot be written, known before anything is read: a folder, a name Windows would refuse
     * ({@link FileNames#problem}: a colleague on Windows could not open it), in no folder, or the data
     * exported from {@code input} (the file, a note in its {@code sources/}, any file of the archive folder, or a
     * new {@code .json} file in it, which would be read as a data file); else null.
     */
    static Msg unwritable(Path output, Path input) {
        if (Files.isDirectory(output)) {
            return Msg.of("cli.export.isFolder");
        }
        if (output.getFileName() != null) { // a script's report lands on the shared drive: Windows must accept it
            Optional<Msg> refused = FileNames.problem(output.getFileName().toString());
            if (refused.isPresent()) {
                return refused.get();
            }
        }
        Path folder = output.toAbsolutePath().getParent();
        if (folder == null) {
            return null;
        }
        if (!Files.isDirectory(folder)) {
            return Msg.of("io.noFolder", folder);
        }
        return isData(output, folder, input) ? Msg.of("cli.export.intoData") : null;
    }

    private static boolean isData(Path output, Path folder, Path input) {
        try {
            Path out = folder.toRealPath().resolve(String.valueOf(output.getFileName()));
            Path in = input.toRealPath();
            if (Files.isDirectory(in)) {
                return out.startsWith(in) && (Files.exists(out)
                        || out.getParent().equals(in) && out.toString().toLowerCase(Locale.ROOT).endsWith(".json"));
            }
            return Files.exists(out) && (Files.isSameFile(out, in) || out.startsWith(in.resolveSibling("sources")));
        } catch (IOException e) {
            return false; // the input cannot be read: that is told when it is loaded
        }
    }

    /** Why writing failed: the system's reason for a file error, else the failure's own message. */
    static Msg reason(Exception e) {
        if (e instanceof IOException io) {
            return IoReason.of(io);
        }
        if (e instanceof UncheckedIOException u) {
            return IoReason.of(u.getCause());
        }
        return Msg.of("io.system", String.valueOf(e.getMessage()));
    }

    /**
     * Says that nothing was written, and {@code -o} neither made nor touched, because no row is left: a script
     * must not mail an empty report. Followed by the filter in effect, as the workbook's footer would have said
     * it; the exit code 3.
     */
    static int nothingLeft(Messages m, String what, ExportTable<?> table, PrintStream err) {
        String filter = table.note().footer();
        err.println(TerminalText.escape(filter.equals(m.get("export.note.all")) ? what : what + " (" + filter + ")"));
        return 3;
    }
}
