package app.delegations.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.delegations.data.DatasetLoader;
import app.delegations.ui.DatasetEdits;
import app.delegations.model.Dataset;
import app.delegations.model.Place;
import app.delegations.ui.RecordingDialogs;
import app.delegations.ui.TestArchive;
import app.delegations.ui.TestPrefs;
import app.delegations.ui.common.AppPreferences;
import app.delegations.ui.common.Frames;
import app.delegations.ui.common.UiLanguage;
import app.delegations.ui.places.PlaceRow;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The archive shown read again while the edit session has unsaved changes: the window shows nothing of the
 * reading until the session has said what to show of it, then that, once, as an update of what it showed; the
 * newest reading wins. The session is a double whose answers the test gives.
 */
class ReadingShownTest {
    private final AppPreferences prefs = TestPrefs.fresh();
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final TestFeatures features = new TestFeatures();
    /** The readings the session was asked about and not yet answered, oldest first. */
    private final List<Dataset> asked = new ArrayList<>();
    private final List<CompletableFuture<Dataset>> answers = new ArrayList<>();
    private final List<Snapshot> shown = new ArrayList<>();
    private boolean unsaved;
    private Consumer<Set<Path>> report;
    private MainViewModel vm;
    private Path office;

    @TempDir
    Path dir;

    @BeforeEach
    void open() {
        office = TestArchive.krakow(dir, "office");
        vm = new MainViewModel((file, progress) -> new DatasetLoader().load(file), Runnable::run, Runnable::run,
                dialogs, prefs, UiLanguage.ENGLISH, features.steps(), Frames.immediate(), (folder, changed) -> {
                    report = changed;
                    return () -> { };
                }, (read, archive) -> {
                    if (!unsaved) {
                        return CompletableFuture.completedFuture(read);
                    }
                    var answer = new CompletableFuture<Dataset>();
                    asked.add(read);
                    answers.add(answer);
                    return answer;
                });
        vm.loadedProperty().addListener((o, a, b) -> shown.add(b));
        vm.open(office);
        shown.clear();
        unsaved = true; // from now on, the session holds an unsaved change
    }

    @AfterEach
    void tearDown() {
        TestPrefs.remove(prefs);
    }

    private List<String> places() {
        return vm.loaded().part(features.places.rows()).stream().map(PlaceRow::name).sorted().toList();
    }

    /** What the session shows of {@code read}: its Kraków renamed (the unsaved change on the files as read). */
    private static Dataset withUnsavedChange(Dataset read) {
        Place krakow = DatasetEdits.renamed(read, "krakow", "Cracow");
        return DatasetEdits.with(read, krakow);
    }

    @Test
    void aReadingIsShownOnlyOnceTheSessionAnswersAndThenAsItsAnswer() {
        Snapshot before = vm.loaded();
        PlaceRow krakowRow = before.part(features.places.rows()).get(0);
        report.accept(Set.of(TestArchive.write(office, "b.json", "LT", "Litwa", "Lithuania", "vilnius", "Wilno")));

        assertSame(before, vm.loaded(), "nothing of the files as read is shown while the session checks");
        assertEquals(List.of(), shown);
        assertTrue(vm.busy(), "the reading is still on its way");
        answers.get(0).complete(withUnsavedChange(asked.get(0)));

        assertEquals(1, shown.size(), "shown once");
        assertEquals(List.of("Cracow", "Wilno"), places(), "the colleague's file and the unsaved change");
        assertEquals(before.version(), vm.loaded().patches().basis(), "an update of what was shown");
        assertEquals(2, vm.loaded().archive().files().size(), "of the archive as read");
        assertFalse(vm.busy());
        assertEquals("Kraków", krakowRow.name());
        assertTrue(dialogs.problems.isEmpty() && dialogs.errors.isEmpty());
    }

    @Test
    void aReadingTheSessionShowsAsReadIsShownAsRead() {
        report.accept(Set.of(TestArchive.write(office, "b.json", "LT", "Litwa", "Lithuania", "vilnius", "Wilno")));
        answers.get(0).complete(asked.get(0));
        assertSame(asked.get(0), vm.loaded().dataset(), "the reading itself, as prepared with it");
        assertEquals(List.of("Kraków", "Wilno"), places());
        assertEquals(1, shown.size());
    }

    @Test
    void theAnswerAboutAnOlderReadingIsDropped() {
        report.accept(Set.of(TestArchive.write(office, "b.json", "LT", "Litwa", "Lithuania", "vilnius", "Wilno")));
        report.accept(Set.of(TestArchive.write(office, "c.json", "SK", "Słowacja", "Slovakia", "kosice", "Koszyce")));
        answers.get(1).complete(withUnsavedChange(asked.get(1)));
        answers.get(0).complete(withUnsavedChange(asked.get(0)));

        assertEquals(List.of("Cracow", "Koszyce", "Wilno"), places(), "the newest reading");
        assertEquals(1, shown.size());
        assertFalse(vm.busy());
    }

    @Test
    void aReadingStillWaitingIsWhatTheNextOneStartsFrom() {
        report.accept(Set.of(TestArchive.write(office, "b.json", "LT", "Litwa", "Lithuania", "vilnius", "Wilno")));
        report.accept(Set.of(TestArchive.write(office, "c.json", "SK", "Słowacja", "Slovakia", "kosice", "Koszyce")));
        assertEquals(3, asked.get(1).places().size(), "b.json, read by the first reading, is in the second");
        answers.get(1).complete(asked.get(1));
        assertEquals(List.of("Koszyce", "Kraków", "Wilno"), places());
    }

    @Test
    void anEditShownAfterAReadingIsOfTheArchiveAsReadThen() {
        report.accept(Set.of(TestArchive.write(office, "b.json", "LT", "Litwa", "Lithuania", "vilnius", "Wilno")));
        answers.get(0).complete(withUnsavedChange(asked.get(0)));
        Dataset now = vm.loaded().dataset();
        vm.showEdited(DatasetEdits.with(now, DatasetEdits.renamed(now, "vilnius", "Vilnius")), List.of());

        assertEquals(List.of("Cracow", "Vilnius"), places());
        assertEquals(2, vm.loaded().archive().files().size());
    }
}
