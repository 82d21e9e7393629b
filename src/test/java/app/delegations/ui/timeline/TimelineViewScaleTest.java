package app.delegations.ui.timeline;

import static org.junit.jupiter.api.Assertions.*;

import app.delegations.ui.timeline.TimelineViewModel.Detail;
import java.util.Arrays;
import java.util.Locale;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** 100,000 events in the view: no node per event, and each repaint draws only what is visible. */
@ExtendWith(ApplicationExtension.class)
class TimelineViewScaleTest {

    private TimelineViewModel vm;

    @Start
    void start(Stage stage) {
        vm = new TimelineViewModel();
        vm.localeProperty().set(Locale.ENGLISH);
        vm.setDataset(Fixtures.large(100_000, 42));
        stage.setScene(new Scene(new TimelineView(vm, TimelineBundles.english()), 1280, 600));
        stage.show();
    }

    /** Median of 7 repaints on the JavaFX thread, in ms of its CPU (what the UI thread spends per frame). */
    private double repaintMillis(FxRobot robot) {
        TimelineCanvas surface = robot.lookup("#timeline").queryAs(TimelineCanvas.class);
        double[] times = new double[7];
        robot.interact(() -> {
            for (int i = 0; i < times.length; i++) {
                long t0 = CpuClock.now();
                surface.repaint();
                times[i] = (CpuClock.now() - t0) / 1e6;
            }
        });
        Arrays.sort(times);
        return times[times.length / 2];
    }

    @Test
    void aHundredThousandEventsAreDrawnWithoutANodeEachAndEachFrameIsQuick(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        int nodes = robot.lookup("*").queryAll().size();
        assertTrue(nodes < 150, "the scene has " + nodes + " nodes for 100,000 events");

        assertEquals(Detail.COUNTS, vm.detailProperty().get());
        double counts = repaintMillis(robot);
        robot.interact(() -> vm.zoomBy(40, 640));
        assertEquals(Detail.SHAPES, vm.detailProperty().get());
        int shapes = vm.visibleItems().size();
        double shapesMs = repaintMillis(robot);
        robot.interact(() -> vm.zoomBy(15, 640));
        assertEquals(Detail.LABELS, vm.detailProperty().get());
        int labels = vm.visibleItems().size();
        double labelsMs = repaintMillis(robot);
        System.out.printf("repaint with 100,000 events, median of 7: counts %.1f ms, shapes %.1f ms (%d items),"
                + " labels %.1f ms (%d items)%n", counts, shapesMs, shapes, labelsMs, labels);
        assertTrue(shapes > 100 && shapes < 10_000, "only the window is drawn: " + shapes);
        assertTrue(counts < 50 && shapesMs < 100 && labelsMs < 100,
                counts + " / " + shapesMs + " / " + labelsMs + " ms");
    }
}
