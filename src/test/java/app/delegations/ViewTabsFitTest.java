package app.delegations;

import static app.delegations.AppTest.fx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.delegations.ui.common.UiLanguage;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * In the first-run window on a 1366 × 768 laptop (1280 px wide), in Polish (the longer names), every view's tab is
 * shown whole: none is cut at the edge nor hidden behind the overflow menu.
 */
class ViewTabsFitTest extends WindowStory {
    @Override
    UiLanguage language() {
        return UiLanguage.POLISH;
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
