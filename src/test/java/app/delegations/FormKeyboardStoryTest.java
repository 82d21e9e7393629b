package app.delegations;

import static app.delegations.AppTest.fx;
import static app.delegations.AppTest.settled;
import static app.delegations.AppTest.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.delegations.ui.TestArchive;
import app.delegations.ui.common.UiLanguage;
import java.nio.file.Path;
import javafx.scene.Node;
import app.delegations.ui.places.PlaceRow;
import javafx.scene.control.Button;
import javafx.scene.control.TableRow;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/**
 * An officer records a visit without the mouse (tester 7): the form opened by Ctrl+N or F2 takes the keyboard in its
 * first field, Tab moves on from a description as from any field, and a flat button reached by Tab shows it has the
 * keyboard.
 */
class FormKeyboardStoryTest extends WindowStory {
    @TempDir
    Path dir;

    @Override
    UiLanguage language() {
        return UiLanguage.POLISH;
    }

    @BeforeEach
    void openACopyOfTheCongress(FxRobot robot) {
        openArchive(robot, TestArchive.congressCopy(dir, "archiwum"));
    }

    /** The id of the node with the keyboard, or of its nearest parent with an id. */
    private String focusedId() {
        return fx(() -> {
            for (Node n = app.stage().getScene().getFocusOwner(); n != null; n = n.getParent()) {
                if (n.getId() != null) {
                    return n.getId();
                }
            }
            return null;
        });
    }

    @Test
    void ctrlNPutsTheKeyboardInTheNewFormsFirstFieldSoTypingFillsIt(FxRobot robot) {
        keys(robot, KeyCode.CONTROL, KeyCode.DIGIT6); // Events, the table has the keyboard
        keys(robot, KeyCode.CONTROL, KeyCode.N);
        waitUntil(() -> settled(app) && form() != null);
        assertEquals("field-title-pl", focusedId(), "the new event's first field to type in (its kind is proposed)");

        keys(robot, KeyCode.ESCAPE);
        keys(robot, KeyCode.CONTROL, KeyCode.DIGIT1); // Places
        keys(robot, KeyCode.CONTROL, KeyCode.N);
        waitUntil(() -> settled(app) && form() != null);
        assertEquals("field-names-pl", focusedId());
        robot.write("Nowy Sad");
        assertEquals("Nowy Sad", fx(() -> form().field("names.pl").value()), "typed into the form, not the table");
    }

    @Test
    void aPickerClickedWhileTheFirstFieldHasTheKeyboardSearchesWhatIsTyped(FxRobot robot) {
        keys(robot, KeyCode.CONTROL, KeyCode.DIGIT1);
        keys(robot, KeyCode.CONTROL, KeyCode.N);
        waitUntil(() -> settled(app) && form() != null);
        assertEquals("field-names-pl", focusedId());
        Node country = robot.lookup("#field-country").query();
        robot.interact(country::requestFocus);
        robot.clickOn(country);
        robot.write("slowacja");
        keys(robot, KeyCode.ENTER);
        waitUntil(() -> "SK".equals(fx(() -> form().field("country").value())));
    }

    @Test
    void f2PutsTheKeyboardInTheFormsFirstField(FxRobot robot) {
        keys(robot, KeyCode.CONTROL, KeyCode.DIGIT1);
        Node sofia = robot.lookup(".table-row-cell").match((TableRow<?> r) -> r.getItem() instanceof PlaceRow p
                && p.name().equals("Sofia")).query();
        robot.clickOn(sofia);
        waitUntil(() -> settled(app));
        keys(robot, KeyCode.F2);
        waitUntil(() -> settled(app) && form() != null);
        assertEquals("field-names-pl", focusedId());
    }

    @Test
    void tabMovesOnFromADescriptionAndShiftTabComesBack(FxRobot robot) {
        keys(robot, KeyCode.CONTROL, KeyCode.DIGIT6);
        keys(robot, KeyCode.CONTROL, KeyCode.N);
        waitUntil(() -> settled(app) && form() != null);
        TextArea english = robot.lookup("#field-description-en").queryAs(TextArea.class);
        robot.interact(english::requestFocus); // as Tab would reach it: the form scrolls it into sight
        robot.write("Talks on IT");
        keys(robot, KeyCode.TAB);
        assertFalse(fx(english::isFocused), "Tab left the description");
        assertEquals("Talks on IT", fx(english::getText), "no tab character typed into it");

        keys(robot, KeyCode.SHIFT, KeyCode.TAB);
        assertTrue(fx(english::isFocused), "Shift+Tab came back to it");
        keys(robot, KeyCode.ENTER);
        assertEquals("Talks on IT\n", fx(english::getText), "Enter still starts a new line");
    }

    @Test
    void aFlatButtonReachedByTabIsRingedAsTheKeyboardsPlace(FxRobot robot) {
        keys(robot, KeyCode.CONTROL, KeyCode.DIGIT6);
        keys(robot, KeyCode.CONTROL, KeyCode.N);
        waitUntil(() -> settled(app) && form() != null);
        Button add = robot.lookup("#formAdd-participants").queryButton();
        assertEquals(0.0, ring(add), "no ring while it does not have the keyboard");
        robot.interact(robot.lookup("#field-description-en").queryAs(TextArea.class)::requestFocus);
        for (int i = 0; i < 10 && !fx(add::isFocused); i++) {
            keys(robot, KeyCode.TAB);
        }
        assertTrue(fx(add::isFocused), "Tab reaches + Add place");
        assertEquals(2.0, ring(add), "a ring says the keyboard is there");
    }

    /** The width of the widest visible line drawn around {@code node}: 0 when none is. */
    private static double ring(Region node) {
        return fx(() -> node.getBorder() == null ? 0.0 : node.getBorder().getStrokes().stream()
                .filter(s -> !Color.TRANSPARENT.equals(s.getTopStroke()))
                .mapToDouble(s -> s.getWidths().getTop()).max().orElse(0.0));
    }
}
