package app.delegations;

import static app.delegations.AppTest.fx;
import static app.delegations.AppTest.settled;
import static app.delegations.AppTest.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;


import app.delegations.ui.places.PlaceRow;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * "Which Serbian cities have we met, and when?": on the officers' laptop screen (1366×768), the Places table
 * shows every column, Meetings and Last meeting included, without a sideways scroll: in the window as it opens on
 * that screen (1280 wide: the first window's default, as on the laptop; a window of the whole screen only gives the
 * table more room, and is wider than the test screen's frame buffer), and in a narrower window the columns follow.
 * Long texts are cut in their cells, whole in the tooltip; a country's name beside its code badge too. (The Polish window: {@link PlacesColumnsInSightPolishTest}.)
 */
class PlacesColumnsInSightTest extends WindowStory {
    @Test
    void everyPlacesColumnIsInSightInTheWindowAsItOpensOnALaptopAndInANarrowerOne(FxRobot robot) {
        resize(robot, 1280, 768);
        assertEveryColumnInSight(robot);

        resize(robot, 1180, 768);
        assertEveryColumnInSight(robot);
        assertCutCountryNameWholeInItsTooltip(robot);
    }

    /** The country column, narrowed, cuts "Bosnia and Herzegovina" beside its badge and shows it whole in a tooltip. */
    private void assertCutCountryNameWholeInItsTooltip(FxRobot robot) {
        TableView<?> table = robot.lookup("#placesTable").queryTableView();
        String bosnia = fx(() -> table.getItems().stream().map(r -> (PlaceRow) r)
                .filter(r -> r.countryCode().equals("BA")).findFirst().orElseThrow().country());
        Labeled label = fx(() -> robot.lookup("#placesTable .country-name").queryAll().stream()
                .map(n -> (Labeled) n).filter(l -> bosnia.equals(l.getText())).findFirst().orElseThrow());
        waitUntil(() -> fx(() -> label.getTooltip() != null));
        assertEquals(bosnia, fx(() -> label.getTooltip().getText()));
    }

    private void resize(FxRobot robot, double width, double height) {
        robot.interact(() -> {
            Stage stage = app.stage();
            stage.setMaximized(false);
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(width);
            stage.setHeight(height);
        });
        waitUntil(() -> settled(app) && app.stage().getScene().getWidth() == width);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void assertEveryColumnInSight(FxRobot robot) {
        TableView<?> table = robot.lookup("#placesTable").queryTableView();
        List<String> ids = fx(() -> table.getVisibleLeafColumns().stream().map(TableColumn::getId).toList());
        assertEquals(List.of("name", "native", "kind", "country", "meetings", "lastMeeting", "role"), ids);
        Node viewport = robot.lookup("#placesTable .clipped-container").query();
        double right = fx(() -> viewport.localToScene(viewport.getLayoutBounds()).getMaxX());
        for (String id : ids) {
            Node header = robot.lookup("#placesTable .column-header").match((Node n) -> id.equals(n.getId())).query();
            Bounds b = fx(() -> header.localToScene(header.getLayoutBounds()));
            assertTrue(b.getMaxX() <= right + 0.5, () -> id + " ends at " + b.getMaxX() + ", right of the table's "
                    + "viewport at " + right + " (window " + fx(() -> app.stage().getWidth()) + " wide)");
        }
        boolean sideways = fx(() -> table.lookupAll(".scroll-bar").stream()
                .anyMatch(n -> n instanceof ScrollBar s && s.getOrientation() == Orientation.HORIZONTAL
                        && s.isVisible()));
        assertFalse(sideways, "no sideways scroll bar: nothing lies right of the fold");
    }
}
