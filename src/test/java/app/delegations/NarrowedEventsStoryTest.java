package app.delegations;

import static app.delegations.AppTest.fx;
import static app.delegations.AppTest.settled;
import static app.delegations.AppTest.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.delegations.model.Event;
import app.delegations.model.PlaceRole;
import app.delegations.ui.details.DetailsFeature;
import app.delegations.ui.events.EventRow;
import app.delegations.ui.forms.FormRow;
import app.delegations.ui.places.PlaceRow;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/**
 * "Events with Košice" follows the data: an officer narrows the Events table to Košice (Places › Košice, then
 * Ctrl+6), records a new visit with Košice as a participant (Ctrl+N), applies and saves it; the narrowed table lists
 * the visit at once, still after Košice is selected again, and no longer after Undo.
 */
class NarrowedEventsStoryTest extends WindowStory {
    private static final String VISIT_EN = "Visit of a Košice delegation to Kraków";

    private Path office;

    @TempDir
    Path dir;

    @BeforeEach
    void openTheCongress(FxRobot robot) throws IOException {
        office = dir.resolve("office");
        Files.createDirectories(office.resolve("sources"));
        Files.copy(Path.of("data/congress-2016.json"), office.resolve("congress-2016.json"));
        Files.copy(Path.of("data/sources/note-2016-11-30-krakow.txt"),
                office.resolve("sources/note-2016-11-30-krakow.txt"));
        openArchive(robot, office);
    }

    private void keys(FxRobot robot, KeyCode key) {
        robot.press(KeyCode.CONTROL, key).release(key, KeyCode.CONTROL);
        waitUntil(() -> settled(app));
    }

    private void selectKosiceInPlaces(FxRobot robot) {
        keys(robot, KeyCode.DIGIT1);
        robot.clickOn(robot.lookup("#placesTable .table-row-cell").match((Node n) ->
                n instanceof TableRow<?> r && r.getItem() instanceof PlaceRow p && p.id().equals("kosice"))
                .queryAs(Node.class));
        waitUntil(() -> settled(app));
        keys(robot, KeyCode.DIGIT6);
    }

    private List<String> eventTitles(FxRobot robot) {
        TableView<EventRow> t = robot.lookup("#eventsTable").queryTableView();
        return fx(() -> t.getItems().stream().map(EventRow::title).toList());
    }

    private String legend(FxRobot robot) {
        return fx(() -> robot.lookup("#eventsNarrowing").queryLabeled().getText());
    }

    @Test
    void aVisitRecordedWithKosiceJoinsEventsWithKosiceAtOnceAndLeavesOnUndo(FxRobot robot) {
        selectKosiceInPlaces(robot);
        assertEquals("Events with Košice", legend(robot));
        List<String> before = eventTitles(robot);
        assertEquals(5, before.size(), before.toString());

        keys(robot, KeyCode.N);
        waitUntil(() -> form() != null);
        fx(() -> {
            TestWindows.feature(app, DetailsFeature.class).forms().changeKind(Event.class);
            return null;
        });
        typeInField(robot, "title-pl", "Wizyta delegacji z Koszyc w Krakowie");
        typeInField(robot, "title-en", VISIT_EN);
        robot.interact(() -> form().field("title.native").valueProperty().set("Návšteva delegácie z Košíc"));
        typeInField(robot, "start", "15 Mar 2025");
        robot.interact(() -> form().field("place").valueProperty().set("krakow"));
        fx(() -> {
            FormRow guest = form().rows("participants").add();
            guest.fields().get(0).valueProperty().set("kosice");
            FormRow host = form().rows("participants").add();
            host.fields().get(0).valueProperty().set("krakow");
            host.fields().get(1).valueProperty().set(PlaceRole.HOST.json());
            return null;
        });
        waitUntil(() -> form().canApplyProperty().get());
        robot.clickOn("#formApply");
        waitUntil(() -> settled(app) && form() == null);

        assertEquals("Events with Košice", legend(robot), "still narrowed to Košice");
        assertEquals(6, eventTitles(robot).size(), "the new visit joins Košice's events: " + eventTitles(robot));
        assertTrue(eventTitles(robot).contains(VISIT_EN), eventTitles(robot).toString());
        assertTrue(fx(() -> robot.lookup("#eventsTable").queryTableView().getSelectionModel().getSelectedItem()
                instanceof EventRow r && r.title().equals(VISIT_EN)), "the new visit is the selected row");

        keys(robot, KeyCode.S);
        waitUntil(() -> settled(app) && !app.editing().session().dirty());
        selectKosiceInPlaces(robot);
        assertTrue(eventTitles(robot).contains(VISIT_EN), "after Košice is selected again: " + eventTitles(robot));
        assertEquals(6, eventTitles(robot).size());

        keys(robot, KeyCode.Z);
        assertEquals(before, eventTitles(robot), "undone, the visit leaves Košice's events");
        assertEquals(List.of(), dialogs.errors);
    }
}
