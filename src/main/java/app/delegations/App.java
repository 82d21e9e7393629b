package app.delegations;

import app.delegations.data.WorldCountries;
import app.delegations.ui.brief.BriefFeature;
import app.delegations.ui.brief.PrintFonts;
import app.delegations.ui.common.AppPreferences;
import app.delegations.ui.common.AppPreferences.Theme;
import app.delegations.ui.common.AppPreferences.WindowBounds;
import app.delegations.ui.common.Dialogs;
import app.delegations.ui.common.ErrorHandler;
import app.delegations.ui.common.ExportFolder;
import app.delegations.ui.common.ExportNote;
import app.delegations.ui.common.ExportWarmUp;
import app.delegations.ui.common.Exports;
import app.delegations.ui.common.FolderOpener;
import app.delegations.ui.common.FxDialogs;
import app.delegations.ui.common.Messages;
import app.delegations.ui.common.NoticeLayer;
import app.delegations.ui.common.PulseFrames;
import app.delegations.ui.common.Selection;
import app.delegations.ui.common.UiLanguage;
import app.delegations.ui.common.ViewFeature;
import app.delegations.ui.common.ViewRegistry;
import app.delegations.ui.common.WindowPlacement;
import app.delegations.ui.countries.CountriesFeature;
import app.delegations.ui.details.DetailsFeature;
import app.delegations.ui.edit.EditFeature;
import app.delegations.ui.edit.FxTicks;
import app.delegations.ui.events.EventsFeature;
import app.delegations.ui.figures.FiguresFeature;
import app.delegations.ui.filter.FilterFeature;
import app.delegations.ui.filter.FilterInWords;
import app.delegations.ui.filter.FilterModel;
import app.delegations.ui.forms.Forms;
import app.delegations.ui.main.MainViewModel;
import app.delegations.ui.main.MainWindow;
import app.delegations.ui.main.WindowActions;
import app.delegations.ui.main.WindowSwap;
import app.delegations.ui.main.WindowTitle;
import app.delegations.ui.main.Workspace;
import app.delegations.ui.map.MapFeature;
import app.delegations.ui.organisations.OrganisationsFeature;
import app.delegations.ui.people.PeopleFeature;
import app.delegations.ui.places.PlacesFeature;
import app.delegations.ui.print.PrintPreview;
import app.delegations.ui.source.SourceFeature;
import app.delegations.ui.timeline.TimelineFeature;
import app.delegations.ui.timeline.TimelineViewModel;
import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.nio.file.Files;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * Composition root: registers the window's features (a view is one line), builds the window on them, wired by
 * constructor, and starts loading the data. The loader runs on a background thread, started before the window is
 * built; the window is shown at once. Past 250 lines because it is the composition root: every feature, pane and
 * window-wide behaviour (editing and its forms, closing with unsaved changes) is wired here, in the order they
 * depend on each other, so that the whole wiring reads in one place.
 */
public final class App extends Application {
    private final AppConfig fixedConfig;
    private AppConfig config;
    private Stage stage;
    private Scene scene;
    /** The scene's root: the window's content, and the corner's progress and notices over it. */
    private StackPane layers;
    private final NoticeLayer notices = new NoticeLayer();
    private MainWindow window;
    /** Puts the window in another language, readied out of sight over a few frames. */
    private WindowSwap swap;
    private Workspace workspace;
    private MainViewModel main;
    private ViewRegistry views;
    private FilterModel filter;
    private Exports exports;
    private Dialogs dialogs;
    private WindowActions actions;
    private Forms forms;
    private EditFeature editing;
    private ExecutorService background;
    private ExecutorService layouts;
    private ExecutorService searches;
    private boolean saved;

    public App() {
        this(null);
    }

    App(AppConfig config) {
        this.fixedConfig = config;
    }

    @Override
    public void start(Stage primaryStage) {
        this.stage = primaryStage;
        this.config = fixedConfig != null ? fixedConfig : AppConfig.fromArgs(getParameters().getRaw());
        AppPreferences prefs = config.prefs();
        UiLanguage language = prefs.language().orElse(UiLanguage.of(Locale.getDefault()));
        this.dialogs = config.dialogs() != null ? config.dialogs()
                : config.smokeTest() ? new SmokeTest.ConsoleDialogs()
                : new FxDialogs(() -> stage, () -> notices, this::messages,
                        new FolderOpener(() -> dialogs, this::messages, Platform::runLater)::openUri);
        Thread.setDefaultUncaughtExceptionHandler(new ErrorHandler(() -> dialogs, this::messages, Platform::runLater));

        background = daemonThread("delegations-loader");
        layouts = daemonThread("delegations-timeline-layout");
        var timeline = new TimelineViewModel();
        timeline.useBackgroundLayout(layouts, Platform::runLater); // a new filter never blocks the UI thread
        searches = daemonThread("delegations-search");
        // typing in the search box on a large archive never blocks the UI thread (small data: searched at once)
        filter = new FilterModel(Clock.systemDefaultZone(), searches, Platform::runLater);
        var selection = new Selection();
        // the archive being edited: every change checked by the loader's rules, shown as an update, saved safely;
        // its records' forms (New, Edit) in the detail pane
        editing = new EditFeature((next, changed) -> main.showEdited(next, changed), dialogs, this::messages,
                new FxTicks(), Platform::runLater, folder -> main.open(folder));
        forms = Forms.inWindow(editing.session(), selection, new WorldCountries(), dialogs);
        editing.commands().askingFirst(forms::mayLeave); // quitting or opening other data asks about a form's typing
        editing.commands().askingBeforeChange(forms::giveWay); // so do Undo, Redo and Delete under an open form
        // the features of the window: the views in tab order, the panes beside them
        var source = new SourceFeature(selection, editing.session()); // New source and Cite for… edit through it
        exports = new Exports(dialogs, this::messages, new ExportFolder(prefs),
                new ExportNote(new FilterInWords(filter), Clock.systemDefaultZone()));
        views = new ViewRegistry()
                .left(new FilterFeature(filter))
                .view(new PlacesFeature(filter, selection))
                .view(new CountriesFeature(filter, selection))
                .view(new TimelineFeature(timeline, filter, selection))
                .view(source)
                .view(new OrganisationsFeature(filter, selection))
                .view(new EventsFeature(filter, selection))
                .view(new PeopleFeature(filter, selection))
                .view(new MapFeature(filter, selection))
                .view(new FiguresFeature(filter))
                .right(new DetailsFeature(selection, filter, source, forms))
                .command(new BriefFeature(selection, exports, dialogs, this::messages,
                        (doc, m, exportPdf) -> { // Ctrl+P, off the UI thread: in the font its PDF embeds
                            PrintFonts.load();
                            var preview = new PrintPreview(m, dialogs, exportPdf);
                            var pages = preview.layOut(doc);
                            return () -> preview.show(stage, pages); // on the UI thread
                        }));

        var frames = new PulseFrames(); // a large file's opening and arrival spread over frames: the window never freezes
        // an archive shown is watched: what changes in its folder is read again, off the UI thread; each file or
        // archive read is shown as the edit session says (the unsaved changes on the archive read again, at once)
        main = new MainViewModel(config.source(), background, Platform::runLater, dialogs, prefs, language,
                views.steps(), frames, config.watches(), editing.commands()::shown, (m, handOver, shown) -> swap.show(m, handOver, shown));
        workspace = new Workspace(main, selection, views.steps(), frames);
        actions = new WindowActions(workspace, filter, dialogs, Version.current(), stage::close, editing.commands());
        // The data loads on the loader thread while the window builds; its result arrives through
        // Platform.runLater, so after start() has returned and every listener below is in place.
        openInitialFile();
        // once the file is read, on the loader's thread: the first export's command as quick as the next ones
        background.execute(new ExportWarmUp(Platform::runLater));

        main.themeProperty().addListener((o, a, b) -> applyTheme(b));
        window = newWindow(main.messages(), null);
        // the window's content, and over it, in its corner, the exports' progress and saved notices
        layers = new StackPane(window, notices);
        // a new language: the window in it readied under the one shown, then in its place (the notices stay over it)
        swap = new WindowSwap(window, layers.getChildren(), frames, this::newWindow, shown -> {
            window = shown;
            applyTheme(main.themeProperty().get()); // a theme chosen while it was readied
        }, () -> !workspace.applyingProperty().get());
        scene = new Scene(layers, WindowPlacement.DEFAULT_WIDTH, WindowPlacement.DEFAULT_HEIGHT);
        scene.getStylesheets().add(App.class.getResource("ui/app.css").toExternalForm());
        applyTheme(main.themeProperty().get()); // once the window exists: the stylesheet and the window's class
        stage.titleProperty().bind(WindowTitle.of(workspace, editing.session().dirtyProperty()));
        stage.setScene(scene);
        restoreBounds(prefs);
        stage.setOnCloseRequest(e -> {
            if (!actions.mayClose()) { // unsaved changes: Save / Discard / Cancel
                e.consume();
            }
        });
        stage.setOnHidden(e -> {
            main.close(); // the archive's folder is no longer watched
            editing.close(); // nor autosaved
            saveState();
        });
        stage.show();
        stage.requestFocus();

        if (config.smokeTest()) {
            new SmokeTest(this).start();
        }
    }

    @Override
    public void stop() {
        if (background != null) {
            background.shutdownNow();
            layouts.shutdownNow();
            searches.shutdownNow();
        }
    }

    Workspace workspace() {
        return workspace;
    }

    FilterModel filter() {
        return filter;
    }

    /** The registered features (tests reach the view models through them). */
    ViewRegistry views() {
        return views;
    }

    MainWindow window() {
        return window;
    }

    WindowActions actions() {
        return actions;
    }

    /** The edit session (tests edit through it as the forms do). */
    EditFeature editing() {
        return editing;
    }

    Stage stage() {
        return stage;
    }

    private Messages messages() {
        return main == null ? Messages.of(UiLanguage.ENGLISH) : main.messages();
    }

    private static ExecutorService daemonThread(String name) {
        return Executors.newSingleThreadExecutor(r -> {
            var t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
    }

    /** The window in {@code m} with {@code front} in front (null: the first view), in the theme's colours. */
    private MainWindow newWindow(Messages m, ViewFeature front) {
        var made = new MainWindow(m, workspace, filter, actions, views, exports, forms, front);
        made.getStyleClass().add(themeClass(main.themeProperty().get())); // styled once, when first in the scene
        return made;
    }

    private void openInitialFile() {
        if (config.file() != null) {
            main.openOrElseBundled(config.file()); // a bad file on the command line: its problems, then the bundled data
        } else if (config.restoreLastFile() && config.prefs().lastIsArchive()) {
            main.reopen(config.prefs().lastFile().get(), true); // a folder gone since: the bundled data, said so
        } else if (config.restoreLastFile() && config.prefs().lastFile().filter(Files::isRegularFile).isPresent()) {
            main.openOrElseBundled(config.prefs().lastFile().get());
        } else {
            main.openBundled();
        }
    }

    private void applyTheme(Theme theme) {
        String stylesheet = theme == Theme.DARK ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet();
        if (!stylesheet.equals(Application.getUserAgentStylesheet())) {
            Application.setUserAgentStylesheet(stylesheet);
        }
        // the window's class changed only when it differs: a change restyles the whole window
        if (window != null && !window.getStyleClass().contains(themeClass(theme))) {
            window.getStyleClass().removeAll("theme-light", "theme-dark");
            window.getStyleClass().add(themeClass(theme));
        }
    }

    private static String themeClass(Theme theme) {
        return theme == Theme.DARK ? "theme-dark" : "theme-light";
    }

    /** Opens the window on a screen that exists, fitted to it (see {@link WindowPlacement#place}). */
    private void restoreBounds(AppPreferences prefs) {
        var screens = new ArrayList<Rectangle2D>();
        screens.add(Screen.getPrimary().getVisualBounds());
        for (Screen s : Screen.getScreens()) {
            if (!s.equals(Screen.getPrimary())) {
                screens.add(s.getVisualBounds());
            }
        }
        WindowBounds b = WindowPlacement.place(prefs.windowBounds().orElse(null), screens);
        stage.setX(b.x());
        stage.setY(b.y());
        stage.setWidth(b.width());
        stage.setHeight(b.height());
        stage.setMaximized(b.maximized());
    }

    private void saveState() {
        if (config.smokeTest() || saved) {
            return;
        }
        saved = true; // a removed preferences node takes these writes silently (AppPreferences)
        window.dispose();
        if (!stage.isMaximized() && stage.getWidth() > 0) {
            config.prefs().setWindowBounds(new WindowBounds(stage.getX(), stage.getY(), stage.getWidth(),
                    stage.getHeight(), false));
        } else {
            config.prefs().windowBounds().ifPresent(b -> config.prefs().setWindowBounds(
                    new WindowBounds(b.x(), b.y(), b.width(), b.height(), true)));
        }
        config.prefs().flush();
    }
}
