package app.delegations;

import static app.delegations.AppTest.fx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The timeline with nothing to show says why as the other views do — what did not match, and a Clear filters
 * button that brings the events back — instead of a small grey line drawn on the canvas; the pane that holds that
 * message over the timeline still gives the timeline the focus on Ctrl+3.
 */
class TimelineEmptyStateTest extends WindowStory {
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
