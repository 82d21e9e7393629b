package app.delegations.ui.timeline;

import static org.junit.jupiter.api.Assertions.*;

import java.util.Locale;
import java.util.concurrent.Callable;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Thousands of events open as an overview of counts; its titles are readable there too: the pointer over a
 * bar tells the bar's period, how many events start in it and the titles of the first of them.
 */
@ExtendWith(ApplicationExtension.class)
class TimelineOverviewTest {

    private TimelineViewModel vm;

    @Start
    void start(Stage stage) {
        vm = new TimelineViewModel();
        vm.localeProperty().set(Locale.forLanguageTag("pl-PL"));
        vm.setDataset(Fixtures.large(20_000, 11));
        stage.setScene(new Scene(new TimelineView(vm, TimelineBundles.polish()), 750, 480));
        stage.show();
    }

    @Test
    void aBarTellsItsPeriodItsCountAndTheTitlesOfItsEventsOnHover(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        TimelineCanvas surface = robot.lookup("#timeline").queryAs(TimelineCanvas.class);
        assertEquals(Detail.COUNTS, vm.detailProperty().get());
        double y = read(surface::getHeight) - CountsPainter.BOTTOM_MARGIN - 1;
        CountBar bar = null;
        double x = 0;
        for (x = 30; x < 700 && (bar == null || bar.count() <= TimelineCanvas.BAR_TITLES); x += 3) {
            double at = x;
            bar = read(() -> vm.itemsInView().barAt(at, y, TimelineCanvas.BAR_TITLES));
        }
        assertNotNull(bar, "a bar with more events than its tooltip lists");
        // the pointer goes to the middle of that bar, not its edge, where the next bar may begin
        CountBar found = bar;
        double start = x - 3;
        double end = read(() -> {
            double last = start;
            while (last < 740 && sameBar(found, vm.itemsInView().barAt(last + 1, y, TimelineCanvas.BAR_TITLES))) {
                last += 1;
            }
            return last;
        });
        robot.moveTo(surface.localToScreen((start + end) / 2, y));
        WaitForAsyncUtils.waitForFxEvents();

        String hover = surface.hoverText();
        assertNotNull(hover, "a tooltip over the bar");
        String month = vm.dayFormatProperty().get().monthYear(bar.first());
        assertTrue(hover.startsWith(month + " · " + bar.count() + " wydarze"), hover);
        for (TimelineItem it : bar.items()) {
            assertTrue(hover.contains("\n" + vm.titleOf(it)), vm.titleOf(it) + " in " + hover);
        }
        assertTrue(hover.endsWith("…i jeszcze " + (bar.count() - TimelineCanvas.BAR_TITLES)), hover);
    }

    private static <T> T read(Callable<T> read) {
        try {
            return WaitForAsyncUtils.asyncFx(read).get();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static boolean sameBar(CountBar a, CountBar b) {
        return b != null && a.first().equals(b.first()) && a.count() == b.count();
    }
}
