package app.delegations.ui.common;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

/**
 * The uncaught-exception handler: logs the stack trace and tells the user through {@link Dialogs} on the UI
 * thread, instead of leaving a silently broken window.
 */
public final class ErrorHandler implements Thread.UncaughtExceptionHandler {
    private final Supplier<Dialogs> dialogs;
    private final Supplier<Messages> messages;
    private final Executor ui;
    private final PrintStream log;
    private volatile boolean showing;

    /** Logs to standard error. */
    public ErrorHandler(Supplier<Dialogs> dialogs, Supplier<Messages> messages, Executor ui) {
        this(dialogs, messages, ui, System.err);
    }

    /** Logs the stack traces to {@code log}. */
    public ErrorHandler(Supplier<Dialogs> dialogs, Supplier<Messages> messages, Executor ui, PrintStream log) {
        this.dialogs = dialogs;
        this.messages = messages;
        this.ui = ui;
        this.log = log;
    }

    @Override
    public void uncaughtException(Thread thread, Throwable error) {
        log.println("Uncaught exception in " + thread.getName() + ":");
        error.printStackTrace(log);
        if (showing) {
            return; // one dialog at a time: an error in a pulse would otherwise open one per frame
        }
        showing = true;
        ui.execute(() -> {
            try {
                Messages m = messages.get();
                String what = error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
                dialogs.get().showError(m.get("error.unexpected.title"), m.format("error.unexpected.message", what),
                        stackTrace(error));
            } finally {
                showing = false;
            }
        });
    }

    public static String stackTrace(Throwable error) {
        var sw = new StringWriter();
        error.printStackTrace(new PrintWriter(sw));
        return sw.toString();
    }
}
