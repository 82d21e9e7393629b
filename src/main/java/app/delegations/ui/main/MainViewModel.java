package app.delegations.ui.main;

import app.delegations.data.DatasetLoader;
import app.delegations.data.LoadCancelled;
import app.delegations.data.LoadResult;
import app.delegations.data.Problem;
import app.delegations.ui.common.AppPreferences;
import app.delegations.ui.common.DatasetStep;
import app.delegations.ui.common.Dialogs;
import app.delegations.ui.common.ErrorHandler;
import app.delegations.ui.common.Frames;
import app.delegations.ui.common.Messages;
import app.delegations.ui.common.Newest;
import app.delegations.ui.common.UiLanguage;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The window's document: loading a file off the UI thread (with progress and cancel) into a {@link Snapshot}
 * prepared by the registered {@link DatasetStep dataset steps}, the UI language, recent files. A file that fails
 * to load leaves the data shown before in place and its problems go to {@link Dialogs#showProblems}.
 *
 * <p>What it {@linkplain #loadedProperty loads} is the {@link Workspace}'s input; what the window shows, and what
 * title, status bar, menus and tests follow, is {@link Workspace#currentProperty}.
 */
public final class MainViewModel {
    private final DataSource source;
    private final Executor background;
    private final Executor ui;
    private final Dialogs dialogs;
    private final AppPreferences prefs;

    private final ObjectProperty<UiLanguage> language;
    private final ObjectProperty<AppPreferences.Theme> theme;
    private final ReadOnlyObjectWrapper<Messages> messages;
    private final ReadOnlyObjectWrapper<Snapshot> loaded = new ReadOnlyObjectWrapper<>(this, "loaded");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", -1);
    private final ReadOnlyObjectWrapper<String> loadingName = new ReadOnlyObjectWrapper<>(this, "loadingName");
    private final ReadOnlyObjectWrapper<LoadNotice> notice = new ReadOnlyObjectWrapper<>(this, "notice");
    private final ObservableList<Path> recentFiles = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper translating = new ReadOnlyBooleanWrapper(this, "translating");
    private final Newest loads = new Newest();
    private final Newest translations = new Newest();
    private final List<DatasetStep<?>> steps;
    private volatile AtomicBoolean cancelFlag = new AtomicBoolean();
    private final Frames frames;

    public MainViewModel(DataSource source, Executor background, Executor ui, Dialogs dialogs, AppPreferences prefs,
                         UiLanguage initialLanguage) {
        this(source, background, ui, dialogs, prefs, initialLanguage, List.of(), Frames.immediate());
    }

    /**
     * @param steps  what the views prepare of a new dataset off the UI thread, with the load
     * @param frames a file opened while data is shown starts loading two frames later, once the frame that
     *               shows it opening has been drawn (started at once, the loader and the compiler took both
     *               cores from that drawing: the window stood still)
     */
    public MainViewModel(DataSource source, Executor background, Executor ui, Dialogs dialogs, AppPreferences prefs,
                         UiLanguage initialLanguage, List<DatasetStep<?>> steps, Frames frames) {
        this.frames = frames;
        this.steps = List.copyOf(steps);
        this.source = source;
        this.background = background;
        this.ui = ui;
        this.dialogs = dialogs;
        this.prefs = prefs;
        this.language = new SimpleObjectProperty<>(this, "language", initialLanguage);
        this.messages = new ReadOnlyObjectWrapper<>(this, "messages", Messages.of(initialLanguage));
        this.theme = new SimpleObjectProperty<>(this, "theme", prefs.theme());
        theme.addListener((o, a, b) -> prefs.setTheme(b));
        recentFiles.setAll(prefs.recentFiles());
        language.addListener((o, a, b) -> switchLanguage(b));
    }

    /** The UI language; changing it rebuilds the rows off the UI thread and is remembered. */
    public ObjectProperty<UiLanguage> languageProperty() {
        return language;
    }

    /** Primer Light or Primer Dark; remembered. */
    public ObjectProperty<AppPreferences.Theme> themeProperty() {
        return theme;
    }

    public AppPreferences preferences() {
        return prefs;
    }

    public ReadOnlyObjectProperty<Messages> messagesProperty() {
        return messages.getReadOnlyProperty();
    }

    public Messages messages() {
        return messages.get();
    }

    /**
     * The data loaded last, prepared for the views (in the current language); null until the first file has
     * loaded. Only the {@link Workspace} follows it: the rest of the window follows what the workspace shows.
     */
    public ReadOnlyObjectProperty<Snapshot> loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    public Snapshot loaded() {
        return loaded.get();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** True while loading or translating: what tests and the smoke test wait for. */
    public boolean busy() {
        return loading.get() || translating.get();
    }

    /** Progress of the load in [0, 1], or -1 when unknown. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** The name of the file being loaded. */
    public ReadOnlyObjectProperty<String> loadingNameProperty() {
        return loadingName.getReadOnlyProperty();
    }

    /**
     * What became of the file last asked for when the window does not show it (cancelled with nothing shown,
     * or not opened), or null; opening another file clears it. Title and status bar say it in words.
     */
    public ReadOnlyObjectProperty<LoadNotice> noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public ObservableList<Path> recentFiles() {
        return recentFiles;
    }

    /** Opens a file (null: the bundled data). */
    public void open(Path file) {
        open(file, null);
    }

    /**
     * Opens the file shown last time; if it no longer loads, says why and shows the bundled data instead of
     * an empty window.
     */
    public void openOrElseBundled(Path file) {
        open(file, this::openBundled);
    }

    private void open(Path file, Runnable onFailure) {
        String name = file == null ? null : String.valueOf(file.getFileName());
        Newest.Ticket gen = loads.next();
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
            LoadResult loaded = null;
            Throwable failure = null;
            try {
                var sink = new ProgressSink(gen, cancel);
                loaded = source.load(file, sink);
                if (loaded.ok() && !cancel.get()) {
                    String shown = file == null ? loaded.file() : String.valueOf(file.getFileName());
                    result = Snapshot.build(loaded.datasetOrNull(), lang, file, shown, loaded.problems(), steps,
                            source.preparing(sink));
                }
            } catch (LoadCancelled e) {
                result = null; // cancelled while the window prepared the data: dropped by finish, as any cancelled load
            } catch (RuntimeException | OutOfMemoryError e) {
                failure = e;
            }
            LoadResult finalLoaded = loaded;
            Snapshot finalResult = result;
            Throwable finalFailure = failure;
            ui.execute(() -> finish(gen, cancel, file, finalLoaded, finalResult, finalFailure, onFailure));
        });
        if (this.loaded.get() == null) {
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

    /** Opens the bundled data. */
    public void openBundled() {
        open(null);
    }

    /**
     * Stops waiting for the load in progress; the data shown stays. With nothing shown (the first load), the
     * {@link #noticeProperty notice} says what was cancelled, so the window can offer the bundled data.
     */
    public void cancelLoad() {
        if (loading.get() && loaded.get() == null) {
            notice.set(LoadNotice.cancelled(loadingName.get()));
        }
        cancelFlag.set(true);
        loads.cancel();
        loading.set(false);
        progress.set(-1);
        loadingName.set(null);
    }

    /**
     * Applies a finished load, or reports why it failed; on failure with nothing shown yet, {@code onFailure}
     * starts first (so that the window fills while the user reads the problems).
     */
    private void finish(Newest.Ticket gen, AtomicBoolean cancel, Path file, LoadResult loaded, Snapshot result,
                        Throwable failure, Runnable onFailure) {
        if (!gen.current() || cancel.get() || (loaded != null && loaded.cancelled())) {
            return;
        }
        loading.set(false);
        progress.set(-1);
        loadingName.set(null);
        if ((failure != null || result == null) && onFailure != null && this.loaded.get() == null) {
            onFailure.run();
        }
        Messages m = messages.get();
        String name = file != null ? String.valueOf(file.getFileName()) : loaded != null ? loaded.file()
                : DatasetLoader.BUNDLED_NAME;
        if (failure != null) {
            notice.set(LoadNotice.notOpened(name, 0));
            dialogs.showError(m.get("error.load.title"), m.format("error.load.message",
                    file == null ? "" : file.toString(), String.valueOf(failure.getMessage())), ErrorHandler.stackTrace(failure));
            return;
        }
        if (result == null) {
            List<Problem> problems = loaded.problems();
            // every problem but the warnings stopped the file, those past the cap included
            long warnings = problems.stream().filter(p -> p.severity() == Problem.Severity.WARNING).count();
            notice.set(LoadNotice.notOpened(name, (int) Math.max(0, loaded.problemCount() - warnings)));
            dialogs.showProblems(loaded.file(), problems);
            return;
        }
        if (result.messages() != m) {
            result = result.in(m); // the language changed while loading (small data: cheap)
        }
        this.loaded.set(result);
        prefs.setLastFile(file);
        if (file != null) {
            recentFiles.setAll(prefs.addRecentFile(file));
        }
    }

    private void switchLanguage(UiLanguage lang) {
        Messages m = Messages.of(lang);
        prefs.setLanguage(lang);
        Snapshot s = loaded.get();
        if (s == null) {
            messages.set(m);
            return;
        }
        Newest.Ticket gen = translations.next();
        translating.set(true);
        background.execute(() -> {
            Snapshot translated = s.in(m);
            ui.execute(() -> {
                if (!gen.current()) {
                    return; // a newer switch follows
                }
                Snapshot current = loaded.get();
                messages.set(m);
                loaded.set(current == s ? translated : current.in(m));
                translating.set(false);
            });
        });
    }

    /** Passes the loader's progress to the UI thread, at most about a hundred times per load. */
    private final class ProgressSink implements DataSource.Progress {
        private final Newest.Ticket gen;
        private final AtomicBoolean cancel;
        private volatile int lastPercent = -1;

        ProgressSink(Newest.Ticket gen, AtomicBoolean cancel) {
            this.gen = gen;
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
                    if (gen.current()) {
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
