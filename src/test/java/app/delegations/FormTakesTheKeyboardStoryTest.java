package app.delegations;

import static app.delegations.AppTest.fx;
import static app.delegations.AppTest.settled;
import static app.delegations.AppTest.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.delegations.ui.TestArchive;
import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/**
 * A form opened by its key takes the keyboard (the detail pane puts it in the form's first field), so that what the
 * officer types next goes into the form: F2 on the selected place, or Ctrl+N, with the Places table holding the
 * keyboard, leaves it in the form; typed letters then fill its first field. Found by the model-based test: after
 * Ctrl+N the search field kept the keyboard and its list of suggestions stayed open over the new form.
 */
@Disabled("app bug: F2 and Ctrl+N open the form but the keyboard stays in the table (FormPane.show calls "
        + "FormView.focusFirst before the form's scrolled fields are in the scene, it seems) — reported to lead")
class FormTakesTheKeyboardStoryTest extends WindowStory {
    @TempDir
    Path dir;

    @BeforeEach
    void openACopyOfTheCongress(FxRobot robot) {
        openArchive(robot, TestArchive.congressCopy(dir, "archive"));
        keys(robot, KeyCode.CONTROL, KeyCode.DIGIT1); // Places, the table holding the keyboard
        fx(() -> {
            TestWindows.placesView(app).table().getSelectionModel().select(0);
            return null;
        });
        waitUntil(() -> settled(app));
    }

    @Test
    void f2PutsTheKeyboardInTheForm(FxRobot robot) {
        keys(robot, KeyCode.F2);
        assertNotNull(form(), "F2 opened the selected place's form");
        assertTrue(keyboardInTheForm(), "the keyboard is in the form, not on " + focusOwner());
    }

    @Test
    void ctrlNPutsTheKeyboardInTheForm(FxRobot robot) {
        keys(robot, KeyCode.CONTROL, KeyCode.N);
        assertNotNull(form(), "Ctrl+N opened a new place's form");
        assertTrue(keyboardInTheForm(), "the keyboard is in the form, not on " + focusOwner());
        robot.write("x");
        assertEquals("x", fx(() -> form().sections().get(0).fields().get(0).value()),
                "a letter typed goes into the form's first field");
    }

    private Node focusOwner() {
        return fx(() -> app.stage().getScene().getFocusOwner());
    }

    private boolean keyboardInTheForm() {
        return fx(() -> {
            for (Node n = app.stage().getScene().getFocusOwner(); n != null; n = n.getParent()) {
                if ("recordForm".equals(n.getId())) {
                    return true;
                }
            }
            return false;
        });
    }
}
