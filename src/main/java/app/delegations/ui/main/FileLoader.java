package app.delegations.ui.main;

import app.delegations.data.Archive;
import app.delegations.data.DatasetLoader;
import app.delegations.data.LoadResult;
import app.delegations.ui.common.DatasetStep;
import app.delegations.ui.common.Dialogs;
import app.delegations.ui.common.ErrorHandler;
import app.delegations.ui.common.Frames;
import app.delegations.ui.common.Messages;
import app.delegations.ui.common.Newest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
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
 * Loads a file or an archive folder off the UI thread into a {@link Snapshot} (the dataset steps prepare their
 * parts there too), with progress and cancel, and reloads the archive shown when its files change; the newest
 * load wins. A load that fails says why through {@link Dialogs} and leaves a {@link LoadNotice}; a reload that
 * fails only leaves the notice; one that succeeds goes to {@code loaded}, on the UI thread. Past 250 lines because
 * an open, a quiet reload and the ends of both share one state (the newest load, its cancel flag, the notice and
 * what was not opened), which split classes would have to pass back and forth.
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
    private final ReadOnlyBooleanWrapper refreshing = new ReadOnlyBooleanWrapper(this, "refreshing");
    private final Newest loads = new Newest();
    private volatile AtomicBoolean cancelFlag = new AtomicBoolean();
    /** The file or folder the newest open refused (null: the bundled data), while the notice says so. */
    private Path refused;
    /** The files of the archive shown changed on disk since it was read (kept until a reload shows them). */
    private final Set<Path> unapplied = new HashSet<>();

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

    /** True while the archive shown is read again after a change on disk. */
    ReadOnlyBooleanProperty refreshingProperty() {
        return refreshing.getReadOnlyProperty();
    }

    ReadOnlyObjectProperty<LoadNotice> noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    /**
     * The file or archive folder that was asked for and not opened (it has errors, or the loader failed), while
     * the {@link #noticeProperty notice} still says so; empty otherwise (and when that was the bundled data).
     */
    Optional<Path> refused() {
        LoadNotice n = notice.get();
        return n != null && n.kind() == LoadNotice.Kind.NOT_OPENED ? Optional.ofNullable(refused) : Optional.empty();
    }

    /**
     * Loads a file (null: the bundled data), or an archive when {@code file} is a folder; when it fails with
     * nothing loaded yet, {@code onFailure} (may be null) starts first, so that the window fills while the user
     * reads the problems.
     */
    void open(Path file, Runnable onFailure) {
        String name = file == null ? null : String.valueOf(file.getFileName());
        Newest.Ticket ticket = loads.next();
        AtomicBoolean cancel = newCancelFlag();
        unapplied.clear();
        refreshing.set(false);
        loading.set(true);
        progress.set(-1);
        loadingName.set(name);
        notice.set(null);
        Messages lang = messages.get();
        Runnable load = () -> background.execute(() -> {
            var sink = new ProgressSink(ticket, cancel, progress, ui);
            Read read = Read.attempt(() -> file != null && Files.isDirectory(file)
                    ? Read.of(source.openArchive(file, sink)) : Read.of(source.load(file, sink)),
                    r -> cancel.get() ? r : r.prepared(file, lang, steps, source.preparing(sink)));
            ui.execute(() -> finish(ticket, cancel, file, read, onFailure));
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

    /** Opens {@code file} (null: the bundled data) instead of what was asked for; the notice says why. */
    void openInstead(Path file, LoadNotice why) {
        open(file, null);
        notice.set(why);
    }

    /**
     * Reads the archive shown again, after files in it changed on disk: the files changed since it was read
     * (these and those of earlier reloads that failed or were overtaken), or all of them when {@code changed}
     * holds anything but its data files (its folder, a source text). Quietly: no progress, no dialog; a
     * reload that fails keeps the data shown and says so in the {@link #noticeProperty notice}; the next good
     * one clears that. Ignored while a file is being opened (that load decides what is shown).
     *
     * @param base  the data the window shows (of an archive): the reload is prepared as an update of it
     * @param shown the archive as read last (what the files not read again are taken from), which {@code base}
     *              may not show yet
     */
    void refresh(Snapshot base, Archive shown, Set<Path> changed) {
        if (loading.get()) {
            return;
        }
        boolean dataFilesOnly = changed.stream().allMatch(p -> shown.folder().equals(p.getParent())
                && String.valueOf(p.getFileName()).endsWith(".json"));
        unapplied.addAll(changed);
        if (!dataFilesOnly) {
            unapplied.addAll(shown.files());
        }
        Set<Path> toRead = Set.copyOf(unapplied);
        Newest.Ticket ticket = loads.next();
        AtomicBoolean cancel = newCancelFlag();
        refreshing.set(true);
        Messages lang = messages.get();
        background.execute(() -> {
            var sink = new ProgressSink(ticket, cancel, null, ui);
            Read read = Read.attempt(() -> Read.of(source.refreshArchive(shown, toRead, sink)),
                    r -> cancel.get() ? r : r.updating(base, lang, steps, source.preparing(sink)));
            // compared here, off the UI thread: the office's own save reads back what is shown
            boolean changes = read.snapshot() != null && !read.snapshot().dataset().sameRecords(base.dataset());
            ui.execute(() -> finishRefresh(ticket, cancel, shown, toRead, read, changes));
        });
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

    private AtomicBoolean newCancelFlag() {
        var cancel = new AtomicBoolean();
        cancelFlag.set(true); // the load or reload in progress stops: this one replaces it
        cancelFlag = cancel;
        return cancel;
    }

    /** Hands over a finished load, or reports why it failed. */
    private void finish(Newest.Ticket ticket, AtomicBoolean cancel, Path file, Read done, Runnable onFailure) {
        LoadResult read = done.result();
        Throwable failure = done.failure();
        Snapshot result = done.snapshot();
        if (!ticket.current() || cancel.get() || (read != null && read.cancelled())) {
            return;
        }
        loading.set(false);
        progress.set(-1);
        loadingName.set(null);
        Dialogs.Shown instead = hasData.getAsBoolean() ? Dialogs.Shown.BEFORE
                : onFailure != null ? Dialogs.Shown.BUNDLED : Dialogs.Shown.NOTHING;
        if ((failure != null || result == null) && instead == Dialogs.Shown.BUNDLED) {
            onFailure.run();
        }
        Messages m = messages.get();
        String name = file != null ? String.valueOf(file.getFileName()) : read != null ? read.file()
                : DatasetLoader.BUNDLED_NAME;
        if (failure != null || result == null) {
            refused = file; // what Reload tries again
        }
        if (failure != null) {
            notice.set(LoadNotice.notOpened(name, 0));
            dialogs.showError(m.get("error.load.title"), m.format("error.load.message",
                    file == null ? "" : file.toString(), String.valueOf(failure.getMessage())), ErrorHandler.stackTrace(failure));
            return;
        }
        if (result == null) {
            notice.set(LoadNotice.notOpened(name, LoadNotice.errors(read)));
            dialogs.showNotOpened(read.file(), read.problems(), instead);
            return;
        }
        loaded.accept(result.messages() != m ? result.in(m) : result); // the language changed while loading
    }

    /** Shows a reloaded archive, or says in the notice why it was not (no dialog: it may fail at every save). */
    private void finishRefresh(Newest.Ticket ticket, AtomicBoolean cancel, Archive shown, Set<Path> read, Read done,
                               boolean changes) {
        if (!ticket.current() || cancel.get()) {
            return; // a newer reload (which reads these files too) or a file opened since replaces it
        }
        refreshing.set(false);
        Snapshot result = done.snapshot();
        if (result == null) {
            notice.set(LoadNotice.notReloaded(String.valueOf(shown.folder().getFileName()), done.result()));
            return;
        }
        unapplied.removeAll(read);
        if (changes) {
            notice.set(LoadNotice.reread(read.stream().map(p -> String.valueOf(p.getFileName())).sorted().toList()));
        } else if (notice.get() != null && (notice.get().kind() == LoadNotice.Kind.NOT_RELOADED
                || notice.get().kind() == LoadNotice.Kind.REREAD)) {
            notice.set(null); // read back as shown (the office's own save): an earlier re-read is no longer news
        }
        Messages m = messages.get();
        loaded.accept(result.messages() != m ? result.in(m) : result);
    }

}
