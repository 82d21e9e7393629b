package app.delegations;

import static app.delegations.AppTest.fx;
import static app.delegations.AppTest.waitUntil;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.delegations.ui.timeline.TimelineFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Exporting the timeline as PNG from the window: the toolbar button and File › Export take one path (the
 * file asked through Dialogs, {@code .png} added when missing, asking before that replaces a file, "Saved to …"
 * told through Dialogs), and both are disabled while the timeline shows no event.
 */
class TimelineExportTest extends WindowStory {
    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    @TempDir
    Path dir;

    @BeforeEach
    void waitForData() {
        waitUntil(() -> AppTest.settled(app) && !TestWindows.timeline(app).layingOutProperty().get());
    }

    private MenuItem exportMenuItem() {
        return fx(() -> ((MenuBar) app.window().lookup(".menu-bar")).getMenus().stream()
                .flatMap(m -> m.getItems().stream())
                .filter(i -> "menuExportTimeline".equals(i.getId())).findFirst().orElseThrow());
    }

    private void exportFromTheMenu(FxRobot robot) {
        robot.clickOn("#menuFile");
        robot.clickOn("#menuExportTimeline");
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Asserts {@code file} is a PNG, once the export (written on a thread of its own) says it saved it. */
    private void assertPng(Path file) throws IOException {
        AppTest.waitUntil(() -> !dialogs.errors.isEmpty() || fx(() -> dialogs.saved.stream()
                .anyMatch(s -> s.file().toAbsolutePath().equals(file.toAbsolutePath()))));
        assertTrue(Files.isRegularFile(file), file + " written");
        assertArrayEquals(PNG_SIGNATURE, Arrays.copyOf(Files.readAllBytes(file), 8));
    }

    @Test
    void theMenuAndTheToolbarAddTheExtensionAndSaySavedToTheFile(FxRobot robot) throws IOException {
        dialogs.filesToChoose.add(dir.resolve("from-menu"));
        exportFromTheMenu(robot);
        Path fromMenu = dir.resolve("from-menu.png");
        assertPng(fromMenu);
        assertFalse(Files.exists(dir.resolve("from-menu")), "only the file with the extension");
        assertEquals(List.of("Saved to " + fromMenu.toAbsolutePath()), dialogs.savedMessages());

        dialogs.filesToChoose.add(dir.resolve("from-toolbar"));
        robot.clickOn("#timelineExport");  // the menu showed the Timeline tab
        WaitForAsyncUtils.waitForFxEvents();
        Path fromToolbar = dir.resolve("from-toolbar.png");
        assertPng(fromToolbar);
        assertEquals(List.of("Saved to " + fromMenu.toAbsolutePath(), "Saved to " + fromToolbar.toAbsolutePath()),
                dialogs.savedMessages());

        dialogs.filesToChoose.add(dir.resolve("Upper.PNG"));
        robot.clickOn("#timelineExport");
        WaitForAsyncUtils.waitForFxEvents();
        assertPng(dir.resolve("Upper.PNG"));
        assertFalse(Files.exists(dir.resolve("Upper.PNG.png")), "an extension in capitals is one too");
        assertEquals(List.of(), dialogs.errors);
    }

    @Test
    void addingTheExtensionAsksBeforeReplacingTheFileOfThatName(FxRobot robot) throws IOException {
        Path existing = dir.resolve("existing.png");
        Files.writeString(existing, "kept");
        dialogs.filesToChoose.add(dir.resolve("existing"));
        dialogs.answers.add(false);
        exportFromTheMenu(robot);
        assertEquals(List.of("existing.png already exists. Replace it?"), dialogs.questions);
        assertEquals("kept", Files.readString(existing), "No: the file stays as it was");
        assertEquals(List.of(), dialogs.saved);

        dialogs.filesToChoose.add(dir.resolve("existing"));
        dialogs.answers.add(true);
        exportFromTheMenu(robot);
        assertPng(existing);
        assertEquals(List.of("Saved to " + existing.toAbsolutePath()), dialogs.savedMessages());
    }

    @Test
    void aFailedExportIsToldThroughDialogsAndNothingIsSaidSaved(FxRobot robot) {
        Path impossible = dir.resolve("missing-folder").resolve("timeline.png");
        dialogs.filesToChoose.add(impossible);
        exportFromTheMenu(robot);
        AppTest.waitUntil(() -> !dialogs.errors.isEmpty());
        assertEquals(1, dialogs.errors.size());
        assertEquals("Export the timeline as PNG", dialogs.errors.get(0).title());
        assertTrue(dialogs.errors.get(0).message().startsWith("Could not export the timeline: "),
                dialogs.errors.get(0).message());
        assertEquals(List.of(), dialogs.saved);
        assertFalse(Files.exists(impossible));
    }

    @Test
    void exportIsDisabledWhileTheTimelineShowsNoEvent(FxRobot robot) {
        robot.interact(() -> app.window().show(TestWindows.feature(app, TimelineFeature.class)));
        WaitForAsyncUtils.waitForFxEvents();
        Button toolbar = robot.lookup("#timelineExport").queryButton();
        MenuItem menu = exportMenuItem();
        assertFalse(fx(toolbar::isDisabled));
        assertFalse(fx(menu::isDisable));

        robot.clickOn("#searchField").write("no such place anywhere");
        waitUntil(() -> TestWindows.timeline(app).getLayout().isEmpty()
                && !TestWindows.timeline(app).layingOutProperty().get());
        assertTrue(fx(toolbar::isDisabled), "the toolbar button");
        assertTrue(fx(menu::isDisable), "File › Export");

        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> !TestWindows.timeline(app).getLayout().isEmpty());
        assertFalse(fx(toolbar::isDisabled));
        assertFalse(fx(menu::isDisable));
    }
}
