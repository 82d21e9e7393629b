package app.delegations;

import static app.delegations.AppTest.fx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.delegations.ui.RecordingDialogs;
import app.delegations.ui.TestPrefs;
import app.delegations.ui.common.AppPreferences;
import app.delegations.ui.common.UiLanguage;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
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
 * In the first-run window on a 1366 × 768 laptop (1280 px wide), in Polish (the longer names), every view's tab is
 * shown whole: none is cut at the edge nor hidden behind the overflow menu.
 */
@ExtendWith(ApplicationExtension.class)
class ViewTabsFitTest {
    private App app;
    private AppPreferences prefs;

    @Start
    void start(Stage stage) {
        prefs = TestPrefs.fresh();
        prefs.setLanguage(UiLanguage.POLISH);
        app = TestWindows.start(stage, prefs, new RecordingDialogs());
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
    void inAWindow1280PxWideEveryViewsTabIsShownWholeInPolish(FxRobot robot) {
        robot.interact(() -> {
            app.stage().setWidth(1280);
            app.stage().setHeight(740);
        });
        WaitForAsyncUtils.waitForFxEvents();
        Node pane = robot.lookup("#views").query();
        List<Node> tabs = fx(() -> List.copyOf(pane.lookupAll(".tab")));
        assertEquals(app.views().views().size(), tabs.size(), "a tab per view");
        Bounds area = fx(() -> pane.localToScene(pane.getLayoutBounds()));
        for (Node tab : tabs) {
            Bounds b = fx(() -> tab.localToScene(tab.getLayoutBounds()));
            assertTrue(b.getMaxX() <= area.getMaxX(), tab.getId() + " ends at " + b.getMaxX() + ", past the tabs' "
                    + area.getMaxX());
        }
    }
}
