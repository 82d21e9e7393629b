package app.delegations.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.delegations.ui.RecordingDialogs;
import org.junit.jupiter.api.Test;

class ErrorHandlerTest {

    @Test
    void anUncaughtExceptionIsToldThroughDialogsWithItsStackTrace() {
        var dialogs = new RecordingDialogs();
        var handler = new ErrorHandler(() -> dialogs, () -> Messages.of(UiLanguage.ENGLISH), Runnable::run);
        handler.uncaughtException(Thread.currentThread(), new IllegalStateException("the index is gone"));
        assertEquals(1, dialogs.errors.size());
        var shown = dialogs.errors.get(0);
        assertEquals("Something went wrong", shown.title());
        assertTrue(shown.message().contains("the index is gone"), shown.message());
        assertTrue(shown.details().contains("IllegalStateException"), shown.details());
        assertTrue(shown.details().contains("ErrorHandlerTest"), "the stack trace, to report it");
    }
}
