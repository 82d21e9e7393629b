package app.delegations.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import static app.delegations.ui.OnFx.fx;

import app.delegations.ui.KeepsJvmDefaults;
import atlantafx.base.theme.PrimerLight;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
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
 * The first saved notice of a window is readied while the window is idle, unseen: the warm-up shows no window or
 * popup, takes no focus and leaves the window's style sheets as they are; a notice after it still tells where the
 * file went and opens its folder; a window closed before (or while) the warm-up runs is left alone.
 */
@ExtendWith({KeepsJvmDefaults.class, ApplicationExtension.class})
class NoticeWarmUpTest {
    private final List<String> opened = new ArrayList<>();
    private Stage stage;

    @TempDir
    Path dir;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet()); // the app's theme
        this.stage = stage;
        var scene = new Scene(new StackPane(), 500, 400);
        SavedNotice.prepare(scene); // as App makes the window's scene
        stage.setScene(scene);
        stage.sizeToScene(); // the stage TestFX shares may keep a size a window test gave it
        stage.show();
    }

    @Test
    void theWarmUpShowsNothingTakesNoFocusAndANoticeAfterItStillTellsWhereAndOpensTheFolder(FxRobot robot) {
        robot.interact(stage::requestFocus);
        List<String> sheets = List.copyOf(stage.getScene().getStylesheets());
        var warmUp = new NoticeWarmUp(stage, Frames.immediate(), Runnable::run, Runnable::run);
        assertTrue(fx(warmUp::start));
        WaitForAsyncUtils.waitForFxEvents();

        Parent content = warmUp.content();
        assertNotNull(content, "the notice's content made");
        assertNull(content.getScene().getWindow(), "out of sight: in a scene no window shows");
        Region pane = (Region) content.lookup(".notification-bar > .pane");
        assertNotNull(pane.getBackground(), "styled under the window's sheets (the theme's colours)");
        assertTrue(pane.getWidth() > 0, "laid out");
        assertEquals(0, Window.getWindows().stream().filter(w -> w != stage && w.isShowing()).count(),
                "no window or popup shown");
        assertTrue(stage.isFocused() || Window.getWindows().stream().noneMatch(Window::isFocused),
                "the focus stays where it was");
        assertEquals(sheets, stage.getScene().getStylesheets(), "the window's style sheets as they were");

        var dialogs = new FxDialogs(() -> stage, () -> Messages.of(UiLanguage.ENGLISH), opened::add);
        Path file = dir.resolve("events.xlsx");
        robot.interact(() -> dialogs.announceSaved("Export", "3 rows exported to " + file, file));
        WaitForAsyncUtils.waitForFxEvents();
        String said = "3 rows exported to events.xlsx\n" + dir.toAbsolutePath();
        assertTrue(robot.lookup(".label").match(n -> n instanceof Label l && said.equals(l.getText())).tryQuery()
                .isPresent(), "the file by its name, its folder below");
        Node open = robot.lookup(".button").match(n -> n instanceof Button b && "Open folder".equals(b.getText()))
                .query();
        robot.clickOn(open);
        assertEquals(List.of(dir.toUri().toString()), opened);
    }

    @Test
    void theWarmUpRunsOnceAndNotForAWindowNotShowing(FxRobot robot) {
        var warmUp = new NoticeWarmUp(stage, Frames.immediate(), Runnable::run, Runnable::run);
        assertTrue(fx(warmUp::start), "started");
        assertFalse(fx(warmUp::start), "once");

        Stage closed = fx(Stage::new);
        var never = new NoticeWarmUp(closed, Frames.immediate(), Runnable::run, Runnable::run);
        assertFalse(fx(never::start), "a window not showing: nothing to ready");
        assertNull(never.content());
    }

    @Test
    void aWindowClosedBetweenTheWarmUpsStepsIsLeftAlone(FxRobot robot) {
        var steps = new ArrayList<Runnable>();
        var warmUp = new NoticeWarmUp(stage, steps::add, Runnable::run, Runnable::run);
        assertTrue(fx(warmUp::start));
        assertEquals(2, steps.size(), "the styling and the layout, each in a frame of its own");
        robot.interact(stage::hide);
        robot.interact(() -> steps.forEach(Runnable::run));
        assertNull(warmUp.content(), "nothing made for a closed window");
    }

    @Test
    void everyClassTheWarmUpLoadsIsInTheShippedControlsFxAndJavaFx() throws ClassNotFoundException {
        List<String> names = NoticeWarmUp.classNames();
        assertTrue(names.contains("impl.org.controlsfx.skin.NotificationBar"), "the list read: " + names.size());
        for (String name : names) {
            Class.forName(name, false, NoticeWarmUp.class.getClassLoader()); // a misspelt or outdated name fails
        }
    }

    @Test
    void theWarmUpRunsWhenTheFirstDataIsShownAndTheWindowIsIdle(FxRobot robot) throws Exception {
        var shown = new SimpleObjectProperty<Object>();
        NoticeWarmUp warmUp = fx(() -> NoticeWarmUp.whenShown(shown, stage, new PulseFrames()));
        assertNull(warmUp.content(), "nothing before any data");
        robot.interact(() -> shown.set("the first data"));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> warmUp.content() != null);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0, Window.getWindows().stream().filter(w -> w != stage && w.isShowing()).count(),
                "no window or popup shown");
    }
}
