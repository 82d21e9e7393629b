package app.delegations.ui.common;

import app.delegations.data.IoReason;
import app.delegations.text.Msg;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Why an export failed, told the officer: a file that could not be written is named as they chose it (never the
 * hidden file an export writes first) with the system's reason in their language, and no stack trace; any other
 * failure (a fault of the program) with its message and its stack trace in the details, as the uncaught-exception
 * handler ({@link ErrorHandler}) tells one.
 */
final class ExportFailure {
    private ExportFailure() {
    }

    /**
     * Shows the error dialog titled {@code title} for the failure {@code e} of writing {@code file} (null when no
     * file was being written), in the message of {@code failedKey} ({0} being the reason).
     */
    static void tell(Dialogs dialogs, Messages m, String title, String failedKey, Path file, Exception e) {
        IOException io = e instanceof IOException x ? x : e instanceof UncheckedIOException u ? u.getCause() : null;
        if (io == null) {
            dialogs.showError(title, m.format(failedKey, String.valueOf(e.getMessage())), ErrorHandler.stackTrace(e));
            return;
        }
        String reason = m.text(reason(io));
        dialogs.showError(title, m.format(failedKey, file == null ? reason
                : m.format("export.failed.file", file.toAbsolutePath().toString(), reason)), "");
    }

    /**
     * The system's reason ({@link IoReason}); for a bare {@link IOException}, such as a full disk's, its own words
     * when it has them.
     */
    private static Msg reason(IOException io) {
        if (io.getClass() == IOException.class && io.getMessage() != null && !io.getMessage().isBlank()) {
            return Msg.of("io.system", io.getMessage().toLowerCase(Locale.ROOT));
        }
        return IoReason.of(io);
    }
}
