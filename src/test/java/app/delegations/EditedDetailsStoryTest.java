package app.delegations;

import static app.delegations.AppTest.fx;
import static app.delegations.AppTest.settled;
import static app.delegations.AppTest.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import app.delegations.data.edit.EditArchive;
import app.delegations.model.Entity;
import app.delegations.ui.places.PlaceRow;
import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/**
 * An officer corrects the selected place's English name in its form: once the window shows the edit, the details
 * show the place with the new name, it stays selected (its row in Places), the window says it has unsaved
 * changes, and undo brings the old name back to the details.
 */
class EditedDetailsStoryTest extends WindowStory {
    @TempDir
    Path dir;

    @BeforeEach
    void openTheArchive(FxRobot robot) {
        openArchive(robot, EditArchive.write(dir, "office"));
    }

    private String detailsTitle(FxRobot robot) {
        return fx(() -> robot.lookup("#detailsTitle").queryAs(Label.class).getText());
    }

    private Entity selected() {
        return fx(() -> app.workspace().selection().get());
    }

    @Test
    void theDetailsShowTheCorrectedNameOfTheSelectedPlaceOnceTheEditIsShown(FxRobot robot) {
        TableView<PlaceRow> places = robot.lookup("#placesTable").queryTableView();
        robot.interact(() -> places.getItems().stream().filter(r -> r.id().equals("lviv")).findFirst()
                .ifPresent(r -> places.getSelectionModel().select(r)));
        waitUntil(() -> "Lviv".equals(detailsTitle(robot)));

        robot.clickOn("#detailsEdit");
        waitUntil(() -> form() != null && robot.lookup("#field-names-en").tryQuery().isPresent());
        TextField english = robot.lookup("#field-names-en").queryAs(TextField.class);
        robot.clickOn(english);
        robot.interact(english::selectAll);
        robot.write("Lvov");
        waitUntil(() -> form().canApplyProperty().get());
        robot.clickOn("#formApply");
        waitUntil(() -> settled(app) && form() == null);

        assertEquals("Lvov", detailsTitle(robot), "the details show the edited place with its new name");
        assertSame(fx(() -> app.workspace().current().dataset().place("lviv").orElseThrow()), selected(),
                "the place stays selected, in the version the window shows");
        assertEquals("lviv", fx(() -> places.getSelectionModel().getSelectedItem().id()), "its row stays selected");
        assertEquals("Delegations — office •", fx(() -> app.stage().getTitle()), "unsaved changes");

        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        waitUntil(() -> settled(app) && "Lviv".equals(detailsTitle(robot)));
        assertSame(fx(() -> app.workspace().current().dataset().place("lviv").orElseThrow()), selected(),
                "undone: the place stays selected");
    }
}
