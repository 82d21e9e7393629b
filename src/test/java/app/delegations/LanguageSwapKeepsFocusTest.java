package app.delegations;

import static app.delegations.AppTest.fx;
import static app.delegations.AppTest.settled;
import static app.delegations.AppTest.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.delegations.data.edit.EditArchive;
import app.delegations.ui.common.UiLanguage;
import app.delegations.ui.main.MainWindow;
import app.delegations.ui.places.PlaceRow;
import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/**
 * After a language switch the keyboard is where it was, in the window shown in the new language: the same form
 * field (with its caret), the search field, the table; never the filter pane's first field, where the scene would
 * put it when the field that had it leaves with the old window.
 */
class LanguageSwapKeepsFocusTest extends WindowStory {
    @TempDir
    Path dir;

    private Node focusOwner() {
        return fx(() -> app.stage().getScene().getFocusOwner());
    }

    private void switchToPolish(FxRobot robot) {
        MainWindow before = fx(app::window);
        robot.interact(() -> app.workspace().main().languageProperty().set(UiLanguage.POLISH));
        waitUntil(() -> settled(app) && app.workspace().main().messages().language() == UiLanguage.POLISH
                && fx(app::window) != before);
        assertNotSame(before, fx(app::window), "a new window");
    }

    /** Whether {@code n} is in the window shown. */
    private boolean inWindowShown(Node n) {
        return fx(() -> {
            for (Node p = n; p != null; p = p.getParent()) {
                if (p == app.window()) {
                    return true;
                }
            }
            return false;
        });
    }

    @Test
    void theKeyboardStaysInTheFormFieldItWasInWithItsCaret(FxRobot robot) {
        openArchive(robot, EditArchive.write(dir, "office")); // an archive: its records can be edited
        TableView<PlaceRow> places = robot.lookup("#placesTable").queryTableView();
        robot.interact(() -> places.getItems().stream().filter(r -> r.id().equals("lviv")).findFirst()
                .ifPresent(r -> places.getSelectionModel().select(r)));
        waitUntil(() -> settled(app) && robot.lookup("#detailsEdit").tryQuery().isPresent());
        robot.clickOn("#detailsEdit");
        waitUntil(() -> settled(app) && form() != null && robot.lookup("#field-names-en").tryQuery().isPresent());
        TextField english = robot.lookup("#field-names-en").queryAs(TextField.class);
        robot.clickOn(english);
        robot.interact(english::end);
        robot.write("ow");
        robot.interact(() -> english.positionCaret(3));
        String typed = fx(english::getText);
        assertTrue(typed.endsWith("ow"), typed);

        switchToPolish(robot);

        Node owner = focusOwner();
        assertEquals("field-names-en", owner.getId(), "the keyboard in the same field, not in " + owner);
        assertTrue(inWindowShown(owner), "the new window's field");
        assertEquals(typed, fx(() -> ((TextField) owner).getText()), "the text typed kept");
        assertEquals(3, fx(() -> ((TextField) owner).getCaretPosition()), "the caret where it was");
    }

    @Test
    void theKeyboardStaysInTheSearchField(FxRobot robot) {
        robot.clickOn("#searchField");
        robot.write("kr");
        waitUntil(() -> settled(app));

        switchToPolish(robot);

        Node owner = focusOwner();
        assertEquals("searchField", owner.getId(), "the keyboard in the search field, not in " + owner);
        assertTrue(inWindowShown(owner));
        assertEquals(2, fx(() -> ((TextField) owner).getCaretPosition()), "the caret after what was typed");
    }

    @Test
    void theKeyboardStaysInTheTable(FxRobot robot) {
        robot.clickOn("#tabCountries");
        waitUntil(() -> settled(app));
        robot.clickOn("#countriesTable");
        waitUntil(() -> settled(app));

        switchToPolish(robot);

        Node owner = focusOwner();
        assertEquals("countriesTable", owner.getId(), "the keyboard in the table, not in " + owner);
        assertTrue(inWindowShown(owner));
        keys(robot, KeyCode.DOWN); // and the keys act on it there
        assertEquals("countriesTable", focusOwner().getId());
    }
}
