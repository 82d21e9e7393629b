package app.delegations.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.delegations.data.DatasetLoader;
import app.delegations.data.LoadResult;
import app.delegations.data.Problem;
import app.delegations.ui.RecordingDialogs;
import app.delegations.ui.TestData;
import app.delegations.ui.TestPrefs;
import app.delegations.ui.common.AppPreferences;
import app.delegations.ui.common.DatasetStep;
import app.delegations.ui.common.Frames;
import app.delegations.ui.common.Messages;
import app.delegations.ui.common.UiLanguage;
import app.delegations.ui.places.PlaceRow;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Optional;
import java.util.Queue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainViewModelTest {
    private final AppPreferences prefs = TestPrefs.fresh();
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final Queue<Runnable> background = new ArrayDeque<>();

    @TempDir
    Path dir;

    @AfterEach
    void tearDown() {
        TestPrefs.remove(prefs);
    }

    /** Bundled data from the fixture, files from the real loader. */
    private static final DataSource SOURCE = (file, progress) -> file == null
            ? new LoadResult(DatasetLoader.BUNDLED_NAME, TestData.congress(), List.of())
            : new DatasetLoader().load(file);

    private final TestFeatures features = new TestFeatures();

    private MainViewModel direct(DataSource source) {
        return new MainViewModel(source, Runnable::run, Runnable::run, dialogs, prefs, UiLanguage.ENGLISH,
                features.steps(), Frames.immediate());
    }

    /** The Places rows made with the data loaded. */
    private List<PlaceRow> rows(MainViewModel vm) {
        return vm.loaded().part(features.places.rows());
    }

    private Path copyOfBundledData() throws IOException {
        Files.createDirectories(dir.resolve("sources"));
        Files.copy(Path.of("data/congress-2016.json"), dir.resolve("congress-2016.json"));
        Files.copy(Path.of("data/sources/note-2016-11-30-krakow.txt"), dir.resolve("sources/note-2016-11-30-krakow.txt"));
        return dir.resolve("congress-2016.json");
    }

    @Test
    void opensTheBundledData() {
        MainViewModel vm = direct(SOURCE);
        assertNull(vm.loaded());
        vm.openBundled();
        Snapshot s = vm.loaded();
        assertEquals(15, s.part(features.places.rows()).size());
        assertEquals("congress-2016.json", s.fileName());
        assertNull(s.file());
        assertFalse(vm.loadingProperty().get());
        assertTrue(dialogs.problems.isEmpty());
    }

    @Test
    void aFileOpenedWhileDataIsShownStartsLoadingOnceTheWindowHasDrawnThatItIsOpening() throws IOException {
        Queue<Runnable> frames = new ArrayDeque<>();
        var vm = new MainViewModel(SOURCE, background::add, Runnable::run, dialogs, prefs, UiLanguage.ENGLISH, List.of(),
                frames::add);
        vm.openBundled();
        assertTrue(frames.isEmpty(), "at start-up nothing is shown: the load starts at once");
        assertEquals(1, background.size());
        background.poll().run();

        Path file = copyOfBundledData();
        vm.open(file);
        assertTrue(vm.loadingProperty().get(), "the window shows the file opening at once");
        assertTrue(background.isEmpty(), "but the load waits for the frame that shows it");
        frames.poll().run();
        assertTrue(background.isEmpty(), "that frame is laid out, not yet drawn");
        frames.poll().run();
        assertEquals(1, background.size(), "drawn: the load starts");
        background.poll().run();
        assertEquals(file, vm.loaded().file());

        vm.open(file);
        vm.cancelLoad();
        frames.poll().run();
        frames.poll().run();
        assertTrue(background.isEmpty(), "cancelled before it started: never started");
    }

    @Test
    void anInvalidFileShowsItsProblemsAndKeepsTheData() throws IOException {
        MainViewModel vm = direct(SOURCE);
        vm.openBundled();
        Snapshot before = vm.loaded();
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\n  \"schemaVersion\": 1,\n  \"places\": [ {\"id\": 1} ]\n}\n");
        vm.open(bad);
        assertSame(before, vm.loaded(), "the data shown before stays");
        assertEquals(1, dialogs.problems.size());
        var shown = dialogs.problems.get(0);
        assertFalse(shown.problems().isEmpty());
        assertTrue(shown.problems().stream().anyMatch(p -> p.line() > 0), "problems are located: " + shown.problems());
        assertTrue(shown.problems().get(0).format().contains("bad.json:"), shown.problems().get(0).format());
        assertTrue(vm.recentFiles().isEmpty(), "a file that failed is not a recent file");
    }

    @Test
    void aFailedOpenSaysWhichFileWasNotOpenedWithItsErrorCountAndWhatIsShownInstead() throws IOException {
        MainViewModel vm = direct(SOURCE);
        vm.openBundled();
        assertNull(vm.noticeProperty().get(), "nothing to say while the file asked for is shown");
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\n  \"schemaVersion\": 1,\n  \"places\": [ {\"id\": 1} ]\n}\n");
        vm.open(bad);
        LoadNotice notice = vm.noticeProperty().get();
        int errors = (int) dialogs.problems.get(0).problems().stream()
                .filter(p -> p.severity() == Problem.Severity.ERROR).count();
        assertEquals(LoadNotice.notOpened("bad.json", errors), notice);
        var pl = Messages.of(UiLanguage.POLISH);
        assertEquals("Nie otwarto „bad.json” (" + pl.count("status.errors", errors)
                + "). Zamiast tego wyświetlono: wbudowane dane (congress-2016.json).",
                notice.status(pl, "wbudowane dane (congress-2016.json)"));
        assertEquals("nie otwarto „bad.json”", notice.title(pl));
        vm.openBundled();
        assertNull(vm.noticeProperty().get(), "opening another file clears it");
    }

    @Test
    void theNoticeCountsInNaturalPolishAndEnglish() {
        var pl = Messages.of(UiLanguage.POLISH);
        var en = Messages.of(UiLanguage.ENGLISH);
        assertEquals("Nie otwarto „x.json” (1 błąd). Zamiast tego wyświetlono: congress-2016.json.",
                LoadNotice.notOpened("x.json", 1).status(pl, "congress-2016.json"));
        assertEquals("Nie otwarto „x.json” (3 błędy). Nie są wyświetlane żadne dane.",
                LoadNotice.notOpened("x.json", 3).status(pl, null));
        assertEquals("Nie otwarto „x.json” (5 błędów). Zamiast tego wyświetlono: y.json.",
                LoadNotice.notOpened("x.json", 5).status(pl, "y.json"));
        assertEquals("x.json was not opened (1 error). Showing instead: y.json.",
                LoadNotice.notOpened("x.json", 1).status(en, "y.json"));
        assertEquals("x.json was not opened. Showing instead: y.json.",
                LoadNotice.notOpened("x.json", 0).status(en, "y.json"), "the loader failed: no count to give");
        assertEquals("Loading the bundled data was cancelled. No data is shown.",
                LoadNotice.cancelled(null).status(en, null));
        assertEquals("Przerwano otwieranie „x.json”. Nie są wyświetlane żadne dane.",
                LoadNotice.cancelled("x.json").status(pl, null));
        assertNull(LoadNotice.cancelled("x.json").title(en), "the title names what is shown; nothing changed");
    }

    @Test
    void cancellingTheFirstLoadSaysSoAndTheBundledDataCanStillBeOpened() {
        var vm = new MainViewModel(SOURCE, background::add, Runnable::run, dialogs, prefs, UiLanguage.ENGLISH,
                features.steps(), Frames.immediate());
        vm.openBundled();
        vm.cancelLoad();
        assertEquals(LoadNotice.cancelled(null), vm.noticeProperty().get());
        background.poll().run(); // the cancelled load ends: its data is not shown
        assertNull(vm.loaded());
        assertEquals(LoadNotice.cancelled(null), vm.noticeProperty().get());
        vm.openBundled();
        background.poll().run();
        assertEquals(15, rows(vm).size());
        assertNull(vm.noticeProperty().get());
        vm.open(Path.of("/elsewhere/x.json"));
        vm.cancelLoad();
        assertNull(vm.noticeProperty().get(), "cancelled with data shown: the data stays, nothing to explain");
    }

    @Test
    void aLastFileThatNoLongerLoadsFallsBackToTheBundledData() {
        MainViewModel vm = direct(SOURCE);
        vm.openOrElseBundled(dir.resolve("gone.json"));
        assertEquals(1, dialogs.problems.size(), "the user is told why");
        assertEquals(15, rows(vm).size(), "and sees the bundled data, not an empty window");
        assertNull(vm.loaded().file());
    }

    @Test
    void aValidFileBecomesTheLastAndRecentFile() throws IOException {
        MainViewModel vm = direct(SOURCE);
        Path file = copyOfBundledData();
        vm.open(file);
        assertEquals(file, vm.loaded().file());
        assertEquals("congress-2016.json", vm.loaded().fileName());
        assertEquals(Optional.of(file.toAbsolutePath()), prefs.lastFile());
        assertEquals(List.of(file.toAbsolutePath()), List.copyOf(vm.recentFiles()));
        vm.open(vm.loaded().file()); // File › Reload
        assertEquals(file, vm.loaded().file());
        assertEquals(1, vm.recentFiles().size());
    }

    @Test
    void loadsOffTheUiThreadAndCanBeCancelled() {
        MainViewModel vm = new MainViewModel(SOURCE, background::add, Runnable::run, dialogs, prefs, UiLanguage.ENGLISH);
        vm.openBundled();
        assertTrue(vm.loadingProperty().get(), "loading until the background task has run");
        assertNull(vm.loaded());
        vm.cancelLoad();
        assertFalse(vm.loadingProperty().get());
        background.poll().run();
        assertNull(vm.loaded(), "a cancelled load is dropped");
        assertTrue(dialogs.problems.isEmpty() && dialogs.errors.isEmpty());
    }

    @Test
    void progressReachesTheUi() {
        var ui = new ArrayDeque<Runnable>();
        DataSource slow = (file, progress) -> {
            progress.progress(50, 100);
            return SOURCE.load(file, progress);
        };
        MainViewModel vm = new MainViewModel(slow, background::add, ui::add, dialogs, prefs, UiLanguage.ENGLISH);
        vm.openBundled();
        assertEquals(-1, vm.progressProperty().get());
        background.poll().run();
        ui.poll().run();
        assertEquals(0.5, vm.progressProperty().get());
        ui.poll().run();
        assertNotNull(vm.loaded());
        assertEquals(-1, vm.progressProperty().get());
    }

    @Test
    void onceEveryByteIsReadTheBarSaysBusyNotDoneWhileTheDataAreStillPrepared() {
        var ui = new ArrayDeque<Runnable>();
        DataSource read = (file, progress) -> {
            progress.progress(100, 100);
            return SOURCE.load(file, progress);
        };
        MainViewModel vm = new MainViewModel(read, background::add, ui::add, dialogs, prefs, UiLanguage.ENGLISH);
        vm.openBundled();
        background.poll().run();
        ui.poll().run();
        assertTrue(vm.loadingProperty().get(), "still loading");
        assertEquals(-1, vm.progressProperty().get(), "indeterminate, not a full bar");
    }

    @Test
    void aFailingLoaderIsReportedNotThrown() {
        MainViewModel vm = direct((file, progress) -> {
            throw new IllegalStateException("disk on fire");
        });
        vm.openBundled();
        assertEquals(1, dialogs.errors.size());
        assertTrue(dialogs.errors.get(0).message().contains("disk on fire"));
        assertFalse(vm.loadingProperty().get());
    }

    @Test
    void switchingLanguagePreparesAgainOnlyWhatDependsOnTheLanguage() {
        MainViewModel vm = direct(SOURCE);
        vm.openBundled();
        Snapshot english = vm.loaded();
        vm.languageProperty().set(UiLanguage.POLISH);
        Snapshot polish = vm.loaded();
        assertNotSame(english.part(features.places.rows()), polish.part(features.places.rows()), "the rows: made again");
        assertSame(english.part(features.timeline.layout()), polish.part(features.timeline.layout()),
                "the timeline's layout: kept");
        assertSame(english.index(), polish.index(), "the index: kept");
    }

    @Test
    void switchingLanguageTranslatesTheRowsAndIsRemembered() {
        MainViewModel vm = direct(SOURCE);
        vm.openBundled();
        vm.languageProperty().set(UiLanguage.POLISH);
        assertEquals(UiLanguage.POLISH, vm.messages().language());
        assertEquals("Koszyce", rows(vm).stream().filter(r -> r.id().equals("kosice")).findFirst()
                .orElseThrow().name());
        assertEquals(Optional.of(UiLanguage.POLISH), prefs.language());
        assertFalse(vm.busy());
    }

    @Test
    void aSwitchMakesWhatAFreshLoadInThatLanguageWouldMake() {
        MainViewModel vm = direct(SOURCE);
        vm.openBundled();
        vm.languageProperty().set(UiLanguage.POLISH);
        Snapshot switched = vm.loaded();
        var fresh = new MainViewModel(SOURCE, Runnable::run, Runnable::run, dialogs, prefs, UiLanguage.POLISH,
                features.steps(), Frames.immediate());
        fresh.openBundled();
        for (DatasetStep<?> step : features.steps()) {
            Object a = switched.part(step);
            Object b = fresh.loaded().part(step);
            assertEquals(b == null, a == null, "a part for each step that makes one: " + step);
        }
        assertEquals(fresh.loaded().part(features.places.rows()).stream().map(r -> r.name() + "|" + r.country()).toList(),
                rows(vm).stream().map(r -> r.name() + "|" + r.country()).toList(), "the Places rows, in Polish");
    }

    @Test
    void themeIsRemembered() {
        MainViewModel vm = direct(SOURCE);
        vm.themeProperty().set(AppPreferences.Theme.DARK);
        assertEquals(AppPreferences.Theme.DARK, prefs.theme());
    }
}
