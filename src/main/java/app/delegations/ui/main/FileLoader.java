package app.delegations.ui.main;

import app.delegations.data.DatasetLoader;
import app.delegations.data.LoadCancelled;
import app.delegations.data.LoadResult;
import app.delegations.data.Problem;
import app.delegations.ui.common.DatasetStep;
import app.delegations.ui.common.Dialogs;
import app.delegations.ui.common.ErrorHandler;
import app.delegations.ui.common.Frames;
import app.delegations.ui.common.Messages;
import app.delegations.ui.common.Newest;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * Loads a file off the UI thread into a {@link Snapshot} (the dataset steps prepare their parts there too), with
 * progress and cancel; the newest load wins. A load that fails says why through {@link Dialogs} and leaves a
 * {@link LoadNotice}; one that succeeds goes to {@code loaded}, on the UI thread.
 */
final class FileLoader {
    private final DataSource source;
    private final Executor background;
    private final Executor ui;
    private final Dialogs dialogs;
    private final List<DatasetStep<?>> steps;
    private final Frames frames;
    private final Supplier<Messages> messages;
    private final BooleanSupplier hasData;
    private final Consumer<Snapshot> loaded;
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", -1);
    private final ReadOnlyObjectWrapper<String> loadingName = new ReadOnlyObjectWrapper<>(this, "loadingName");
    private final ReadOnlyObjectWrapper<LoadNotice> notice = new ReadOnlyObjectWrapper<>(this, "notice");
    private final Newest loads = new Newest();
    private volatile AtomicBoolean cancelFlag = new AtomicBoolean();

    /**
     * @param messages the language to prepare the data in (asked again when the load ends)
     * @param hasData  true once something was loaded: a load then waits for the frame that shows it opening,
     *                 and a failed or cancelled one leaves that data in place
     * @param loaded   takes each snapshot loaded, on the UI thread
     */
    FileLoader(DataSource source, Executor background, Executor ui, Dialogs dialogs, List<DatasetStep<?>> steps,
               Frames frames, Supplier<Messages> messages, BooleanSupplier hasData, Consumer<Snapshot> loaded) {
        this.source = source;
        this.background = background;
        this.ui = ui;
        this.dialogs = dialogs;
        this.steps = List.copyOf(steps);
        this.frames = frames;
        this.messages = messages;
        this.hasData = hasData;
        this.loaded = loaded;
    }

    ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    ReadOnlyObjectProperty<String> loadingNameProperty() {
        return loadingName.getReadOnlyProperty();
    }

    ReadOnlyObjectProperty<LoadNotice> noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    /**
     * Loads a file (null: the bundled data); when it fails with nothing loaded yet, {@code onFailure} (may be
     * null) starts first, so that the window fills while the user reads the problems.
     */
    void open(Path file, Runnable onFailure) {
        String name = file == null ? null : String.valueOf(file.getFileName());
        Newest.Ticket ticket = loads.next();
        var cancel = new AtomicBoolean();
        cancelFlag.set(true);
        cancelFlag = cancel;
        loading.set(true);
        progress.set(-1);
        loadingName.set(name);
        notice.set(null);
        Messages lang = messages.get();
        Runnable load = () -> background.execute(() -> {
            Snapshot result = null;
            LoadResult read = null;
            Throwable failure = null;
            try {
                var sink = new ProgressSink(ticket, cancel);
                read = source.load(file, sink);
                if (read.ok() && !cancel.get()) {
                    String shown = file == null ? read.file() : String.valueOf(file.getFileName());
                    result = Snapshot.build(read.datasetOrNull(), lang, file, shown, read.problems(), steps,
                            source.preparing(sink));
                }
            } catch (LoadCancelled e) {
                result = null; // cancelled while the window prepared the data: dropped by finish, as any cancelled load
            } catch (RuntimeException | OutOfMemoryError e) {
                failure = e;
            }
            LoadResult finalRead = read;
            Snapshot finalResult = result;
            Throwable finalFailure = failure;
            ui.execute(() -> finish(ticket, cancel, file, finalRead, finalResult, finalFailure, onFailure));
        });
        if (!hasData.getAsBoolean()) {
            load.run(); // nothing shown yet (start-up): no frame to wait for
        } else {
            // the next pulse lays out and hands over the frame that shows the file opening; the one after
            // it waits until that frame is drawn
            frames.later(() -> frames.later(() -> {
                if (!cancel.get()) {
                    load.run();
                }
            }));
        }
    }

    /** Stops waiting for the load in progress; with nothing loaded yet, the notice says what was cancelled. */
    void cancel() {
        if (loading.get() && !hasData.getAsBoolean()) {
            notice.set(LoadNotice.cancelled(loadingName.get()));
        }
        cancelFlag.set(true);
        loads.cancel();
        loading.set(false);
        progress.set(-1);
        loadingName.set(null);
    }

    /** Hands over a finished load, or reports why it failed. */
    private void finish(Newest.Ticket ticket, AtomicBoolean cancel, Path file, LoadResult read, Snapshot result,
                        Throwable failure, Runnable onFailure) {
        if (!ticket.current() || cancel.get() || (read != null && read.cancelled())) {
            return;
        }
        loading.set(false);
        progress.set(-1);
        loadingName.set(null);
        if ((failure != null || result == null) && onFailure != null && !hasData.getAsBoolean()) {
            onFailure.run();
        }
        Messages m = messages.get();
        String name = file != null ? String.valueOf(file.getFileName()) : read != null ? read.file()
                : DatasetLoader.BUNDLED_NAME;
        if (failure != null) {
            notice.set(LoadNotice.notOpened(name, 0));
            dialogs.showError(m.get("error.load.title"), m.format("error.load.message",
                    file == null ? "" : file.toString(), String.valueOf(failure.getMessage())), ErrorHandler.stackTrace(failure));
            return;
        }
        if (result == null) {
            List<Problem> problems = read.problems();
            // every problem but the warnings stopped the file, those past the cap included
            long warnings = problems.stream().filter(p -> p.severity() == Problem.Severity.WARNING).count();
            notice.set(LoadNotice.notOpened(name, (int) Math.max(0, read.problemCount() - warnings)));
            dialogs.showProblems(read.file(), problems);
            return;
        }
        loaded.accept(result.messages() != m ? result.in(m) : result); // the language changed while loading
    }

    /** Passes the loader's progress to the UI thread, at most about a hundred times per load. */
    private final class ProgressSink implements DataSource.Progress {
        private final Newest.Ticket ticket;
        private final AtomicBoolean cancel;
        private volatile int lastPercent = -1;

        ProgressSink(Newest.Ticket ticket, AtomicBoolean cancel) {
            this.ticket = ticket;
            this.cancel = cancel;
        }

        @Override
        public void progress(long done, long total) {
            if (total <= 0) {
                return;
            }
            int percent = (int) Math.min(100, done * 100 / total);
            if (percent != lastPercent) {
                lastPercent = percent;
                ui.execute(() -> {
                    if (ticket.current()) {
                        progress.set(percent / 100.0);
                    }
                });
            }
        }

        @Override
        public boolean cancelled() {
            return cancel.get();
        }
    }
}
