package app.delegations;

import static app.delegations.AppTest.fx;
import static app.delegations.AppTest.settled;
import static app.delegations.AppTest.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.delegations.data.ArchiveLoader;
import app.delegations.data.DatasetLoader;
import app.delegations.data.LoadProgress;
import app.delegations.data.WorldCountries;
import app.delegations.data.edit.Change;
import app.delegations.data.edit.EditArchive;
import app.delegations.data.edit.RecordEdit;
import app.delegations.data.write.CanonicalWriter;
import app.delegations.model.Dataset;
import app.delegations.model.Entity;
import app.delegations.model.Place;
import app.delegations.ui.KeepsJvmDefaults;
import app.delegations.ui.RecordingDialogs;
import app.delegations.ui.common.AppPreferences;
import app.delegations.ui.edit.EditSession;
import app.delegations.ui.main.Snapshot;
import app.delegations.ui.places.PlaceRow;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import javafx.collections.ListChangeListener;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The officer has an unsaved change when a colleague's save is read again: the window goes straight from the
 * officer's records to the officer's records with the colleague's change, never showing the files as read in
 * between; when the colleague changed the same record, the officer is told and the unsaved change stays.
 */
@ExtendWith({KeepsJvmDefaults.class, ApplicationExtension.class})
class ReadAgainWhileEditingTest {
    private App app;
    private AppPreferences prefs;
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private Path office;
    /** Every English name of Lviv the window showed since the officer's edit: in a snapshot or a table row. */
    private final List<String> lvivShown = new ArrayList<>();

    @TempDir
    Path dir;

    @Start
    void start(Stage stage) {
        prefs = TestWindows.englishPrefs();
        app = TestWindows.start(stage, prefs, dialogs);
    }

    @BeforeEach
    void openTheArchiveAndRenameLviv(FxRobot robot) {
        office = EditArchive.write(dir, "office");
        waitUntil(() -> settled(app));
        fx(() -> dialogs.foldersToChoose.add(office));
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.O).release(KeyCode.O, KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil(() -> settled(app) && app.workspace().current().archive() != null);
        CompletableFuture<Boolean> renamed = fx(() -> {
            Place p = session().dataset().place("lviv").orElseThrow();
            return session().commit(Change.of(RecordEdit.replace(p, EditArchive.renamed(p, "Lvov"))));
        });
        waitUntil(renamed::isDone);
        assertTrue(renamed.join());
        waitUntil(() -> settled(app) && places().contains("Lvov"));
        robot.interact(() -> table().getSelectionModel().select(row("Lvov")));
        waitUntil(() -> settled(app));
        fx(() -> {
            app.workspace().main().loadedProperty().addListener((o, a, s) -> noteLviv(s));
            app.workspace().currentProperty().addListener((o, a, s) -> noteLviv(s));
            TestWindows.places(app).items().addListener((ListChangeListener<PlaceRow>) c -> c.getList().stream()
                    .filter(r -> r.id().equals("lviv")).forEach(r -> lvivShown.add(r.name())));
            return null;
        });
    }

    @AfterEach
    void tearDown(FxRobot robot) {
        TestWindows.close(robot, app, prefs);
    }

    private void noteLviv(Snapshot s) {
        if (s != null) {
            s.dataset().place("lviv").ifPresent(p -> lvivShown.add(p.names().en()));
        }
    }

    private EditSession session() {
        return app.editing().session();
    }

    private TableView<PlaceRow> table() {
        return TestWindows.placesView(app).table();
    }

    private PlaceRow row(String name) {
        return table().getItems().stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow();
    }

    private List<String> places() {
        return fx(() -> table().getItems().stream().map(PlaceRow::name).sorted().toList());
    }

    private String title() {
        return fx(() -> app.stage().getTitle());
    }

    private Entity selected() {
        return fx(() -> app.workspace().selection().get());
    }

    /** The colleague's save of {@code file}, read again as the folder's watch reports it. */
    private void colleagueSaves(String file, Dataset records) throws IOException {
        Path saved = Files.write(office.resolve(file), CanonicalWriter.write(records));
        fx(() -> {
            app.workspace().main().filesChanged(Set.of(saved));
            return null;
        });
    }

    private Dataset onDisk() {
        return new ArchiveLoader(new DatasetLoader(new WorldCountries())).open(office, LoadProgress.NONE).result()
                .datasetOrNull();
    }

    @Test
    void aColleaguesChangeToAnotherFileAppearsAndTheOfficersRenameNeverLeavesTheTable() throws IOException {
        Place kyiv = EditArchive.place("kyiv", "Kijów", "Kyiv", "UA");
        colleagueSaves("2016-congress.json", EditArchive.file(List.of(EditArchive.POLAND, EditArchive.UKRAINE),
                List.of(EditArchive.KRAKOW, kyiv), List.of(EditArchive.CONGRESS, EditArchive.SESSION)));
        waitUntil(() -> settled(app) && places().contains("Kyiv"));

        assertEquals(List.of("Krakow", "Kyiv", "Lvov"), places(), "the colleague's place and the officer's name");
        assertFalse(lvivShown.contains("Lviv"), "the name on disk was never shown: " + lvivShown);
        assertTrue(title().endsWith("•"), "still unsaved: " + title());
        assertEquals("Lvov", ((Place) selected()).names().en(), "the edited record stays selected");
        assertEquals("Lvov", fx(() -> table().getSelectionModel().getSelectedItem().name()));
        assertEquals(List.of(), dialogs.problems);
        assertEquals(List.of(), dialogs.errors);
    }

    @Test
    void aColleaguesChangeToTheSameRecordIsToldAndTheOfficersRenameStays(FxRobot robot) throws IOException {
        Place lemberg = EditArchive.renamed(EditArchive.LVIV, "Lemberg");
        List<Place> both = List.of(EditArchive.KRAKOW, lemberg);
        List<Path> files = List.of(office.resolve("places.json"), office.resolve("2016-congress.json"));
        Files.write(files.get(0), CanonicalWriter.write(EditArchive.file(List.of(EditArchive.POLAND,
                EditArchive.UKRAINE), both, List.of())));
        colleagueSaves("2016-congress.json", EditArchive.file(List.of(EditArchive.POLAND, EditArchive.UKRAINE), both,
                List.of(EditArchive.CONGRESS, EditArchive.SESSION)));
        waitUntil(() -> settled(app) && !dialogs.problems.isEmpty());

        assertTrue(dialogs.problems.get(0).problems().toString().contains("lviv"), dialogs.problems.toString());
        assertEquals(List.of("Krakow", "Lvov"), places(), "the unsaved change is kept, and shown");
        assertFalse(lvivShown.contains("Lviv") || lvivShown.contains("Lemberg"), "only the officer's: " + lvivShown);
        assertTrue(title().endsWith("•"), "still unsaved: " + title());
        assertEquals("Lvov", ((Place) selected()).names().en());

        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL); // the choices: cancelled
        waitUntil(() -> settled(app) && !dialogs.asked.isEmpty());
        String told = dialogs.asked.get(0).message();
        assertTrue(told.contains("places.json") && told.contains("2016-congress.json"), told);
        assertEquals("Lemberg", onDisk().place("lviv").orElseThrow().names().en(), "Save refused to overwrite");
        assertEquals(List.of("Krakow", "Lvov"), places());
    }
}
