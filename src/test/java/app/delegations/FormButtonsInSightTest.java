package app.delegations;

import static app.delegations.AppTest.fx;
import static app.delegations.AppTest.settled;
import static app.delegations.AppTest.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.delegations.model.Dataset;
import app.delegations.model.Entity;
import app.delegations.model.Place;
import app.delegations.ui.details.DetailsFeature;
import app.delegations.ui.forms.FormFrame;
import app.delegations.ui.forms.Forms;
import app.delegations.ui.source.SourceFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.function.Function;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * On the officers' usual laptop screen (1366×768), in the window's theme, every form's buttons are in sight while
 * its fields run past the fold: the conference with 15 partners, a place and a person in their record forms, a new
 * source, a citation. The officer clicks them with the mouse, without scrolling first. (The Polish window, with its
 * longer labels: {@link FormButtonsInSightPolishTest}.) The window is 768 high as on the laptop, and 1280 wide:
 * the test screen's width (a wider window overflows its frame buffer), which only narrows the panes the forms
 * are in, so that they wrap more and grow taller.
 */
class FormButtonsInSightTest extends WindowStory {
    @TempDir
    Path dir;

    /** The bundled congress as an archive (its 7 events, 15 places and its note), in a 1280×768 window. */
    @BeforeEach
    void openTheCongressInALaptopWindow(FxRobot robot) throws IOException {
        Path office = dir.resolve("office");
        Files.createDirectories(office.resolve("sources"));
        Files.copy(Path.of("data/congress-2016.json"), office.resolve("congress-2016.json"));
        Files.copy(Path.of("data/sources/note-2016-11-30-krakow.txt"),
                office.resolve("sources/note-2016-11-30-krakow.txt"));
        openArchive(robot, office);
        robot.interact(() -> {
            Stage stage = app.stage();
            stage.setMaximized(false);
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(1280);
            stage.setHeight(768);
        });
        waitUntil(() -> settled(app) && app.stage().getScene().getHeight() == 768);
    }

    private Forms forms() {
        return TestWindows.feature(app, DetailsFeature.class).forms();
    }

    /** Opens the form of the record {@code find} picks from the archive shown. */
    private void edit(Function<Dataset, Entity> find) {
        fx(() -> {
            app.workspace().selection().select(find.apply(app.workspace().current().dataset()));
            forms().editSelected();
            return null;
        });
        waitUntil(() -> forms().openProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theConferenceWithFifteenPartnersKeepsApplyAndCancelInSightAndCancelIsClicked(FxRobot robot) {
        edit(d -> d.event("conference-smolny-2016-11-30").orElseThrow());
        assertOverflows(robot, "#recordForm");
        assertInSight(robot, "#formApply");
        assertInSight(robot, "#formCancel");
        assertInSight(robot, "#formProblems");

        robot.clickOn("#formCancel");
        waitUntil(() -> forms().openProperty().get() == null);
    }

    @Test
    void aPlaceAndAPersonKeepTheirButtonsInSight(FxRobot robot) {
        edit(d -> d.places().get(0));
        assertInSight(robot, "#formApply");
        assertInSight(robot, "#formCancel");
        robot.clickOn("#formCancel");
        waitUntil(() -> forms().openProperty().get() == null);

        edit(d -> d.people().get(0));
        assertInSight(robot, "#formApply");
        assertInSight(robot, "#formCancel");
        robot.clickOn("#formCancel");
        waitUntil(() -> forms().openProperty().get() == null);
    }

    @Test
    void aNewSourceIsCreatedByClickingCreateBelowItsLongForm(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT4).release(KeyCode.DIGIT4, KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#sourceNew").tryQuery().isPresent());
        robot.clickOn("#sourceNew");
        waitUntil(() -> robot.lookup("#newSourcePane").tryQuery().isPresent());
        type(robot, "#newSourceText", "A note of the visit.");
        type(robot, "#newSourceTitlePl", "Notatka");
        type(robot, "#newSourceTitleEn", "A note");
        robot.interact(() -> TestWindows.feature(app, SourceFeature.class).citing().newSource().dateProperty()
                .set(LocalDate.of(2025, 3, 12)));
        type(robot, "#newSourceLanguage", "en"); // the lowest field
        waitUntil(() -> !robot.lookup("#newSourceCreate").query().isDisabled());
        assertOverflows(robot, "#newSourcePane");
        assertInSight(robot, "#newSourceCreate");
        assertInSight(robot, "#newSourceCancel");

        robot.clickOn("#newSourceCreate");
        waitUntil(() -> settled(app) && robot.lookup("#newSourcePane").tryQuery().isEmpty());
        assertEquals(2, fx(() -> app.workspace().current().dataset().sources().size()), "the note added");
    }

    @Test
    void aPassageIsCitedByClickingConfirmBelowTheCitingPanel(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT4).release(KeyCode.DIGIT4, KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#sourceSelectMode").tryQuery().isPresent());
        if (!fx(() -> robot.lookup("#sourceSelectMode").queryAs(ToggleButton.class).isSelected())) {
            robot.clickOn("#sourceSelectMode");
        }
        TextArea area = robot.lookup("#sourceSelectable").queryAs(TextArea.class);
        String passage = "przedstawiciele Krakowa";
        robot.interact(() -> {
            int at = area.getText().indexOf(passage);
            area.selectRange(at, at + passage.length());
        });
        robot.clickOn("#sourceCite");
        robot.clickOn("#citeSearch").write("krakow").type(KeyCode.ENTER);
        waitUntil(() -> !robot.lookup("#citeConfirm").query().isDisabled());
        assertOverflows(robot, "#citePane");
        assertInSight(robot, "#citeConfirm");
        assertInSight(robot, "#citeCancel");
        int before = fx(() -> citations(app.workspace().current().dataset().place("krakow").orElseThrow()));

        robot.clickOn("#citeConfirm");
        waitUntil(() -> settled(app) && robot.lookup("#citePane").tryQuery().isEmpty());
        assertEquals(before + 1, fx(() -> citations(app.workspace().current().dataset().place("krakow").orElseThrow())),
                "the passage cited for Kraków");
    }

    /**
     * Gives the field the keyboard (the form scrolls it into sight, as it does for Tab), clicks it and types over
     * what it holds: the lower fields lie past the fold.
     */
    private static void type(FxRobot robot, String id, String text) {
        Node field = robot.lookup(id).query();
        robot.interact(field::requestFocus);
        robot.clickOn(field);
        robot.interact(() -> ((TextInputControl) field).selectAll());
        robot.write(text);
    }

    private static int citations(Place p) {
        return p.evidence().size();
    }

    /** The node lies wholly inside the window's scene, and is shown; a button with its whole label. */
    private static void assertInSight(FxRobot robot, String id) {
        Node node = robot.lookup(id).query();
        Bounds b = fx(() -> node.localToScene(node.getBoundsInLocal()));
        double width = fx(() -> node.getScene().getWidth());
        double height = fx(() -> node.getScene().getHeight());
        assertTrue(fx(node::isVisible), id + " is shown");
        if (node instanceof Labeled button) {
            assertTrue(fx(() -> button.getWidth() >= button.prefWidth(-1) - 0.5), id + " shows its whole label");
        }
        assertTrue(b.getMinX() >= 0 && b.getMinY() >= 0 && b.getMaxX() <= width && b.getMaxY() <= height,
                id + " at " + b + " lies inside the " + width + "×" + height + " window");
    }

    /** The form's fields run past the fold: they scroll, and its buttons do not go with them. */
    private static void assertOverflows(FxRobot robot, String form) {
        FormFrame frame = robot.lookup(form).queryAs(FormFrame.class);
        double content = fx(() -> ((Region) frame.fields().getContent()).getHeight());
        double viewport = fx(() -> frame.fields().getViewportBounds().getHeight());
        assertTrue(content > viewport, form + ": its fields (" + content + " high) overflow the "
                + viewport + " in sight");
    }
}
