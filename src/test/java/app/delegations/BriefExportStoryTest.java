package app.delegations;

import static app.delegations.AppTest.fx;
import static app.delegations.AppTest.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.delegations.ui.brief.PdfText;
import app.delegations.ui.places.PlaceRow;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableRow;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * An officer preparing a meeting with Košice: selects it in Places, chooses File › Export brief as PDF…, and gets
 * a PDF of its brief (its meetings, the note's quotes) where they chose, told where it is. With nothing of the
 * kind selected, neither the export nor Ctrl+P is silent: each says what to select. Ctrl+P previews the selection's
 * brief as it will print, from its first page; Esc closes the preview.
 */
class BriefExportStoryTest extends WindowStory {
    @TempDir
    Path dir;

    private MenuItem item(String id) {
        return fx(() -> ((MenuBar) app.window().lookup("#menuBar")).getMenus().stream()
                .flatMap(m -> m.getItems().stream()).filter(i -> id.equals(i.getId())).findFirst().orElseThrow());
    }

    @Test
    void selectKosiceAndExportItsBriefAsPdf(FxRobot robot) throws IOException {
        MenuItem export = item("menuExportBrief");
        assertFalse(fx(export::isDisable), "enabled with nothing selected: it says what to select");
        assertEquals("Export brief as P_DF…", fx(export::getText));
        dialogs.filesToChoose.add(dir.resolve("nothing"));
        robot.clickOn("#menuFile");
        robot.clickOn("#menuExportBrief");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("Select an event, a place or a country to export its brief as PDF."), dialogs.infos);
        assertEquals(1, dialogs.filesToChoose.size(), "no file asked for");
        dialogs.filesToChoose.clear();

        clickKosice(robot);

        dialogs.filesToChoose.add(dir.resolve("kosice"));
        robot.clickOn("#menuFile");
        robot.clickOn("#menuExportBrief");
        WaitForAsyncUtils.waitForFxEvents();
        waitUntil(() -> !dialogs.savedMessages().isEmpty() || !dialogs.errors.isEmpty()); // written off the UI thread

        Path file = dir.resolve("kosice.pdf");
        assertEquals(List.of("Saved to " + file.toAbsolutePath()), dialogs.savedMessages());
        assertEquals(List.of(), dialogs.errors);
        PdfText pdf = PdfText.of(file);
        assertEquals("Visit brief: Košice", pdf.title());
        String text = pdf.flat();
        assertTrue(text.contains("Meetings so far"), text);
        assertTrue(text.contains("IV International Congress “St. Petersburg and the Slavic World”"), text);
        assertTrue(text.contains("Słowacji (Koszyce)"), "the note's words for Košice: " + text);
        assertTrue(text.contains("Objectives"), text);
    }

    @Test
    void selectAnEventAndCtrlPPreviewsItsBriefFromPageOneEscCloses(FxRobot robot) {
        robot.clickOn("#tabEvents");
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> app.workspace().selection().select(
                app.workspace().currentProperty().get().dataset().event("conference-smolny-2016-11-30").orElseThrow()));
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(fx(() -> item("menuPrintBrief").isDisable()));

        robot.press(KeyCode.CONTROL, KeyCode.P).release(KeyCode.P, KeyCode.CONTROL);
        // the brief is made and laid out off the UI thread: the preview opens once it is ready
        waitUntil(() -> fx(() -> preview().isPresent()));
        Stage preview = fx(() -> preview().orElseThrow());
        assertEquals("Print preview — Visit brief: The role of information technologies in the development of modern"
                + " cities", fx(preview::getTitle));
        String position = fx(() -> ((Label) preview.getScene().lookup("#printPosition")).getText());
        assertTrue(position.matches("1 / [1-9]"), position);

        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(fx(preview::isShowing), "Esc closes the preview");
    }

    @Test
    void ctrlPWithNothingSelectedSaysWhatToSelectThenPreviewsKosicesBriefOnceItIsSelected(FxRobot robot) {
        assertEquals(null, fx(() -> app.workspace().selection().get()), "the window opens with nothing selected");
        robot.press(KeyCode.CONTROL, KeyCode.P).release(KeyCode.P, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("Select an event, a place or a country to print its brief."), dialogs.infos);
        assertFalse(fx(() -> preview().isPresent()), "no preview of nothing");

        clickKosice(robot);
        robot.press(KeyCode.CONTROL, KeyCode.P).release(KeyCode.P, KeyCode.CONTROL);
        waitUntil(() -> fx(() -> preview().isPresent()));
        Stage preview = fx(() -> preview().orElseThrow());
        assertEquals("Print preview — Visit brief: Košice", fx(preview::getTitle));
        assertEquals(1, dialogs.infos.size(), "no message more");
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(fx(preview::isShowing));
    }

    /** Clicks Košice's row in Places, the tab the window opens on. */
    private static void clickKosice(FxRobot robot) {
        robot.clickOn(robot.lookup("#placesTable .table-row-cell").match((Node n) -> n instanceof TableRow<?> r
                && r.getItem() instanceof PlaceRow p && p.name().equals("Košice")).queryAs(Node.class));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The print preview's window, once showing. */
    private Optional<Stage> preview() {
        return Window.getWindows().stream().filter(w -> w != app.stage() && w.isShowing() && w.getScene() != null
                && w.getScene().lookup("#printPosition") != null).map(Stage.class::cast).findFirst();
    }
}
