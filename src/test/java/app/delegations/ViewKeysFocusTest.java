package app.delegations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Keyboard only: Ctrl+1 … Ctrl+9 put the keyboard in the view's own control, its table, so that ↓ moves through
 * the rows (not onto the tab header, where ↓ would switch to the next tab).
 */
class ViewKeysFocusTest extends WindowStory {
    private static final PseudoClass FOCUSED = PseudoClass.getPseudoClass("focused");

    private static Node focused(TableView<?> anyNode) {
        return AppTest.fx(() -> anyNode.getScene().getFocusOwner());
    }

    @Test
    void ctrlDigitGivesTheTableTheKeyboardAndDownMovesInItsRows(FxRobot robot) {
        keys(robot, KeyCode.CONTROL, KeyCode.DIGIT2);
        TableView<?> countries = robot.lookup("#countriesTable").queryTableView();
        assertSame(countries, focused(countries), "Ctrl+2 gives the Countries table the keyboard");

        keys(robot, KeyCode.CONTROL, KeyCode.DIGIT1);
        TableView<?> places = robot.lookup("#placesTable").queryTableView();
        assertSame(places, focused(places), "Ctrl+1 gives the Places table the keyboard");
        TabPane views = robot.lookup("#views").queryAs(TabPane.class);
        int ringed = AppTest.fx(() -> places.getFocusModel().getFocusedIndex());
        keys(robot, KeyCode.DOWN);
        int first = AppTest.fx(() -> places.getSelectionModel().getSelectedIndex());
        assertEquals(Math.max(ringed, 0), first, "the first ↓ selects the ringed row, not the one after it");
        keys(robot, KeyCode.DOWN);
        assertEquals(0, (int) AppTest.fx(() -> views.getSelectionModel().getSelectedIndex()), "still on Places");
        assertEquals(first + 1, (int) AppTest.fx(() -> places.getSelectionModel().getSelectedIndex()),
                "↓ moved the selection down the rows");
        assertSame(places, focused(places), "the table keeps the keyboard");
    }

    /** Reached by Ctrl+1 with no row selected yet, the table shows it has the keyboard: its focused row is ringed. */
    @Test
    void theTableWithTheKeyboardRingsItsFocusedRowBeforeAnyIsSelected(FxRobot robot) {
        keys(robot, KeyCode.CONTROL, KeyCode.DIGIT1);
        TableView<?> places = robot.lookup("#placesTable").queryTableView();
        assertSame(places, focused(places));
        assertEquals(-1, (int) AppTest.fx(() -> places.getSelectionModel().getSelectedIndex()), "none selected");
        Node row = robot.lookup("#placesTable .table-row-cell")
                .match(n -> n.getPseudoClassStates().contains(FOCUSED)).query();
        assertTrue(AppTest.fx(() -> ringed(row)), "the row with the keyboard is ringed");
        AppTest.fx(() -> {
            places.getScene().getRoot().requestFocus(); // the keyboard elsewhere: no ring in the table
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(AppTest.fx(() -> ringed(row)), "no ring once the table has lost the keyboard");
    }

    private static boolean ringed(Node row) {
        var background = ((Region) row).getBackground();
        return background != null && background.getFills().size() >= 2
                && background.getFills().get(1).getInsets().getTop() >= 2
                && background.getFills().get(0).getFill() instanceof Color c && c.getOpacity() > 0;
    }
}
