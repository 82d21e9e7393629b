package app.delegations.ui.main;

import app.delegations.model.Dataset;
import app.delegations.ui.common.AppPreferences;
import app.delegations.ui.common.DatasetStep;
import app.delegations.ui.common.Dialogs;
import app.delegations.ui.common.Frames;
import app.delegations.ui.common.Messages;
import app.delegations.ui.common.Newest;
import app.delegations.ui.common.UiLanguage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executor;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The window's document: the data loaded (by a {@link FileLoader}, off the UI thread, with progress and cancel)
 * from a file or an archive folder, in the UI language; the theme; the recent files. A file that fails to load
 * leaves the data loaded before in place and its problems go to {@link Dialogs#showProblems}. The folder of an
 * archive shown is watched, and what changes in it reloaded; each reading shown as {@link ReadingShown} says.
 *
 * <p>What it {@linkplain #loadedProperty loads} is the {@link Workspace}'s input; what the window shows, and what
 * title, status bar, menus and tests follow, is {@link Workspace#currentProperty}. Past 250 lines because it is
 * the window's one document, where opening, reloading, editing, the language and the recent files meet; each of
 * them is done by a class of its own ({@link FileLoader}, {@link Edits}, {@link Translations}…).
 */
public final class MainViewModel {
    private final AppPreferences prefs;
    private final FileLoader loader;
    private final ObjectProperty<UiLanguage> language;
    private final ObjectProperty<AppPreferences.Theme> theme;
    private final ReadOnlyObjectWrapper<Messages> messages;
    private final ReadOnlyObjectWrapper<Snapshot> loaded = new ReadOnlyObjectWrapper<>(this, "loaded");
    private final ObservableList<Path> recentFiles = FXCollections.observableArrayList();
    private final Translations translations;
    private final Edits edits;
    private final WatchedFolder watched;
    private final Readings readings;
    private final WindowLanguage windowLanguage;
    /** The newest language the window was asked to show: an older one's hand-over drops. */
    private final Newest relabels = new Newest();
    private final ReadOnlyBooleanWrapper relabelling = new ReadOnlyBooleanWrapper(this, "relabelling");

    /**
     * How the window comes to show another language: {@code shown} runs on the UI thread once the window speaks
     * {@code m} (then the messages change and the data in that language is handed over); a newer call overtakes
     * an older one, whose {@code shown} then never runs.
     */
    @FunctionalInterface
    public interface WindowLanguage {
        /** Nothing to ready: the rows and the messages change at once (view-model tests). */
        WindowLanguage AT_ONCE = (m, handOver, shown) -> {
            handOver.run();
            shown.run();
        };

        /**
         * Readies the window in {@code m}, then runs {@code handOver} (which gives the views the rows in {@code m})
         * while the window shown still shows what it showed, shows the window in {@code m} once the views have the
         * rows, then runs {@code shown}.
         */
        void show(Messages m, Runnable handOver, Runnable shown);
    }

    /** With no dataset steps, loading at once (view-model tests). */
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
        this(source, background, ui, dialogs, prefs, initialLanguage, steps, frames, FolderWatch.Starter.NONE,
                ReadingShown.AS_READ);
    }

    /**
     * @param watches watches the folder of an archive loaded, from its arrival until another file or archive has
     *                loaded or {@link #close}; what changes in it is read again ({@link #filesChanged})
     * @param shown   what is shown of each file or archive read (the edit session's answer, awaited first)
     */
    public MainViewModel(DataSource source, Executor background, Executor ui, Dialogs dialogs, AppPreferences prefs,
                         UiLanguage initialLanguage, List<DatasetStep<?>> steps, Frames frames,
                         FolderWatch.Starter watches, ReadingShown shown) {
        this(source, background, ui, dialogs, prefs, initialLanguage, steps, frames, watches, shown,
                WindowLanguage.AT_ONCE);
    }

    /**
     * @param windowLanguage readies the window in a new language before the {@link #messagesProperty messages}
     *                       change and the data made in that language is handed over
     */
    public MainViewModel(DataSource source, Executor background, Executor ui, Dialogs dialogs, AppPreferences prefs,
                         UiLanguage initialLanguage, List<DatasetStep<?>> steps, Frames frames,
                         FolderWatch.Starter watches, ReadingShown shown, WindowLanguage windowLanguage) {
        this.windowLanguage = windowLanguage;
        this.readings = new Readings(shown);
        this.watched = new WatchedFolder(watches, this::filesChanged);
        this.edits = new Edits(background, ui, steps);
        this.translations = new Translations(background, ui);
        this.prefs = prefs;
        this.language = new SimpleObjectProperty<>(this, "language", initialLanguage);
        this.messages = new ReadOnlyObjectWrapper<>(this, "messages", Messages.of(initialLanguage));
        this.theme = new SimpleObjectProperty<>(this, "theme", prefs.theme());
        this.loader = new FileLoader(source, background, ui, dialogs, steps, frames, messages::get,
                () -> loaded.get() != null, this::loaded);
        theme.addListener((o, a, b) -> prefs.setTheme(b));
        recentFiles.setAll(prefs.recentFiles());
        language.addListener((o, a, b) -> switchLanguage(b));
    }

    /** The UI language; changing it prepares the data again off the UI thread and is remembered. */
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

    /** The language the window speaks: after a switch, once the window is ready in it. */
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
        return loader.loadingProperty();
    }

    /** True while loading, reloading the archive shown (until shown) or translating: what tests wait for. */
    public boolean busy() {
        return loader.loadingProperty().get() || loader.refreshingProperty().get() || translations.translatingProperty().get()
                || relabelling.get() || readings.waitingProperty().get() || edits.updatingProperty().get();
    }

    /** Progress of the load in [0, 1], or -1 when unknown. */
    public ReadOnlyDoubleProperty progressProperty() {
        return loader.progressProperty();
    }

    /** The name of the file being loaded. */
    public ReadOnlyObjectProperty<String> loadingNameProperty() {
        return loader.loadingNameProperty();
    }

    /**
     * What became of the file last asked for when the window does not show it (cancelled with nothing shown,
     * or not opened), or null; opening another file clears it. Title and status bar say it in words.
     */
    public ReadOnlyObjectProperty<LoadNotice> noticeProperty() {
        return loader.noticeProperty();
    }

    /**
     * The file or archive folder last asked for that was not opened, while the {@link #noticeProperty notice}
     * says so: what File › Reload tries again (the officer has fixed it); empty when what is shown is what was
     * asked for.
     */
    public Optional<Path> notOpened() {
        return loader.refused();
    }

    public ObservableList<Path> recentFiles() {
        return recentFiles;
    }

    /** Opens a file (null: the bundled data), or an archive when {@code file} is a folder. */
    public void open(Path file) {
        loader.open(file, null);
    }

    /**
     * Opens what was shown last time: the file or archive folder, or else (it no longer loads) says why and
     * shows the bundled data instead of an empty window. An archive folder gone since is not looked for: the
     * bundled data opens, and the {@link #noticeProperty notice} says that the folder no longer exists.
     *
     * @param archive whether {@code last} was an archive folder
     */
    public void reopen(Path last, boolean archive) {
        if (archive && !Files.isDirectory(last)) {
            loader.openInstead(null, LoadNotice.missing(last.toString()));
        } else {
            openOrElseBundled(last);
        }
    }

    /**
     * Files of the archive shown changed on disk (see {@link FolderWatch}): reads them again, off the UI thread,
     * and shows the result as an update of what is shown, as {@link #showEdited} does; a reload with errors keeps
     * what is shown and says so in the {@link #noticeProperty notice}. Nothing happens when no archive is shown.
     */
    public void filesChanged(Set<Path> changed) {
        if (loaded.get() != null && readings.last().archive() != null) { // from the archive read last (shown or not)
            loader.refresh(loaded.get(), readings.last().archive(), changed);
        }
    }

    /**
     * Shows {@code next}, the data shown with an edit committed (or undone, or redone), as an update of what is
     * shown, made off the UI thread: no file read, no notice or dialog; the filter, the selection (by id) and the
     * scroll stay; each table changes only the rows the edit changed. {@code changed}: the records the edit added,
     * replaced or removed (a Country, Place, Venue, Organisation, Person, Event or Source). A newer edit, file or
     * reload overtakes it. Nothing happens while no data is shown.
     */
    public void showEdited(Dataset next, Collection<? extends Record> changed) {
        if (loaded.get() != null) { // an update of what is shown, of the archive as read last (see Edits.show)
            edits.show(loaded::get, next, messages::get, readings.last(), loaded::set);
        }
    }

    /** Stops watching the archive shown (the window closes). */
    public void close() {
        watched.watch(null);
    }

    /**
     * Opens the file shown last time; if it no longer loads, says why and shows the bundled data instead of
     * an empty window.
     */
    public void openOrElseBundled(Path file) {
        loader.open(file, this::openBundled);
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
        loader.cancel();
    }

    /**
     * A load has succeeded: it is the data now (once the session says what of it, see {@link Readings}), its file
     * the last and a recent one, its archive watched.
     */
    private void loaded(Snapshot s) {
        readings.take(s, loaded::set, next -> showEdited(next, List.of()));
        prefs.setLastFile(s.file(), s.archive() != null);
        if (s.file() != null && !s.file().toAbsolutePath().equals(recentFiles.isEmpty() ? null : recentFiles.get(0))) {
            recentFiles.setAll(prefs.addRecentFile(s.file(), s.archive() != null)); // not again for each reload of the archive shown
        }
        watched.watch(s.archive() == null ? null : s.archive().folder());
    }

    private void switchLanguage(UiLanguage lang) {
        Messages m = Messages.of(lang);
        prefs.setLanguage(lang);
        Snapshot s = loaded.get();
        if (s == null) {
            relabel(m, null, null);
            return;
        }
        translations.translate(s, m, loaded::get, translated -> relabel(m, loaded.get(), translated));
    }

    /**
     * The window readied in {@code m}, {@code translated} (the data of {@code basis} in {@code m}) handed over before
     * it is shown (so that it shows its rows in its language from its first frame), then the messages changed; data
     * loaded or edited meanwhile (in the old language) is made again in {@code m}.
     */
    private void relabel(Messages m, Snapshot basis, Snapshot translated) {
        Newest.Ticket ticket = relabels.next();
        relabelling.set(true);
        windowLanguage.show(m, () -> {
            if (ticket.current() && translated != null && loaded.get() == basis) {
                loaded.set(translated);
            }
        }, () -> {
            if (!ticket.current()) {
                return;
            }
            relabelling.set(false);
            messages.set(m);
            Snapshot now = loaded.get();
            if (now != null && now.messages() != m) {
                translations.translate(now, m, loaded::get, loaded::set);
            }
        });
    }
}
