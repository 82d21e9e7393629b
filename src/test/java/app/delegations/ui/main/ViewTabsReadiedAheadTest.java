package app.delegations.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.delegations.ui.common.Messages;
import app.delegations.ui.common.OutOfSight;
import app.delegations.ui.common.ReadiedAhead;
import app.delegations.ui.common.UiLanguage;
import app.delegations.ui.common.ViewContext;
import app.delegations.ui.common.ViewFeature;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.layout.Pane;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * A view that readies itself ahead ({@link ReadiedAhead}, the map) is readied by {@link ViewTabs#warmNext} one piece
 * a call: made, then its first step before it is put in its tab, then a step a call until it says it is ready;
 * choosing its tab meanwhile finishes it at once; while in its tab not chosen it is kept out of the render thread's
 * work ({@link OutOfSight}); the view in front is never readied, and one shown before is not readied again.
 */
@ExtendWith(ApplicationExtension.class)
class ViewTabsReadiedAheadTest {
    /** What happened, in order: "made", "step n (in tab: b)", "now". */
    private final List<String> log = new ArrayList<>();

    /** A view readied in {@code steps} steps. */
    private final class Readied implements ViewFeature, ReadiedAhead {
        private final String id;
        private final int steps;
        private int done;
        private Tab tab;

        Readied(String id, int steps) {
            this.id = id;
            this.steps = steps;
        }

        @Override
        public Node create(ViewContext c) {
            log.add(id + " made");
            return new Pane();
        }

        @Override
        public boolean readyNext(Node view) {
            if (done == steps) {
                return false;
            }
            done++;
            log.add(id + " step " + done + " (in tab: " + (tab.getContent() == view) + ")");
            return true;
        }

        @Override
        public void readyNow(Node view) {
            log.add(id + " now (in tab: " + (tab.getContent() == view) + ")");
        }

        @Override
        public void dispose() {
        }

        @Override
        public String tabId() {
            return id;
        }

        @Override
        public String tabKey() {
            return "tab.map";
        }

        @Override
        public String menuId() {
            return id + "Menu";
        }

        @Override
        public String menuKey() {
            return "menu.view.map";
        }
    }

    private final Readied first = new Readied("first", 0);
    private final Readied map = new Readied("map", 2);
    private ViewTabs tabs;

    private ViewTabs tabs(FxRobot robot) {
        robot.interact(() -> {
            tabs = new ViewTabs(Messages.of(UiLanguage.ENGLISH), List.of(first, map), () -> null);
            first.tab = tabs.pane().getTabs().get(0);
            map.tab = tabs.pane().getTabs().get(1);
            tabs.start();
        });
        log.clear();
        return tabs;
    }

    private boolean warmNext(FxRobot robot) {
        boolean[] more = new boolean[1];
        robot.interact(() -> more[0] = tabs.warmNext());
        return more[0];
    }

    @Test
    void madeThenItsFirstStepBeforeItIsPutInItsTabThenAStepACallUntilReady(FxRobot robot) {
        tabs(robot);
        assertTrue(warmNext(robot));
        assertEquals(List.of("map made"), log, "made first, kept aside");
        assertNull(map.tab.getContent());
        assertTrue(warmNext(robot));
        assertEquals("map step 1 (in tab: false)", log.get(1), "its first step before it is in its tab");
        Node view = map.tab.getContent();
        assertTrue(view != null && !map.tab.isSelected(), "then in its tab, out of sight");
        assertTrue(OutOfSight.kept(view), "kept out of the render thread's work while its tab is not chosen");
        assertTrue(warmNext(robot));
        assertEquals("map step 2 (in tab: true)", log.get(2));
        assertFalse(warmNext(robot), "ready: nothing left");
        assertFalse(warmNext(robot));
        assertEquals(3, log.size(), "nothing more");
        robot.interact(() -> tabs.select(map));
        assertSame(view, map.tab.getContent(), "its tab shows the view readied");
        assertFalse(OutOfSight.kept(view), "drawn from the frame that shows it");
        assertEquals(3, log.size(), "a view ready needs nothing at its showing");
    }

    @Test
    void chosenWhileBeingReadiedItIsFinishedAtOnceAndNotReadiedFurther(FxRobot robot) {
        tabs(robot);
        warmNext(robot);
        warmNext(robot);
        robot.interact(() -> tabs.select(map));
        assertEquals(List.of("map made", "map step 1 (in tab: false)", "map now (in tab: true)"), log);
        assertFalse(OutOfSight.kept(map.tab.getContent()), "chosen while readied: drawn at once");
        robot.interact(() -> tabs.select(first));
        assertFalse(warmNext(robot), "shown: not readied again");
        assertEquals(3, log.size());
    }

    @Test
    void theViewInFrontIsNeverReadied(FxRobot robot) {
        tabs(robot);
        robot.interact(() -> tabs.select(map));
        log.clear();
        assertFalse(warmNext(robot));
        assertEquals(List.of(), log);
    }
}
