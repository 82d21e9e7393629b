package app.delegations;

import static app.delegations.AppTest.fx;
import static org.junit.jupiter.api.Assertions.assertEquals;

import app.delegations.ui.people.PeopleFeature;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The status bar counts what the view in front lists: the places on Places, the events on Events (as narrowed),
 * the countries on Countries, and nothing on a view without rows (the timeline, a source note).
 */
class StatusCountStoryTest extends WindowStory {
    private String count(FxRobot robot) {
        return fx(() -> robot.lookup("#statusCount").queryLabeled().getText());
    }

    private void show(FxRobot robot, String tab) {
        robot.clickOn(tab);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theStatusBarCountsWhatTheViewInFrontLists(FxRobot robot) {
        assertEquals("15 places", count(robot));
        show(robot, "#tabEvents");
        assertEquals("7 events", count(robot));
        show(robot, "#tabTimeline");
        assertEquals("", count(robot), "the timeline lists no rows");
        show(robot, "#tabSource");
        assertEquals("", count(robot));
        show(robot, "#tabCountries");
        assertEquals("8 countries", count(robot));
        show(robot, "#tabPeople");
        assertEquals(fx(() -> TestWindows.feature(app, PeopleFeature.class).view().table()
                .getItems().size()) + " people", count(robot));

        show(robot, "#tabPlaces");
        robot.clickOn("#searchField").write("krakow");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("1 of 15 places", count(robot));
        keys(robot, KeyCode.CONTROL, KeyCode.DIGIT2); // View › Countries (the search's suggestions cover the tabs)
        assertEquals("1 country", count(robot), "as the search leaves them");
    }
}
