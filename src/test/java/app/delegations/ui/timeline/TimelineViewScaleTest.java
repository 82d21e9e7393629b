package app.delegations.ui.timeline;

import static org.junit.jupiter.api.Assertions.*;

import java.util.Locale;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * 100,000 events in the view: no node per event, and each repaint draws only what is visible. How long a
 * repaint takes is measured by the harness {@code TimelineRepaint} (src/bench), not here.
 */
@ExtendWith(ApplicationExtension.class)
class TimelineViewScaleTest {

    private TimelineViewModel vm;

    @Start
    void start(Stage stage) {
        vm = new TimelineViewModel();
        vm.localeProperty().set(Locale.ENGLISH);
        vm.setDataset(Fixtures.large(100_000, 42));
        stage.setScene(new Scene(new TimelineView(vm, TimelineBundles.english()), 1280, 600));
        stage.sizeToScene(); // the stage TestFX shares may keep a size a window test gave it
        stage.show();
    }

    @Test
    void aHundredThousandEventsAreDrawnWithoutANodeEachAndOnlyTheVisibleOnes(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        int nodes = robot.lookup("*").queryAll().size();
        assertTrue(nodes < 150, "the scene has " + nodes + " nodes for 100,000 events");

        assertEquals(Detail.COUNTS, vm.detailProperty().get());
        robot.interact(() -> vm.zoomBy(40, 640));
        assertEquals(Detail.SHAPES, vm.detailProperty().get());
        int shapes = vm.visibleItems().size();
        robot.interact(() -> vm.zoomBy(15, 640));
        assertEquals(Detail.LABELS, vm.detailProperty().get());
        int labels = vm.visibleItems().size();
        assertTrue(shapes > 100 && shapes < 10_000, "only the window is drawn: " + shapes);
        assertTrue(labels > 0 && labels < shapes, "zoomed in, fewer items are drawn: " + labels + " of " + shapes);
    }
}
