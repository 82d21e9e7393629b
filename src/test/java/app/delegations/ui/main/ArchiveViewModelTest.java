package app.delegations.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.delegations.data.DatasetLoader;
import app.delegations.data.LoadResult;
import app.delegations.ui.RecordingDialogs;
import app.delegations.ui.TestArchive;
import app.delegations.ui.TestData;
import app.delegations.ui.TestPrefs;
import app.delegations.ui.common.AppPreferences;
import app.delegations.ui.common.Frames;
import app.delegations.ui.common.Messages;
import app.delegations.ui.common.UiLanguage;
import app.delegations.ui.places.PlaceRow;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Queue;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An archive folder in the window's document, on the real loaders: opened as one set of records, remembered,
 * read again when its files change (the watch replaced by the test, which reports the changes itself), and
 * reopened at the next start.
 */
class ArchiveViewModelTest {
    private final AppPreferences prefs = TestPrefs.fresh();
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final TestFeatures features = new TestFeatures();
    /** The folders watched, in turn, and whether each watch was stopped. */
    private final List<Path> watched = new ArrayList<>();
    private final List<Path> stopped = new ArrayList<>();
    private Consumer<Set<Path>> report;

    /** Bundled data from the fixture; files and archives from the real loaders. */
    private static final DataSource SOURCE = (file, progress) -> file == null
            ? new LoadResult(DatasetLoader.BUNDLED_NAME, TestData.congress(), List.of())
            : new DatasetLoader().load(file);

    @TempDir
    Path dir;

    @AfterEach
    void tearDown() {
        TestPrefs.remove(prefs);
    }

    private final FolderWatch.Starter fakeWatch = (folder, changed) -> {
        watched.add(folder);
        report = changed;
        return () -> stopped.add(folder);
    };

    private MainViewModel direct() {
        return new MainViewModel(SOURCE, Runnable::run, Runnable::run, dialogs, prefs, UiLanguage.ENGLISH,
                features.steps(), Frames.immediate(), fakeWatch, ReadingShown.AS_READ);
    }

    private List<String> places(MainViewModel vm) {
        return vm.loaded().part(features.places.rows()).stream().map(PlaceRow::name).sorted().toList();
    }

    @Test
    void anArchiveFolderOpensAsOneSetOfRecordsNamedByTheFolder() {
        Path office = TestArchive.krakow(dir, "office");
        TestArchive.write(office, "b.json", "LT", "Litwa", "Lithuania", "vilnius", "Wilno");
        MainViewModel vm = direct();
        vm.open(office);
        assertEquals(List.of("Kraków", "Wilno"), places(vm));
        assertEquals("office", vm.loaded().fileName());
        assertEquals(office, vm.loaded().file());
        assertNotNull(vm.loaded().archive());
        assertEquals(Optional.of(office.toAbsolutePath()), prefs.lastFile());
        assertTrue(prefs.lastIsArchive(), "remembered as an archive");
        assertEquals(List.of(office.toAbsolutePath()), vm.recentFiles());
        assertEquals(List.of(office), watched, "its folder is watched");
        assertTrue(dialogs.problems.isEmpty() && dialogs.errors.isEmpty());
    }

    @Test
    void aFileAddedToTheFolderIsReadWithoutReopening() {
        Path office = TestArchive.krakow(dir, "office");
        MainViewModel vm = direct();
        vm.open(office);
        Snapshot before = vm.loaded();
        Path added = TestArchive.write(office, "b.json", "LT", "Litwa", "Lithuania", "vilnius", "Wilno");
        report.accept(Set.of(added));
        assertEquals(List.of("Kraków", "Wilno"), places(vm));
        assertSame(before.archive().parts().get(0), vm.loaded().archive().parts().get(0),
                "the file that did not change is not read again");
        assertFalse(vm.busy());
        assertEquals(List.of(office), watched, "still the one watch");
        assertEquals(LoadNotice.reread(List.of("b.json")), vm.noticeProperty().get(),
                "a colleague's file read again is said, so a change under the officer's eyes has its reason");
    }

    @Test
    void aFileRewrittenAsItWasSaysNothing() {
        Path office = TestArchive.krakow(dir, "office");
        MainViewModel vm = direct();
        vm.open(office);
        Path added = TestArchive.write(office, "b.json", "LT", "Litwa", "Lithuania", "vilnius", "Wilno");
        report.accept(Set.of(added)); // a colleague's file: said
        Path same = TestArchive.write(office, "b.json", "LT", "Litwa", "Lithuania", "vilnius", "Wilno"); // as a save
        report.accept(Set.of(same));
        assertEquals(List.of("Kraków", "Wilno"), places(vm));
        assertNull(vm.noticeProperty().get(), "the office's own save reads back what is shown: nothing to say,"
                + " and the colleague's change said before is no longer news");
    }

    @Test
    void aHalfWrittenFileKeepsWhatIsShownAndSaysWhereTheProblemIsUntilTheNextGoodSave() {
        Path office = TestArchive.krakow(dir, "office");
        MainViewModel vm = direct();
        vm.open(office);
        Snapshot good = vm.loaded();
        Path b = TestArchive.halfWritten(office, "b.json");
        report.accept(Set.of(b));
        assertSame(good, vm.loaded(), "what is shown stays");
        LoadNotice notice = vm.noticeProperty().get();
        assertEquals(LoadNotice.Kind.NOT_RELOADED, notice.kind());
        assertTrue(notice.problems().stream().allMatch(p -> p.file().equals("b.json")), notice.problems().toString());
        String status = notice.status(Messages.of(UiLanguage.ENGLISH), "archive folder " + office);
        assertTrue(status.startsWith("The archive office was not reloaded (1 error): b.json:3:"), status);
        assertTrue(status.endsWith(". The previously loaded data is still shown."), status);
        assertTrue(dialogs.problems.isEmpty(), "no dialog: a reload may fail at every save");

        TestArchive.write(office, "c.json", "SK", "Słowacja", "Slovakia", "kosice", "Koszyce");
        report.accept(Set.of(office.resolve("c.json"))); // another file saved: b.json is still read again
        assertSame(good, vm.loaded(), "b.json is still half-written");

        TestArchive.write(office, "b.json", "LT", "Litwa", "Lithuania", "vilnius", "Wilno");
        report.accept(Set.of(b));
        assertEquals(List.of("Koszyce", "Kraków", "Wilno"), places(vm));
        assertEquals(LoadNotice.reread(List.of("b.json", "c.json")), vm.noticeProperty().get(),
                "the good save clears the error's notice; the files read again are said");
    }

    @Test
    void aChangedSourceTextReadsEveryFileAgain() throws IOException {
        Path office = TestArchive.krakow(dir, "office");
        MainViewModel vm = direct();
        vm.open(office);
        Snapshot before = vm.loaded();
        Files.createDirectories(office.resolve("sources"));
        report.accept(Set.of(Files.writeString(office.resolve("sources/note.txt"), "a note")));
        assertTrue(before.archive().parts().get(0) != vm.loaded().archive().parts().get(0), "a.json was read again");
        assertEquals(List.of("Kraków"), places(vm));
    }

    @Test
    void openingAFileStopsWatchingTheArchive() throws IOException {
        Path office = TestArchive.krakow(dir, "office");
        MainViewModel vm = direct();
        vm.open(office);
        Path file = Files.copy(office.resolve("a.json"), dir.resolve("one.json"));
        vm.open(file);
        assertEquals(List.of(office), stopped);
        assertNull(vm.loaded().archive());
        assertFalse(prefs.lastIsArchive());
        report.accept(Set.of(office.resolve("a.json"))); // a late report of the old watch changes nothing
        assertEquals(file, vm.loaded().file());
    }

    @Test
    void theArchiveShownLastIsReopenedAndAGoneOneFallsBackToTheBundledDataWithANotice() {
        Path office = TestArchive.krakow(dir, "office");
        MainViewModel vm = direct();
        vm.reopen(office, true);
        assertEquals(List.of("Kraków"), places(vm));

        MainViewModel next = direct();
        next.reopen(dir.resolve("gone"), true);
        assertEquals(DatasetLoader.BUNDLED_NAME, next.loaded().fileName());
        LoadNotice notice = next.noticeProperty().get();
        assertEquals(LoadNotice.missing(dir.resolve("gone").toString()), notice);
        assertEquals("The archive folder " + dir.resolve("gone") + " no longer exists. Showing instead: "
                + "congress-2016.json.", notice.status(Messages.of(UiLanguage.ENGLISH), "congress-2016.json"));
        assertTrue(dialogs.problems.isEmpty() && dialogs.errors.isEmpty(), "no dialog at start");
    }

    @Test
    void cancellingAnArchiveLoadKeepsWhatIsShown() {
        Queue<Runnable> background = new ArrayDeque<>();
        Path office = TestArchive.krakow(dir, "office");
        var vm = new MainViewModel(SOURCE, background::add, Runnable::run, dialogs, prefs, UiLanguage.ENGLISH,
                features.steps(), Frames.immediate(), fakeWatch, ReadingShown.AS_READ);
        vm.openBundled();
        background.poll().run();
        Snapshot bundled = vm.loaded();
        vm.open(office);
        assertTrue(vm.loadingProperty().get());
        assertEquals("office", vm.loadingNameProperty().get());
        vm.cancelLoad();
        background.poll().run(); // the cancelled load ends: its data is not shown
        assertSame(bundled, vm.loaded());
        assertFalse(vm.busy());
        assertEquals(List.of(), watched);
        assertNull(vm.noticeProperty().get(), "data is shown: nothing to say");
    }
}
