package app.delegations.ui.timeline;

import static app.delegations.ui.timeline.TimelineMetrics.AXIS_HEIGHT;

import java.time.LocalDate;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.TextAlignment;

/**
 * The date axis (two tiers: e.g. months above days, what is written where decided by {@link AxisLabels}) and
 * the bands behind the rows, one per period of the lower tier's unit. Only the periods in view are visited.
 */
final class AxisPainter {

    private static final double TIER = AXIS_HEIGHT / 2;

    private final PaletteAndFonts paint;
    private final AxisLabels labels;

    AxisPainter(PaletteAndFonts paint) {
        this.paint = paint;
        labels = new AxisLabels(s -> paint.fit().width(s, paint.regular()), s -> paint.fit().width(s, paint.bold()));
    }

    /** Bands and grid lines behind the items, over the whole height. */
    void drawBands(GraphicsContext gc, TimelineViewModel vm, double width, double height) {
        TimelinePalette p = paint.palette();
        CalendarUnit unit = labels.lowerUnit(vm.dayFormatProperty().get(), vm.getPixelsPerDay());
        boolean lines = vm.getPixelsPerDay() * unit.typicalDays() >= 12;
        forEachPeriod(vm, unit, width, (start, x0, x1) -> {
            if (unit.parity(start) == 1) {
                gc.setFill(p.band());
                gc.fillRect(x0, AXIS_HEIGHT, x1 - x0, height - AXIS_HEIGHT);
            }
            if (lines) {
                gc.setStroke(p.grid());
                gc.setLineWidth(1);
                gc.strokeLine(snap(x0), AXIS_HEIGHT, snap(x0), height);
            }
        });
    }

    /** The axis itself, over the top {@link TimelineMetrics#AXIS_HEIGHT} pixels. */
    void drawAxis(GraphicsContext gc, TimelineViewModel vm, double width) {
        TimelinePalette p = paint.palette();
        DayFormat format = vm.dayFormatProperty().get();
        double ppd = vm.getPixelsPerDay();
        gc.setFill(p.axisBackground());
        gc.fillRect(0, 0, width, AXIS_HEIGHT);
        CalendarUnit lower = labels.lowerUnit(format, ppd);
        CalendarUnit upper = lower.coarser();
        gc.setStroke(p.grid());
        gc.setLineWidth(1);
        if (upper != null) {
            forEachPeriod(vm, upper, width, (start, x0, x1) -> gc.strokeLine(snap(x0), 0, snap(x0), TIER));
        }
        forEachPeriod(vm, lower, width, (start, x0, x1) -> gc.strokeLine(snap(x0), TIER, snap(x0), AXIS_HEIGHT));
        gc.strokeLine(0, snap(TIER), width, snap(TIER));
        gc.strokeLine(0, snap(AXIS_HEIGHT), width, snap(AXIS_HEIGHT));
        gc.setTextBaseline(VPos.CENTER);
        gc.setFill(p.text());
        for (AxisLabels.Label label : labels.labels(format, ppd, vm.viewport().dayAt(0), width)) {
            boolean top = label.tier() == AxisLabels.Tier.UPPER;
            gc.setFont(top ? paint.bold() : paint.regular());
            gc.setTextAlign(label.centred() ? TextAlignment.CENTER : TextAlignment.LEFT);
            gc.fillText(label.text(), label.x(), top ? TIER / 2 : TIER * 1.5);
        }
    }

    /** Receives one calendar period in view: its first day and its x range. */
    @FunctionalInterface
    private interface PeriodSink {
        void accept(LocalDate start, double x0, double x1);
    }

    private static void forEachPeriod(TimelineViewModel vm, CalendarUnit unit, double width, PeriodSink sink) {
        long first = clampDay((long) Math.floor(vm.viewport().dayAt(0)));
        long last = clampDay((long) Math.ceil(vm.viewport().dayAt(width)));
        LocalDate start = unit.start(LocalDate.ofEpochDay(first));
        for (int guard = 0; guard < 20_000 && start.toEpochDay() <= last; guard++) {
            LocalDate next = unit.next(start);
            sink.accept(start, vm.viewport().xOfDay(start.toEpochDay()), vm.viewport().xOfDay(next.toEpochDay()));
            start = next;
        }
    }

    private static long clampDay(long day) {
        return Math.max(LocalDate.of(-9999, 1, 1).toEpochDay(), Math.min(LocalDate.of(9999, 1, 1).toEpochDay(), day));
    }

    static double snap(double v) {
        return Math.floor(v) + 0.5;
    }
}
