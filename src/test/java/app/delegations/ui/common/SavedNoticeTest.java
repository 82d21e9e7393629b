package app.delegations.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.delegations.ui.KeepsJvmDefaults;
import atlantafx.base.theme.PrimerLight;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A saved export is told by a notice, not a dialog: the window stays usable, no other window takes the focus,
 * and its Open folder hands the folder holding the file to the platform.
 */
@ExtendWith({KeepsJvmDefaults.class, ApplicationExtension.class})
class SavedNoticeTest {
    private final List<String> opened = new ArrayList<>();
    private Stage stage;

    @TempDir
    Path dir;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet()); // the app's theme
        this.stage = stage;
        stage.setScene(new Scene(new StackPane(), 500, 400));
        stage.sizeToScene(); // the stage TestFX shares may keep a size a window test gave it
        stage.show();
    }

    @Test
    void exportedToTellsWhereAndOpenFolderOpensTheFoldersUri(FxRobot robot) {
        var dialogs = new FxDialogs(() -> stage, () -> Messages.of(UiLanguage.POLISH), opened::add);
        Path file = dir.resolve("places.xlsx");
        robot.interact(() -> dialogs.announceSaved("Eksport tabeli", "3 wiersze wyeksportowano do " + file, file));
        WaitForAsyncUtils.waitForFxEvents();

        String said = "3 wiersze wyeksportowano do places.xlsx\n" + dir.toAbsolutePath();
        assertTrue(robot.lookup(".label").match(n -> n instanceof Label l && said.equals(l.getText())).tryQuery()
                .isPresent(), "the file by its name, its folder below");
        assertEquals(1, Window.getWindows().stream().filter(w -> w != stage && w.isShowing()).count(),
                "one popup beside the window");
        assertTrue(stage.isFocused() || !Window.getWindows().stream().anyMatch(w -> w != stage && w.isFocused()),
                "the notice takes no focus");
        Node open = robot.lookup(".button").match(n -> n instanceof Button b && "Otwórz folder".equals(b.getText()))
                .query();
        robot.clickOn(open);
        assertEquals(List.of(dir.toUri().toString()), opened);
    }

    @Test
    void aWindowPreparedForNoticesKeepsItsStyleSheetsWhenTheFirstNoticeShows(FxRobot robot) {
        robot.interact(() -> SavedNotice.prepare(stage.getScene()));
        List<String> prepared = List.copyOf(stage.getScene().getStylesheets());
        var dialogs = new FxDialogs(() -> stage, () -> Messages.of(UiLanguage.ENGLISH), opened::add);
        Path file = dir.resolve("events.csv");
        robot.interact(() -> dialogs.announceSaved("Export", "3 rows exported to " + file, file));
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(1, Window.getWindows().stream().filter(w -> w != stage && w.isShowing()).count(), "shown");
        assertEquals(prepared, stage.getScene().getStylesheets(), "no style sheet added: no CSS pass of the window");
        assertEquals(2, prepared.size(), "ControlsFX's and the theme's");
    }

    @Test
    void aMessageWithoutThePathIsShownAsItIs() {
        Path file = dir.resolve("a.png").toAbsolutePath();
        assertEquals("Saved", SavedNotice.text("Saved", file, dir));
        assertEquals("Saved to a.png\n" + dir, SavedNotice.text("Saved to " + file, file, dir));
    }
}
