package app.delegations.ui.timeline;

import static app.delegations.ui.timeline.TimelineMetrics.AXIS_HEIGHT;

import java.text.MessageFormat;
import java.util.Set;
import java.util.function.UnaryOperator;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.TextAlignment;

/**
 * Far zoomed out: instead of 100,000 items, a bar per few pixels with the number of events starting there
 * (each bar an O(log n) count), the highlighted events as ticks, the selected one as a line.
 */
final class CountsPainter {

    private static final double BAR = 3;

    private final PaletteAndFonts paint;

    CountsPainter(PaletteAndFonts paint) {
        this.paint = paint;
    }

    void draw(GraphicsContext gc, TimelineViewModel vm, double width, double height, UnaryOperator<String> text) {
        TimelineLayout layout = vm.getLayout();
        TimelinePalette p = paint.palette();
        double ppd = vm.getPixelsPerDay();
        long bucket = Math.max(1, (long) Math.ceil(BAR / ppd));  // days per bar, aligned so bars keep still
        long first = Math.floorDiv((long) Math.floor(vm.viewport().dayAt(0)), bucket) * bucket;
        long last = (long) Math.ceil(vm.viewport().dayAt(width));
        int buckets = (int) Math.min(100_000, (last - first) / bucket + 1);
        int[] counts = new int[buckets];
        int max = 0;
        for (int b = 0; b < buckets; b++) {
            long from = first + b * bucket;
            counts[b] = layout.countStarting(from, from + bucket);
            max = Math.max(max, counts[b]);
        }
        double top = AXIS_HEIGHT + 34;
        double bottom = height - 8;
        if (max > 0 && bottom > top) {
            gc.setFill(p.counts());
            for (int b = 0; b < buckets; b++) {
                if (counts[b] > 0) {
                    double x0 = vm.viewport().xOfDay(first + b * bucket);
                    double x1 = vm.viewport().xOfDay(first + (b + 1) * bucket);
                    double h = Math.max(1, (bottom - top) * counts[b] / max);
                    gc.fillRect(x0, bottom - h, Math.max(1, x1 - x0 - 1), h);
                }
            }
        }
        Set<String> highlighted = vm.highlightedEventIdsProperty().get();
        if (highlighted != null) {
            gc.setFill(p.highlightStroke());
            for (String id : highlighted) {
                int i = layout.indexOf(id);
                if (i >= 0) {
                    double x = vm.viewport().xOfDay(layout.item(i).startDay() + 0.5);
                    gc.fillPolygon(new double[] {x - 5, x + 5, x}, new double[] {top - 12, top - 12, top - 2}, 3);
                }
            }
        }
        TimelineItem selected = vm.selectedItemProperty().get();
        if (selected != null) {
            double x = AxisPainter.snap(vm.viewport().xOfDay(selected.startDay() + 0.5));
            gc.setStroke(p.selection());
            gc.setLineWidth(2);
            gc.strokeLine(x, AXIS_HEIGHT, x, height);
        }
        gc.setFont(paint.regular());
        gc.setFill(p.muted());
        gc.setTextAlign(TextAlignment.LEFT);
        gc.setTextBaseline(VPos.CENTER);
        String hint = new MessageFormat(text.apply("timeline.counts"), vm.dayFormatProperty().get().locale())
                .format(new Object[] {max});
        gc.fillText(paint.fit().fit(hint, paint.regular(), width - 16), 8, AXIS_HEIGHT + 14);
    }
}
