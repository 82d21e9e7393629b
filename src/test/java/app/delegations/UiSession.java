package app.delegations;

import app.delegations.ui.JvmDefaults;
import app.delegations.ui.RecordingDialogs;
import app.delegations.ui.TestArchive;
import app.delegations.ui.TestPrefs;
import app.delegations.ui.common.AppPreferences;
import app.delegations.ui.common.UiLanguage;
import app.delegations.index.DatasetIndex;
import app.delegations.ui.main.FolderWatch;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.stream.Stream;
import javafx.application.Platform;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.robot.Robot;
import javafx.stage.Stage;
import org.testfx.util.WaitForAsyncUtils;

/**
 * One run of the real window for the model-based test ({@link ModelBasedUiTest}): the {@link App} on a stage,
 * started on stored preferences, and the hands that drive it (mouse and keyboard through the JavaFX robot, as a
 * user's input arrives), with what went wrong recorded for {@link Invariants}: uncaught exceptions (the
 * default handler is replaced after the app installs its own, so nothing is printed) and the dialogs shown.
 * <p>
 * Every method that acts waits until the window has settled ({@link #settle()}): events handled, a load or
 * language switch applied to every view, the timeline laid out, the facets made, the scene laid out.
 */
final class UiSession {
    /** How long a load or switch may take before the test says the window hung. */
    private static final long WAIT_SECONDS = 30;
    /**
     * One window at a time: when jqwik's shrinking reaches its time bound it reports, and the run it was trying
     * goes on in its thread; without this a next property's window would share the robot and the uncaught
     * exceptions with it (and blame its own steps for them).
     */
    private static final Semaphore ONE_WINDOW = new Semaphore(1);
    /** The id of the archive's note, and its text: words that come once, and "Kijowa" twice (a quote is widened). */
    static final String NOTE_ID = "office-note";
    static final String NOTE = "Delegacja z Kijowa odwiedziła Kraków 12 marca 2025 r.\n"
            + "Goście z Kijowa spotkali się z władzami miasta w Krakowie.\n"
            + "Polska strona przedstawiła Kraków jako miasto partnerskie.\n";

    /** The evidence of the archive's records that cite no note. */
    private static final String REFERENCE = "{\"basis\": \"reference\", \"reason\": {\"pl\": \"test\", \"en\": \"test\"}}";

    /** A citation a cite step confirmed: for {@code record} (as it was), quoting {@code quote}. */
    record Cited(Record record, String quote) {
    }
    private boolean holdsWindow;
    /** The JVM's defaults before the window started, put back when it is closed. */
    private JvmDefaults defaults;

    /** The window's stage; null once closed (jqwik keeps every run's state while shrinking: it must be light). */
    Stage stage;
    final AppPreferences prefs;
    final RecordingDialogs dialogs = new RecordingDialogs();
    /** Uncaught exceptions, in order, from any thread. */
    final List<Throwable> uncaught = new ArrayList<>();
    /** What was done, one line per step, for failure messages. */
    final List<String> log = new ArrayList<>();
    /** Bad files {@code Open} may choose from. */
    final List<Path> badFiles;
    private App app;
    private Robot robot;
    /** Set by a save step: the next check compares the archive on disk with what the window shows. */
    boolean saved;
    /** Set by a save step: the next check reads every quote on disk back from its note. */
    boolean savedQuotes;
    /** Set by a cite step that confirmed: the next check looks for the citation in the record. */
    Cited cited;
    /** Set by a step that reads the archive again with unsaved edits: the next check finds them shown throughout. */
    UnsavedShown unsavedShown;
    /** What the form steps typed into the open form, until applied, cancelled or discarded ({@link FormSteps}). */
    FormSteps.Typed typed;
    /** The name of the action of the step under way, and the archive edited before it ({@link FormSteps}). */
    String action;
    Object editedBefore;
    /** The session's archive folder, made on first use. */
    private Path archive;
    /** Set by a step exporting a brief: the file, and the record's title as the window named it then; else null. */
    Path brief;
    String briefOf;

    private UiSession(Stage stage, AppPreferences prefs, List<Path> badFiles) {
        this.stage = stage;
        this.prefs = prefs;
        this.badFiles = badFiles;
    }

    /**
     * Starts the window on a new stage with fresh preferences that {@code stored} fills first (damaged values
     * included), opening {@code file} (null: the bundled data). A start that throws is recorded as uncaught.
     */
    static UiSession start(Path file, Consumer<AppPreferences> stored, List<Path> badFiles) {
        try {
            if (!ONE_WINDOW.tryAcquire(10, TimeUnit.MINUTES)) {
                throw new AssertionError("the window of an earlier run was not closed within 10 minutes");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted waiting for an earlier run's window to close", e);
        }
        AppPreferences prefs = TestPrefs.fresh();
        prefs.setLanguage(UiLanguage.ENGLISH);
        stored.accept(prefs);
        // a window of its own: Monocle's drawing buffer of an earlier run's smaller window would not fit it
        var s = new UiSession(fx(Stage::new), prefs, badFiles);
        s.holdsWindow = true;
        s.defaults = JvmDefaults.now();
        s.log.add("start on " + (file == null ? "the bundled data" : file.getFileName()));
        try {
            WaitForAsyncUtils.asyncFx(() -> {
                s.robot = new Robot();
                // no watch: the archive actions report their changes themselves, so that a reload never comes between steps
                s.app = new App(new AppConfig(prefs, s.dialogs, AppConfig.loaderSource(), file, false, false,
                        FolderWatch.Starter.NONE));
                try {
                    s.app.start(s.stage);
                } catch (RuntimeException e) {
                    s.recordUncaught(e); // what a start that fails would throw at the user
                } finally {
                    // after the app's ErrorHandler: record instead of printing and opening a dialog
                    Thread.setDefaultUncaughtExceptionHandler((t, e) -> s.recordUncaught(e));
                }
            }).get(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException | ExecutionException | TimeoutException e) {
            throw new AssertionError("the window did not start", e);
        }
        if (s.uncaught.isEmpty()) {
            s.settle();
        }
        return s;
    }

    private synchronized void recordUncaught(Throwable e) {
        uncaught.add(e);
    }

    synchronized List<Throwable> uncaughtSoFar() {
        return List.copyOf(uncaught);
    }

    /**
     * Closes the window (it saves its state), stops its threads, removes its preferences and lets go of the
     * window, so that the runs jqwik keeps while shrinking do not keep their windows.
     */
    synchronized void close() {
        try {
            if (stage != null) {
                Stage closing = stage;
                WaitForAsyncUtils.asyncFx(() -> {
                    closing.close();
                    closing.setScene(null);
                }).get(WAIT_SECONDS, TimeUnit.SECONDS);
            }
        } catch (InterruptedException | ExecutionException | TimeoutException e) {
            recordUncaught(e);
        } finally {
            if (app != null) {
                app.stop();
            }
            TestPrefs.remove(prefs);
            removeArchive();
            app = null;
            stage = null;
            robot = null;
            if (defaults != null) {
                defaults.restore();
                defaults = null;
            }
            if (holdsWindow) {
                holdsWindow = false;
                ONE_WINDOW.release();
            }
        }
    }

    /**
     * The session's archive folder, made on first use and removed with the session: {@code a.json} with Kraków,
     * and {@code note.json} with a note ({@link #NOTE}, under {@code sources/}) for the cite steps to quote and an
     * organisation that cites it (a note no record cites is a warning, and a saved archive must load without any),
     * and records that mention others across the files, for Delete to take off or along: Kyiv in Ukraine, the
     * delegation's seat; a person holding a position in the delegation, in Kyiv; the delegation's visit to Kraków
     * (its place), with Kraków and Kyiv taking part, the person and the delegation attending.
     */
    Path archive() {
        if (archive == null) {
            try {
                archive = TestArchive.krakow(Files.createTempDirectory("delegations-mbt-archive-"), "office");
                Files.createDirectories(archive.resolve("sources"));
                Files.writeString(archive.resolve("sources/" + NOTE_ID + ".txt"), NOTE);
                Files.writeString(archive.resolve("note.json"), """
                        {"schemaVersion": 1,
                         "sources": [{"id": "%1$s", "file": "sources/%2$s.txt",
                           "title": {"pl": "Notatka z wizyty", "en": "Note of the visit"}, "date": "2025-03-12",
                           "language": "pl"}],
                         "countries": [{"code": "UA", "names": {"pl": "Ukraina", "en": "Ukraine", "native": "Україна"},
                           "evidence": [%3$s]}],
                         "places": [{"id": "kyiv", "kind": "city", "names": {"pl": "Kijów", "en": "Kyiv", "native": "Київ"},
                           "country": "UA", "evidence": [%3$s]}],
                         "venues": [],
                         "organisations": [{"id": "kyiv-delegation", "kind": "other",
                           "names": {"pl": "Delegacja z Kijowa", "en": "Kyiv delegation", "native": "Делегація Києва"},
                           "place": "kyiv",
                           "evidence": [{"basis": "stated", "source": "%1$s", "quote": "Delegacja z Kijowa",
                             "fields": ["names.pl"]}]}],
                         "people": [{"id": "olena-marchuk",
                           "names": {"pl": "Ołena Marczuk", "en": "Olena Marchuk", "native": "Олена Марчук"},
                           "positions": [{"title": {"pl": "Przewodnicząca delegacji", "en": "Head of the delegation"},
                             "organisation": "kyiv-delegation", "place": "kyiv"}],
                           "evidence": [%3$s]}],
                         "events": [{"id": "kyiv-visit-2025", "kind": "visit",
                           "title": {"pl": "Wizyta delegacji z Kijowa", "en": "Visit of the Kyiv delegation",
                             "native": "Візит делегації Києва"},
                           "start": "2025-03-12", "order": 1, "place": "krakow",
                           "participants": [{"place": "krakow", "role": "host", "evidence": [%3$s]},
                             {"place": "kyiv", "role": "participant", "evidence": [%3$s]}],
                           "people": [{"person": "olena-marchuk", "role": "honorary-guest", "evidence": [%3$s]}],
                           "organisations": ["kyiv-delegation"], "evidence": [%3$s]}]}
                        """.formatted(NOTE_ID, NOTE_ID, REFERENCE));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return archive;
    }

    private void removeArchive() {
        if (archive == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(archive.getParent())) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            recordUncaught(e);
        }
        archive = null;
    }

    /** True when the window started and shows data (a start that failed shows nothing to act on). */
    boolean running() {
        return app != null && app.window() != null && stage != null && stage.isShowing();
    }

    App app() {
        return app;
    }

    DatasetIndex index() {
        return fx(() -> app.workspace().index());
    }

    /** Index of the tab shown: 0 Places, 1 Countries, 2 Timeline, 3 Source. */
    int tab() {
        return fx(() -> app.window().tabs().getSelectionModel().getSelectedIndex());
    }

    /** The node with this id in the window, if it is there and shown. */
    Optional<Node> node(String selector) {
        return fx(() -> Optional.ofNullable(app.window().lookup(selector)).filter(UiSession::shown));
    }

    /** Every node matching the selector that is shown (visible, with all its ancestors, in the scene). */
    List<Node> nodes(String selector) {
        return fx(() -> app.window().lookupAll(selector).stream().filter(UiSession::shown).toList());
    }

    static boolean shown(Node n) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (!p.isVisible()) {
                return false;
            }
        }
        return n.getScene() != null;
    }

    /** The table in the tab shown, if that tab is Places or Countries. */
    Optional<TableView<?>> tableShown() {
        // the table of the tab shown, whichever view it is (every table is a DataTable: one TableView per tab)
        return fx(() -> {
            Tab tab = app.window().tabs().getSelectionModel().getSelectedItem();
            Node content = tab == null ? null : tab.getContent();
            return Optional.ofNullable(content == null ? null : content.lookup(".table-view"))
                    .filter(UiSession::shown).map(n -> (TableView<?>) n);
        });
    }

    /** Clicks the middle of a node, scrolling it into view first, as a user would. */
    /**
     * The part of a node's box that its ancestors leave visible, on the screen: a table row wider than its
     * table (a narrow window) is clicked in the table, not beside it where the detail pane is.
     */
    private static Bounds visiblePart(Node node) {
        Bounds b = node.localToScreen(node.getBoundsInLocal());
        double minX = b.getMinX();
        double minY = b.getMinY();
        double maxX = b.getMaxX();
        double maxY = b.getMaxY();
        for (Node p = node.getParent(); p != null; p = p.getParent()) {
            Bounds a = p.localToScreen(p.getLayoutBounds());
            if (a.getMaxX() > minX && a.getMaxY() > minY && a.getMinX() < maxX && a.getMinY() < maxY) {
                minX = Math.max(minX, a.getMinX());
                minY = Math.max(minY, a.getMinY());
                maxX = Math.min(maxX, a.getMaxX());
                maxY = Math.min(maxY, a.getMaxY());
            }
        }
        return new BoundingBox(minX, minY, maxX - minX, maxY - minY);
    }

    void click(Node node) {
        fx(() -> {
            scrollIntoView(node);
            app.window().layout();
            Bounds b = visiblePart(node);
            Point2D at = new Point2D(b.getMinX() + b.getWidth() / 2, b.getMinY() + Math.min(b.getHeight() / 2, 10));
            robot.mouseMove(at);
            robot.mouseClick(MouseButton.PRIMARY);
            return null;
        });
        settle();
    }

    /** Clicks a point of a node, in the node's own coordinates (a marker on the map). */
    void clickAt(Node node, Point2D local) {
        fx(() -> {
            robot.mouseMove(node.localToScreen(local));
            robot.mouseClick(MouseButton.PRIMARY);
            return null;
        });
        settle();
    }

    /** Clicks a check box on its box, not its (possibly wrapped) label. */
    void tick(CheckBox box) {
        click(Optional.ofNullable(fx(() -> box.lookup(".box"))).orElse(box));
    }

    /** Presses the keys together (modifiers first) and releases them in reverse. */
    void keys(KeyCode... codes) {
        fx(() -> {
            for (KeyCode c : codes) {
                robot.keyPress(c);
            }
            for (int i = codes.length - 1; i >= 0; i--) {
                robot.keyRelease(codes[i]);
            }
            return null;
        });
        settle();
    }

    /** Types ASCII letters and digits into the focused node. */
    void type(String text) {
        fx(() -> {
            for (char ch : text.toCharArray()) {
                robot.keyType(KeyCode.getKeyCode(String.valueOf(Character.toUpperCase(ch))));
            }
            return null;
        });
        settle();
    }

    /** Runs a change on the JavaFX thread (what the robot cannot reach: the window's size), then settles. */
    void interact(Runnable change) {
        fx(() -> {
            change.run();
            return null;
        });
        settle();
    }

    /** Waits until the events are handled, the data is shown everywhere and the scene is laid out. */
    void settle() {
        fx(() -> null); // the input events the robot queued are handled
        if (!running()) {
            return;
        }
        waitUntil(() -> {
            if (AppTest.settled(app) && !TestWindows.timeline(app).layingOutProperty().get()
                    && Invariants.facetsComplete(this)) {
                app.window().applyCss();
                app.window().layout();
                return true;
            }
            return false;
        });
        WaitForAsyncUtils.waitForFxEvents(1); // and what the layout posted for later (the Source view's marks)
    }

    /** Waits until the condition (read on the JavaFX thread) holds, failing the run when it does not in time. */
    void waitFor(BooleanSupplier condition) {
        waitUntil(condition);
    }

    private void waitUntil(BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS, () -> fx(condition::getAsBoolean));
        } catch (TimeoutException e) {
            throw new AssertionError("the window did not settle within " + WAIT_SECONDS + " s after: " + log, e);
        }
    }

    /** Scrolls every scroll pane around the node so that the node is in its viewport. */
    private static void scrollIntoView(Node node) {
        for (Parent p = node.getParent(); p != null; p = p.getParent()) {
            if (p instanceof ScrollPane sp && sp.getContent() != null) {
                Bounds content = sp.getContent().getLayoutBounds();
                Bounds viewport = sp.getViewportBounds();
                Bounds b = sp.getContent().sceneToLocal(node.localToScene(node.getBoundsInLocal()));
                double free = content.getHeight() - viewport.getHeight();
                if (free > 0) {
                    double top = -viewport.getMinY();
                    if (b.getMinY() < top || b.getMaxY() > top + viewport.getHeight()) {
                        double target = Math.max(0, b.getMinY() - viewport.getHeight() / 3);
                        sp.setVvalue(sp.getVmin() + (sp.getVmax() - sp.getVmin()) * Math.min(1, target / free));
                        sp.layout();
                    }
                }
            }
        }
    }

    /**
     * Reads UI state on the JavaFX thread (at once when already on it). What the read throws is rethrown here,
     * never left in TestFX's queue of exceptions (which would fail a later, unrelated wait).
     */
    static <T> T fx(Callable<T> read) {
        if (Platform.isFxApplicationThread()) {
            return call(read);
        }
        Object[] result = new Object[2];
        try {
            WaitForAsyncUtils.asyncFx(() -> {
                try {
                    result[0] = call(read);
                } catch (RuntimeException | Error e) {
                    result[1] = e;
                }
            }).get(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException | ExecutionException | TimeoutException e) {
            throw new AssertionError(e);
        }
        if (result[1] instanceof RuntimeException e) {
            throw e;
        }
        if (result[1] instanceof Error e) {
            throw e;
        }
        @SuppressWarnings("unchecked")
        T value = (T) result[0];
        return value;
    }

    private static <T> T call(Callable<T> read) {
        try {
            return read.call();
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
