package app.delegations.ui.timeline;

import static org.junit.jupiter.api.Assertions.*;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The overview of thousands of events has a count axis: a bar counts the events of one calendar period (a
 * day, a week, a month…, which the caption names), and a few labelled ticks at round counts say how tall a bar
 * is.
 */
class CountsAxisTest {

    @Test
    void ticksAreRoundCountsAFewOfThemReachingTheHighestBar() {
        for (int max = 1; max <= 20_000; max = max * 3 / 2 + 1) {
            for (double height : new double[] {40, 150, 400, 900}) {
                CountScale s = CountScale.of(max, height, 36);
                String what = max + " in " + height + " px: " + s;
                assertTrue(s.top() >= max && s.top() - s.step() < max, what);
                assertTrue(isRound(s.step()), what);
                assertTrue(s.steps() * 36 <= Math.max(36, height), "ticks at least 36 px apart: " + what);
                if (height >= 150 && max >= 3) {
                    assertTrue(s.steps() >= 2, "at least two labelled ticks above 0: " + what);
                }
            }
        }
        assertEquals(new CountScale(50, 200), CountScale.of(192, 320, 36));
    }

    @Test
    void theFittedOverviewOfThousandsOfEventsHasCalendarBarsOnACountAxis() {
        var vm = new TimelineViewModel();
        vm.localeProperty().set(Locale.ENGLISH);
        vm.viewportWidthProperty().set(750);
        vm.viewportHeightProperty().set(480);
        vm.setDataset(Fixtures.large(20_000, 7));
        assertEquals(Detail.COUNTS, vm.detailProperty().get());

        CountsPainter.Bars bars = CountsPainter.bars(vm, 750, 480);
        assertEquals(CountBucket.MONTH, bars.bucket(), "ten years in 750 pixels: a bar a month");
        assertEquals(20_000, Arrays.stream(bars.counts()).sum(), "every event is in a bar");
        assertTrue(bars.scale().top() >= bars.max() && bars.scale().steps() >= 3, bars.scale().toString());
        for (int b = 0; b < bars.counts().length; b++) {
            var start = LocalDate.ofEpochDay(bars.starts()[b]);
            assertEquals(1, start.getDayOfMonth(), "a bar is a calendar month: " + start);
        }

        vm.zoomBy(4.5 / vm.getPixelsPerDay(), 375);
        assertEquals(CountBucket.DAY, CountsPainter.bars(vm, 750, 480).bucket());
    }

    private static boolean isRound(int step) {
        while (step % 10 == 0) {
            step /= 10;
        }
        return step == 1 || step == 2 || step == 5;
    }
}
