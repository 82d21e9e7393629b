package app.delegations;

import static app.delegations.AppTest.fx;
import static app.delegations.AppTest.settled;
import static app.delegations.AppTest.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.delegations.model.Place;
import app.delegations.ui.TestArchive;
import app.delegations.ui.places.PlaceRow;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.VirtualFlow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/**
 * A file of the archive shown changed on disk by a colleague: the window shows the change as an update of what it
 * shows, on the real loader and folder watch; the search, the selection and the scroll stay where the user left
 * them, and the rows of the records that did not change are the rows shown before.
 */
class ArchiveUpdateWindowTest extends WindowStory {
    private static final int PLACES = 60;

    @TempDir
    Path dir;

    /** An archive of one Polish place per file ({@code p00.json}: Place 00 …) and Vilnius, in Lithuania. */
    private Path office() {
        Path office = TestArchive.krakow(dir, "office");
        for (int i = 0; i < PLACES; i++) {
            String id = String.format("p%02d", i);
            TestArchive.write(office, id + ".json", "PL", "Polska", "Poland", id, String.format("Place %02d", i));
        }
        TestArchive.write(office, "lt.json", "LT", "Litwa", "Lithuania", "vilnius", "Wilno");
        return office;
    }

    private TableView<PlaceRow> table() {
        return TestWindows.placesView(app).table();
    }

    private int firstVisibleRow() {
        return fx(() -> {
            var flow = (VirtualFlow<?>) table().lookup(".virtual-flow");
            IndexedCell<?> first = flow.getFirstVisibleCell();
            return first == null ? -1 : first.getIndex();
        });
    }

    private PlaceRow row(String name) {
        return fx(() -> table().getItems().stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow());
    }

    @Test
    void aChangedFileShowsItsChangeAndTheSearchSelectionAndScrollStay(FxRobot robot) {
        Path office = office();
        openArchive(robot, office);
        robot.clickOn("#searchField").write("place");
        waitUntil(() -> settled(app) && table().getItems().size() == PLACES);
        robot.interact(() -> {
            table().scrollTo(40);
            table().getSelectionModel().select(row("Place 45"));
        });
        waitUntil(() -> settled(app));
        int firstVisible = firstVisibleRow();
        assertTrue(firstVisible > 0, "scrolled down: " + firstVisible);
        PlaceRow unchanged = row("Place 10");

        TestArchive.write(office, "p46.json", "PL", "Polska", "Poland", "p46", "Place 46 renamed");
        waitUntil(() -> settled(app) && table().getItems().stream().anyMatch(r -> r.name().equals("Place 46 renamed")));

        assertEquals(PLACES, fx(() -> table().getItems().size()), "the search still leaves every Polish place");
        assertEquals("place", fx(() -> app.workspace().main().loaded() == null ? null
                : TestWindows.places(app).filter().searchTextProperty().get()));
        assertEquals("p45", ((Place) fx(() -> app.workspace().selection().get())).id(), "the selection stays");
        assertEquals("Place 45", fx(() -> table().getSelectionModel().getSelectedItem().name()));
        assertEquals(firstVisible, firstVisibleRow(), "the scroll stays");
        assertSame(unchanged, row("Place 10"), "an unchanged record keeps its row: only the changed one is replaced");
        assertEquals(List.of(), dialogs.problems);
        assertEquals(List.of(), dialogs.errors);
    }
}
