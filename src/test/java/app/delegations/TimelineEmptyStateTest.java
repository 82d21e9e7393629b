package app.delegations;

import static app.delegations.AppTest.fx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.delegations.ui.RecordingDialogs;
import app.delegations.ui.common.AppPreferences;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The timeline with nothing to show says why as the other views do — what did not match, and a Clear filters
 * button that brings the events back — instead of a small grey line drawn on the canvas; the pane that holds that
 * message over the timeline still gives the timeline the focus on Ctrl+3.
 */
@ExtendWith(ApplicationExtension.class)
class TimelineEmptyStateTest {
    private App app;
    private AppPreferences prefs;
    private final RecordingDialogs dialogs = new RecordingDialogs();

    @Start
    void start(Stage stage) {
        prefs = TestWindows.englishPrefs();
        app = TestWindows.start(stage, prefs, dialogs);
    }

    @BeforeEach
    void waitForData() {
        AppTest.waitUntil(() -> AppTest.settled(app));
    }

    @AfterEach
    void tearDown(FxRobot robot) {
        TestWindows.close(robot, app, prefs);
    }

    @Test
    void aSearchThatLeavesNoEventSaysSoAndClearFiltersBringsTheEventsBack(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT3).release(KeyCode.DIGIT3, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(fx(() -> robot.lookup("#timelineEmpty").query().isVisible()), "the congress's events are shown");
        robot.interact(() -> app.filter().searchTextProperty().set("no such event"));
        AppTest.waitUntil(() -> fx(() -> robot.lookup("#timelineEmpty").query().isVisible()));
        assertEquals("No event matches “no such event”.",
                fx(() -> robot.lookup("#timelineEmpty .empty-title").queryLabeled().getText()));
        robot.clickOn("#timelineEmpty .empty-action");
        AppTest.waitUntil(() -> !fx(() -> robot.lookup("#timelineEmpty").query().isVisible()));
        assertEquals("", fx(() -> app.filter().searchTextProperty().get()));
        assertTrue(fx(() -> TestWindows.timeline(app).getLayout().items().size()) > 0);
    }

    @Test
    void afterCtrl3TheTimelinesKeysWorkAtOnce(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT3).release(KeyCode.DIGIT3, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        robot.press(KeyCode.RIGHT).release(KeyCode.RIGHT);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(fx(() -> TestWindows.timeline(app).selectedItemProperty().get() != null),
                "→ selected an event: the timeline has the focus, not the pane around it");
    }
}
