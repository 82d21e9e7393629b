package app.delegations.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.delegations.ui.RecordingDialogs;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ErrorHandlerTest {

    @Test
    void anUncaughtExceptionIsToldThroughDialogsWithItsStackTrace() {
        var dialogs = new RecordingDialogs();
        var log = new ByteArrayOutputStream();  // not the build's output: it stays readable
        var handler = new ErrorHandler(() -> dialogs, () -> Messages.of(UiLanguage.ENGLISH), Runnable::run,
                new PrintStream(log, true, StandardCharsets.UTF_8));
        handler.uncaughtException(Thread.currentThread(), new IllegalStateException("the index is gone"));
        String logged = log.toString(StandardCharsets.UTF_8);
        assertTrue(logged.startsWith("Uncaught exception in " + Thread.currentThread().getName() + ":"), logged);
        assertTrue(logged.contains("IllegalStateException: the index is gone"), "the log keeps the stack trace");
        assertEquals(1, dialogs.errors.size());
        var shown = dialogs.errors.get(0);
        assertEquals("Something went wrong", shown.title());
        assertTrue(shown.message().contains("the index is gone"), shown.message());
        assertTrue(shown.details().contains("IllegalStateException"), shown.details());
        assertTrue(shown.details().contains("ErrorHandlerTest"), "the stack trace, to report it");
    }
}
