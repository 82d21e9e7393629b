package app.delegations;

import static app.delegations.AppTest.fx;
import static app.delegations.AppTest.settled;
import static app.delegations.AppTest.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.delegations.data.Archive;
import app.delegations.data.edit.EditArchive;
import app.delegations.model.Dataset;
import app.delegations.model.Event;
import app.delegations.model.Participation;
import app.delegations.model.PlaceRole;
import app.delegations.ui.RecordingDialogs;
import app.delegations.ui.common.AppPreferences;
import app.delegations.ui.details.DetailsFeature;
import app.delegations.ui.events.EventRow;
import app.delegations.ui.events.EventsFeature;
import app.delegations.ui.forms.FormModel;
import app.delegations.ui.forms.FormRow;
import app.delegations.ui.forms.Forms;
import app.delegations.ui.places.PlaceRow;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TableView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
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
 * An officer records the 12 March 2025 visit of a Kyiv delegation to Kraków in the window: the new place Kyiv
 * (its country from the world list) from the "+" of Places, then the event from New (Ctrl+N), saved with Ctrl+S;
 * the archive opened again, searching "Kyiv" finds the visit. (Citing its source is the Source view's story.)
 */
@ExtendWith(ApplicationExtension.class)
class RecordVisitStoryTest {
    private App app;
    private AppPreferences prefs;
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private Path office;

    @TempDir
    Path dir;

    @Start
    void start(Stage stage) {
        prefs = TestWindows.englishPrefs();
        app = TestWindows.start(stage, prefs, dialogs);
    }

    @BeforeEach
    void openTheArchive(FxRobot robot) {
        office = EditArchive.write(dir, "office");
        waitUntil(() -> settled(app));
        openArchive(robot);
    }

    @AfterEach
    void tearDown(FxRobot robot) {
        TestWindows.close(robot, app, prefs);
    }

    private void openArchive(FxRobot robot) {
        fx(() -> dialogs.foldersToChoose.add(office));
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.O).release(KeyCode.O, KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil(() -> settled(app) && app.workspace().current().archive() != null);
    }

    private FormModel form() {
        return fx(() -> TestWindows.feature(app, DetailsFeature.class).forms().openProperty().get());
    }

    private void type(FxRobot robot, String field, String text) {
        waitUntil(() -> robot.lookup("#field-" + field).tryQuery().isPresent());
        TextField f = robot.lookup("#field-" + field).query() instanceof DatePicker p ? p.getEditor()
                : robot.lookup("#field-" + field).queryAs(TextField.class);
        robot.interact(() -> f.getParent().requestFocus());
        robot.clickOn(f);
        robot.write(text);
    }

    private void set(FxRobot robot, String path, String value) {
        robot.interact(() -> form().field(path).valueProperty().set(value));
    }

    private void apply(FxRobot robot) {
        waitUntil(() -> form().canApplyProperty().get());
        robot.interact(() -> robot.lookup("#recordForm").queryAs(ScrollPane.class).setVvalue(1));
        robot.clickOn("#formApply");
        waitUntil(() -> settled(app) && form() == null);
    }

    @Test
    void f2InThePlacesTableOpensTheSelectedPlacesForm(FxRobot robot) {
        TableView<PlaceRow> places = robot.lookup("#placesTable").queryTableView();
        robot.interact(() -> places.getSelectionModel().select(0));
        String id = fx(() -> places.getSelectionModel().getSelectedItem().id());
        robot.clickOn(robot.lookup("#placesTable .table-row-cell").nth(0).queryAs(Node.class));
        robot.press(KeyCode.F2).release(KeyCode.F2); // the table's own F2 (cell editing) must not swallow it
        waitUntil(() -> form() != null);
        assertEquals(id, fx(() -> form().idProperty().get()));
    }

    @Test
    void recordTheVisitOfAKyivDelegationToKrakowSaveReopenAndFindIt(FxRobot robot) {
        robot.clickOn("#newPlace");
        type(robot, "names-pl", "Kijow");
        type(robot, "names-en", "Kyiv");
        set(robot, "names.native", "Київ");
        set(robot, "country", "UA"); // picked from the world list
        waitUntil(() -> robot.lookup("#formId").queryAs(TextField.class).getText().equals("kyiv"));
        apply(robot);

        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        waitUntil(() -> form() != null);
        fx(() -> {
            TestWindows.feature(app, DetailsFeature.class).forms().changeKind(Event.class);
            return null;
        });
        type(robot, "title-pl", "Wizyta delegacji Kijowa");
        type(robot, "title-en", "Visit of a Kyiv delegation");
        set(robot, "title.native", "Візит делегації Києва");
        type(robot, "start", "12 Mar 2025");
        set(robot, "place", "krakow");
        fx(() -> {
            FormRow host = form().rows("participants").add();
            host.fields().get(0).valueProperty().set("krakow");
            host.fields().get(1).valueProperty().set(PlaceRole.HOST.json());
            FormRow guest = form().rows("participants").add();
            guest.fields().get(0).valueProperty().set("kyiv");
            return null;
        });
        apply(robot);

        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        waitUntil(() -> settled(app) && !app.editing().session().dirty());
        assertEquals(List.of(), dialogs.errors);

        openArchive(robot);
        Dataset shown = fx(() -> app.workspace().current().dataset());
        Event visit = shown.events().stream().filter(e -> e.title().en().equals("Visit of a Kyiv delegation"))
                .findFirst().orElseThrow(() -> new AssertionError("the saved visit is read again: " + shown));
        assertEquals(LocalDate.of(2025, 3, 12), visit.start());
        assertEquals("krakow", visit.place());
        assertEquals(List.of("krakow", "kyiv"), visit.participants().stream().map(Participation::place).toList());
        Archive onDisk = EditArchive.open(office);
        assertEquals(List.of(), onDisk.result().problems(), "the archive on disk loads without problems");

        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        robot.write("Kyiv");
        waitUntil(() -> settled(app) && TestWindows.feature(app, EventsFeature.class).viewModel().items().stream()
                .map(EventRow::id).toList().equals(List.of(visit.id())));
        assertTrue(fx(() -> TestWindows.places(app).items().stream().anyMatch(r -> r.id().equals("kyiv"))));
    }
}
