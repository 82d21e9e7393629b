package app.delegations;

import static app.delegations.AppTest.fx;
import static app.delegations.AppTest.settled;
import static app.delegations.AppTest.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.delegations.model.Dataset;
import app.delegations.model.Event;
import app.delegations.model.Participation;
import app.delegations.ui.TestArchive;
import app.delegations.ui.common.UiLanguage;
import app.delegations.ui.places.PlaceRow;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/**
 * The officer deletes a partner city entered by mistake (officer5 D2), in Polish: Places › Koszyce › Edycja › Usuń…
 * asks first, naming the events Košice leaves; Enter's default (Anuluj) keeps everything; Usuń takes Košice off
 * them and leaves the congress, its other partners and Kraków's presentations; Ctrl+Z brings Košice back into
 * every event it attended.
 */
class DeletePartnerStoryTest extends WindowStory {
    @TempDir
    Path dir;

    @Override
    UiLanguage language() {
        return UiLanguage.POLISH;
    }

    @BeforeEach
    void openACopyOfTheCongress(FxRobot robot) {
        Path folder = TestArchive.congressCopy(dir, "archiwum");
        openArchive(robot, folder);
    }

    private Dataset shown() {
        return fx(() -> app.workspace().current().dataset());
    }

    private List<String> places() {
        return fx(() -> TestWindows.placesView(app).table().getItems().stream().map(PlaceRow::name).toList());
    }

    private List<String> participants(String event) {
        return shown().event(event).orElseThrow().participants().stream().map(Participation::place).toList();
    }

    private void selectKosice() {
        fx(() -> {
            TableView<PlaceRow> table = TestWindows.placesView(app).table();
            table.getItems().stream().filter(r -> r.name().equals("Koszyce")).findFirst()
                    .ifPresent(r -> table.getSelectionModel().select(r));
            return null;
        });
        waitUntil(() -> settled(app));
    }

    private void delete() {
        fx(() -> {
            MenuBar bar = (MenuBar) app.window().lookup("#menuBar");
            for (Menu m : bar.getMenus()) {
                for (MenuItem item : m.getItems()) {
                    if ("menuDelete".equals(item.getId()) && !item.isDisable()) {
                        item.fire();
                    }
                }
            }
            return null;
        });
        waitUntil(() -> settled(app));
    }

    @Test
    void kosiceLeavesTheEventsItAttendedAndUndoBringsItBackIntoThem(FxRobot robot) {
        Dataset before = shown();
        List<String> congress = participants("congress-2016");
        assertTrue(congress.contains("kosice"));
        selectKosice();

        delete(); // the recording dialogs answer Anuluj, as Enter does
        assertEquals(1, dialogs.askedCarefully.size(), "asked so that Enter cancels");
        String question = dialogs.askedCarefully.get(0).message();
        assertTrue(question.startsWith("Usunąć rekord: miejsce Koszyce (kosice)?\n\nZniknie też z listy uczestników"
                + " 4 wydarzeń:\n• wydarzenie "), question);
        for (String id : List.of("congress-2016", "visit-it-universities-2016-11-29", "visit-city-units-2016-11-29",
                "conference-smolny-2016-11-30")) {
            assertTrue(question.contains("(" + id + ")"), id + " listed: " + question);
        }
        assertFalse(question.contains("presentation"), "Kraków's presentations are not touched: " + question);
        assertEquals(List.of("_Usuń", "Anuluj"), dialogs.askedCarefully.get(0).choices());
        assertTrue(places().contains("Koszyce"), "cancelled: nothing deleted");

        fx(() -> dialogs.choices.add(0));
        delete();
        assertFalse(places().contains("Koszyce"));
        assertEquals(congress.stream().filter(p -> !p.equals("kosice")).toList(), participants("congress-2016"),
                "the congress stays, with its 14 other partners");
        assertEquals(before.events().size(), shown().events().size(), "no event deleted");
        assertEquals(before.event("krakow-strategy-presentation-2016-11-30"),
                shown().event("krakow-strategy-presentation-2016-11-30"));
        assertEquals(before.event("krakow-portals-presentation-2016-11-30"),
                shown().event("krakow-portals-presentation-2016-11-30"));
        assertTrue(fx(() -> app.stage().getTitle()).endsWith("•"));

        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        waitUntil(() -> settled(app) && places().contains("Koszyce"));
        for (Event e : before.events()) {
            assertEquals(e, shown().event(e.id()).orElseThrow(), e.id() + " as it was, Košice among its participants");
        }
        assertFalse(fx(() -> app.stage().getTitle()).endsWith("•"), "one undo brings all of it back");
    }
}
