package app.delegations.ui.common;

import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import javafx.scene.control.ProgressIndicator;

/**
 * The thread of its own an export is written on (or a print preview readied on), with its progress strip (for a
 * preview, only once it takes long): Cancel there stops the work at its next progress report or check, or drops its
 * result; the result, the closing of the window and a failure's message reach the UI thread through the executor
 * given.
 */
final class ExportThread {
    private ExportThread() {
    }

    /** Makes a result, telling the progress it is given; throws {@link CancellationException} when it cancels. */
    @FunctionalInterface
    interface Work<T> {
        T make(Progress progress) throws Exception;
    }

    /** What the work tells the progress strip, and where it hears a cancel. */
    interface Progress extends ExportProgress {
        /** Says that the work's length is unknown. */
        void busy();
    }

    /**
     * Runs {@code work} on a thread of its own ("delegations-export") with a progress strip titled {@code title}
     * saying {@code text}; its result goes to {@code done} on the UI thread ({@code ui}). The window's Cancel stops
     * the work at its next progress report or check; a result made all the same is dropped when
     * {@code dropCancelled} (a preview nobody waits for), else handed on (a file written whole: it is there, so it is
     * announced). A failure goes to {@code failed} on the UI thread. Returns the thread, started.
     */
    static <T> Thread start(Dialogs dialogs, Executor ui, String title, String text, Work<T> work,
                            Consumer<T> done, boolean dropCancelled, Consumer<Exception> failed) {
        var cancelled = new AtomicBoolean();
        return start(dialogs.showProgress(title, text, () -> cancelled.set(true)), cancelled, ui, work, done,
                dropCancelled, failed);
    }

    /**
     * As {@link #start(Dialogs, Executor, String, String, Work, Consumer, boolean, Consumer)}, the result
     * dropped on Cancel, but the progress strip opens only if the work is still going {@code after} the command:
     * what is ready sooner (the usual print preview) opens no window over the main one, which would cost the UI thread
     * a window's making and the main window its focus, for a flash. (The window {@link FxDialogs} makes then waits
     * its own delay too: every progress strip does.)
     */
    static <T> Thread startLate(Dialogs dialogs, Executor ui, Duration after, String title, String text,
                                Work<T> work, Consumer<T> done, Consumer<Exception> failed) {
        var cancelled = new AtomicBoolean();
        var late = new LateProgress(() -> dialogs.showProgress(title, text, () -> cancelled.set(true)));
        CompletableFuture.delayedExecutor(after.toMillis(), TimeUnit.MILLISECONDS, ui).execute(late::open);
        return start(late, cancelled, ui, work, done, true, failed);
    }

    /**
     * Starts a thread as {@link #start} does, whose work makes nothing and tells no progress, its outcome (nothing)
     * run on the UI thread ({@code ui}): the first export's start then loads and links nothing new
     * ({@link ExportWarmUp}). Returns the thread, started.
     */
    static Thread idle(Executor ui) {
        var none = new Dialogs.Progress() {
            @Override
            public void update(double fraction) {
            }

            @Override
            public void close() {
            }
        };
        return start(none, new AtomicBoolean(), ui, progress -> null, made -> {
        }, true, e -> {
        });
    }

    private static <T> Thread start(Dialogs.Progress shown, AtomicBoolean cancelled, Executor ui, Work<T> work,
                                    Consumer<T> done, boolean dropCancelled, Consumer<Exception> failed) {
        var progress = new Progress() {
            private int percent = -1;

            @Override
            public void check() {
                if (cancelled.get()) {
                    throw new CancellationException();
                }
            }

            @Override
            public void rows(int done, int total) {
                check();
                int now = total == 0 ? 100 : (int) (100L * done / total);
                if (now != percent) { // at most a hundred updates reach the UI thread
                    percent = now;
                    ui.execute(() -> shown.update(now / 100.0));
                }
            }

            @Override
            public void busy() {
                ui.execute(() -> shown.update(ProgressIndicator.INDETERMINATE_PROGRESS));
            }
        };
        var thread = new Thread(() -> {
            try {
                T made = work.make(progress);
                ui.execute(() -> {
                    shown.close();
                    if (!dropCancelled || !cancelled.get()) {
                        done.accept(made);
                    }
                });
            } catch (CancellationException e) {
                ui.execute(shown::close);
            } catch (Exception e) {
                ui.execute(() -> {
                    shown.close();
                    failed.accept(e);
                });
            }
        }, "delegations-export");
        thread.setDaemon(true);
        thread.start();
        return thread;
    }
}
