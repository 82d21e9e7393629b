package app.delegations;

import app.delegations.data.IoReason;
import app.delegations.text.Msg;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Why {@code delegations export} cannot write its {@code -o}, in words (never a temporary file's name). */
final class ExportOutput {
    private ExportOutput() {
    }

    /** Why {@code output} cannot be written, known before anything is read: a folder, or in none; else null. */
    static Msg unwritable(Path output) {
        if (Files.isDirectory(output)) {
            return Msg.of("cli.export.isFolder");
        }
        Path folder = output.toAbsolutePath().getParent();
        return folder == null || Files.isDirectory(folder) ? null : Msg.of("io.noFolder", folder);
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
}
