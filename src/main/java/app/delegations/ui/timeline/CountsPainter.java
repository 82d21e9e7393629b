package app.delegations.ui.timeline;

import static app.delegations.ui.timeline.TimelineMetrics.AXIS_HEIGHT;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.function.UnaryOperator;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.TextAlignment;

/**
 * Far zoomed out: instead of 100,000 items, a bar per calendar period ({@link CountBucket}: a day, a week, a
 * month…) with the number of events starting in it (each bar an O(log n) count), on a count axis with a few
 * labelled ticks ({@link CountScale}) and a caption saying what a bar counts; the highlighted events as ticks,
 * the selected one as a line.
 */
final class CountsPainter {

    /** Space above the bars for the caption and the highlight ticks. */
    static final double TOP = AXIS_HEIGHT + 34;
    /** Space under the bars. */
    static final double BOTTOM_MARGIN = 8;
    /** The least vertical distance between two labelled ticks. */
    static final double TICK_GAP = 56;

    /** The bars in view: the bucket, each bar's first day (one more than bars: the end) and count, the scale. */
    record Bars(CountBucket bucket, long[] starts, int[] counts, CountScale scale) {
        int max() {
            return Arrays.stream(counts).max().orElse(0);
        }
    }

    private final PaletteAndFonts paint;
    private NumberFormat numbers = NumberFormat.getIntegerInstance();
    private Locale numbersLocale = Locale.getDefault();

    CountsPainter(PaletteAndFonts paint) {
        this.paint = paint;
    }

    /** The bars of the view {@code width} × {@code height} pixels. */
    static Bars bars(TimelineViewModel vm, double width, double height) {
        TimelineLayout layout = vm.getLayout();
        CountBucket bucket = CountBucket.at(vm.getPixelsPerDay());
        LocalDate day = bucket.start(LocalDate.ofEpochDay((long) Math.floor(vm.viewport().dayAt(0))));
        long last = (long) Math.ceil(vm.viewport().dayAt(width));
        long[] starts = new long[16];
        int n = 0;
        while (true) {
            if (n == starts.length) {
                starts = Arrays.copyOf(starts, n * 2);
            }
            starts[n] = day.toEpochDay();
            if (starts[n] > last || n > 100_000) {
                break;
            }
            n++;
            day = bucket.next(day);
        }
        int[] counts = new int[n];
        int max = 0;
        for (int b = 0; b < n; b++) {
            counts[b] = layout.countStarting(starts[b], starts[b + 1]);
            max = Math.max(max, counts[b]);
        }
        return new Bars(bucket, Arrays.copyOf(starts, n + 1), counts,
                CountScale.of(max, height - BOTTOM_MARGIN - TOP, TICK_GAP));
    }

    /**
     * Draws the bars; {@code paper} draws them as a picture for paper does, with no highlighted event nor selected
     * one marked (the window's selection is no part of the data).
     */
    void draw(GraphicsContext gc, TimelineViewModel vm, double width, double height, UnaryOperator<String> text,
              boolean paper) {
        TimelineLayout layout = vm.getLayout();
        TimelinePalette p = paint.palette();
        Bars bars = bars(vm, width, height);
        double bottom = height - BOTTOM_MARGIN;
        double chart = bottom - TOP;
        CountScale scale = bars.scale();
        boolean axis = bars.max() > 0 && chart > 0;
        if (axis) {
            gc.setStroke(p.grid());
            gc.setLineWidth(1);
            for (int k = 0; k <= scale.steps(); k++) {
                double y = AxisPainter.snap(bottom - scale.height(k * scale.step(), chart));
                gc.strokeLine(0, y, width, y);
            }
            gc.setFill(p.counts());
            for (int b = 0; b < bars.counts().length; b++) {
                if (bars.counts()[b] > 0) {
                    double x0 = vm.viewport().xOfDay(bars.starts()[b]);
                    double x1 = vm.viewport().xOfDay(bars.starts()[b + 1]);
                    double h = Math.max(1, scale.height(bars.counts()[b], chart));
                    gc.fillRect(x0, bottom - h, Math.max(1, x1 - x0 - 1), h);
                }
            }
        }
        Set<String> highlighted = paper ? null : vm.highlightedEventIdsProperty().get();
        if (highlighted != null) {
            gc.setFill(p.highlightStroke());
            for (String id : highlighted) {
                int i = layout.indexOf(id);
                if (i >= 0) {
                    double x = vm.viewport().xOfDay(layout.item(i).startDay() + 0.5);
                    gc.fillPolygon(new double[] {x - 5, x + 5, x}, new double[] {TOP - 12, TOP - 12, TOP - 2}, 3);
                }
            }
        }
        TimelineItem selected = paper ? null : vm.selectedItemProperty().get();
        if (selected != null) {
            double x = AxisPainter.snap(vm.viewport().xOfDay(selected.startDay() + 0.5));
            gc.setStroke(p.selection());
            gc.setLineWidth(2);
            gc.strokeLine(x, AXIS_HEIGHT, x, height);
        }
        gc.setFont(paint.regular());
        gc.setTextAlign(TextAlignment.LEFT);
        gc.setTextBaseline(VPos.CENTER);
        if (axis) {
            drawTicks(gc, vm, scale, bottom, chart);
        }
        gc.setFill(p.muted());
        gc.fillText(paint.fit().fit(text.apply(bars.bucket().key()), paint.regular(), width - 16), 8,
                AXIS_HEIGHT + 14);
    }

    /** The count of each tick at the left, on a plate of the background so that the bars behind do not hide it. */
    private void drawTicks(GraphicsContext gc, TimelineViewModel vm, CountScale scale, double bottom, double chart) {
        TimelinePalette p = paint.palette();
        Locale locale = vm.dayFormatProperty().get().locale();
        if (!locale.equals(numbersLocale)) {
            numbers = NumberFormat.getIntegerInstance(locale);
            numbersLocale = locale;
        }
        double plateHeight = paint.lineHeight();
        for (int k = 0; k <= scale.steps(); k++) {
            String label = numbers.format((long) k * scale.step());
            double w = paint.fit().width(label, paint.regular());
            double y = bottom - scale.height(k * scale.step(), chart);
            gc.setFill(p.background().deriveColor(0, 1, 1, 0.85));
            gc.fillRect(2, y - plateHeight / 2, w + 8, plateHeight);
            gc.setFill(p.muted());
            gc.fillText(label, 6, y);
        }
    }
}
