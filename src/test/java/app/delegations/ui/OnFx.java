package app.delegations.ui;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.testfx.util.WaitForAsyncUtils;

/** What a TestFX test reads or does on the UI thread, from the test's thread. */
public final class OnFx {
    private OnFx() {
    }

    /** Runs {@code read} on the UI thread and answers what it returns; fails the test if it throws or hangs. */
    public static <T> T fx(Callable<T> read) {
        try {
            return WaitForAsyncUtils.asyncFx(read).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
