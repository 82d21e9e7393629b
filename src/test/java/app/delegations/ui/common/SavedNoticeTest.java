package app.delegations.ui.common;

import static app.delegations.ui.OnFx.fx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.delegations.ui.KeepsJvmDefaults;
import atlantafx.base.theme.PrimerLight;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.animation.Animation;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A saved export is told by a notice in the window's corner, not a dialog nor a window of its own: the window stays
 * usable, the focus stays where it was, its Open folder hands the folder holding the file to the platform, and it
 * goes away by itself (not while the mouse is over it) or at its close button.
 */
@ExtendWith({KeepsJvmDefaults.class, ApplicationExtension.class})
class SavedNoticeTest {
    /** Short for the test (long enough for the mouse to get there): the notice's time is the layer's to say. */
    private static final Duration SHORT = Duration.seconds(2);
    private final List<String> opened = new ArrayList<>();
    private Stage stage;
    private NoticeLayer layer;
    private Button work;

    @TempDir
    Path dir;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet()); // the app's theme
        this.stage = stage;
        layer = new NoticeLayer();
        work = new Button("the window's work");
        work.setId("work");
        stage.setScene(new Scene(new StackPane(work, layer), 700, 500));
        stage.sizeToScene(); // the stage TestFX shares may keep a size a window test gave it
        stage.show();
        work.requestFocus();
    }

    private FxDialogs dialogs(UiLanguage language) {
        return new FxDialogs(() -> stage, () -> layer, () -> Messages.of(language), opened::add);
    }

    private SavedNotice announce(FxRobot robot, FxDialogs dialogs, String message, Path file) {
        robot.interact(() -> dialogs.announceSaved("Eksport tabeli", message, file));
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup(".saved-notice").queryAs(SavedNotice.class);
    }

    @Test
    void exportedToShowsInTheWindowsCornerTellsWhereAndOpenFolderOpensTheFoldersUri(FxRobot robot) {
        Path file = dir.resolve("places.xlsx");
        announce(robot, dialogs(UiLanguage.POLISH), "3 wiersze wyeksportowano do " + file, file);

        assertEquals("3 wiersze wyeksportowano do places.xlsx\n" + dir.toAbsolutePath(),
                robot.lookup("#noticeText").queryAs(Label.class).getText(), "the file by its name, its folder below");
        assertTrue(fx(() -> Window.getWindows().stream().noneMatch(w -> w != stage && w.isShowing())),
                "no window of its own: a node of the window");
        assertSame(work, fx(() -> stage.getScene().getFocusOwner()), "the notice takes no focus");
        Node notice = robot.lookup(".saved-notice").query();
        var corner = fx(() -> notice.localToScene(notice.getBoundsInLocal()));
        assertTrue(corner.getMaxX() > 600 && corner.getMaxY() > 400, "at the bottom right: " + corner);

        robot.clickOn("#noticeOpenFolder");
        assertEquals(List.of(dir.toUri().toString()), opened);
        robot.clickOn("#work"); // the window under the notice still takes the mouse
        assertSame(work, fx(() -> stage.getScene().getFocusOwner()));
    }

    @Test
    void theNoticeGoesAwayByItselfButItsClockStopsWhileTheMouseIsOverIt(FxRobot robot) throws Exception {
        robot.interact(() -> {
            layer = new NoticeLayer(SHORT);
            ((StackPane) stage.getScene().getRoot()).getChildren().set(1, layer);
        });
        Path file = dir.resolve("events.csv");
        SavedNotice notice = announce(robot, dialogs(UiLanguage.ENGLISH), "3 rows exported to " + file, file);
        robot.moveTo(notice);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Animation.Status.PAUSED, fx(notice::clock), "read as long as the mouse is over it");
        robot.moveTo("#work");
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(() -> notice.getParent() == null));
        assertTrue(robot.lookup(".saved-notice").queryAll().isEmpty(), "gone by itself");
    }

    @Test
    void theCloseButtonSaysWhatItDoesAndTakesTheNoticeAway(FxRobot robot) {
        Path file = dir.resolve("events.csv");
        var m = Messages.of(UiLanguage.POLISH);
        robot.interact(() -> layer.announce(m, "Eksport", "Zapisano " + file, file, opened::add));
        WaitForAsyncUtils.waitForFxEvents();
        Button close = robot.lookup("#noticeClose").queryButton();
        assertEquals("Zamknij powiadomienie", close.getAccessibleText());
        robot.clickOn(close);
        assertTrue(robot.lookup(".saved-notice").queryAll().isEmpty());
        assertTrue(opened.isEmpty(), "closing opens nothing");
    }

    @Test
    void aFourthNoticeTakesTheOldestOnesPlace(FxRobot robot) {
        var m = Messages.of(UiLanguage.ENGLISH);
        robot.interact(() -> {
            for (int i = 1; i <= NoticeLayer.NOTICES + 1; i++) {
                Path file = dir.resolve("f" + i + ".csv");
                layer.announce(m, "Export", "Saved " + file, file, opened::add);
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
        List<String> shown = robot.lookup("#noticeText").queryAllAs(Label.class).stream().map(Label::getText)
                .map(t -> t.lines().findFirst().orElse("")).sorted().toList();
        assertEquals(List.of("Saved f2.csv", "Saved f3.csv", "Saved f4.csv"), shown);
    }

    @Test
    void aMessageWithoutThePathIsShownAsItIs() {
        Path file = dir.resolve("a.png").toAbsolutePath();
        assertEquals("Saved", SavedNotice.text("Saved", file, dir));
        assertEquals("Saved to a.png\n" + dir, SavedNotice.text("Saved to " + file, file, dir));
    }
}
