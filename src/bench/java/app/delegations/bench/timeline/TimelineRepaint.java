package app.delegations.bench.timeline;

import app.delegations.bench.BenchData;
import app.delegations.bench.FxHarness;
import app.delegations.model.Dataset;
import app.delegations.ui.common.Messages;
import app.delegations.ui.common.UiLanguage;
import app.delegations.ui.timeline.Detail;
import app.delegations.ui.timeline.TimelineMetrics;
import app.delegations.ui.timeline.TimelineView;
import app.delegations.ui.timeline.TimelineViewModel;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Locale;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * {@code TimelineRepaint [EVENTS]}: the JavaFX thread's CPU time for one repaint of the timeline holding N
 * events (default 100,000), in a 1280×600 window, at the three levels of detail (counts per day, shapes,
 * labels), each at its widest scale (zoomed in from the fitted view a toolbar step at a time until the level is
 * reached): median of 7 repaints each, after one warm-up round. Was a wall-clock assertion inside
 * {@code TimelineViewScaleTest}, which a slow CI machine breaks; the test now checks what is drawn, this harness
 * how long it takes. Prints one JSON object.
 *
 * <p>Needs a display, or Monocle's headless platform from the test class path:
 * {@code -Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw} (see src/bench/README.md).
 */
public final class TimelineRepaint {
    private static final int SAMPLES = 7;

    private TimelineRepaint() {
    }

    public static void main(String[] args) throws Exception {
        int events = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        Dataset dataset = BenchData.load(BenchData.events(events));
        FxHarness.print(() -> measure(dataset));
    }

    private static String measure(Dataset dataset) throws ReflectiveOperationException {
        var vm = new TimelineViewModel();
        vm.localeProperty().set(Locale.ENGLISH);
        vm.setDataset(dataset);
        var view = new TimelineView(vm, Messages.of(UiLanguage.ENGLISH).bundle());
        var stage = new Stage();
        stage.setScene(new Scene(view, 1280, 600));
        stage.show();
        view.applyCss();
        view.layout();
        Parent surface = (Parent) view.lookup("#timeline");
        double[] counts = {};
        double[] shapes = {};
        double[] labels = {};
        for (int round = 0; round < 2; round++) {  // the first round warms up
            vm.fitAll();
            zoomTo(vm, Detail.COUNTS);
            counts = repaints(surface);
            zoomTo(vm, Detail.SHAPES);
            shapes = repaints(surface);
            zoomTo(vm, Detail.LABELS);
            labels = repaints(surface);
        }
        String detail = vm.detailProperty().get().toString();
        stage.close();
        return String.format(Locale.ROOT, "{\"events\": %d, \"countsMs\": %.2f, \"shapesMs\": %.2f, "
                        + "\"labelsMs\": %.2f, \"visibleItemsAtLabels\": %d, \"lastDetail\": \"%s\"}",
                dataset.events().size(), median(counts), median(shapes), median(labels), vm.visibleItems().size(),
                detail);
    }

    /**
     * Zooms in at the centre, a toolbar step at a time, until the timeline draws at {@code detail}: the first
     * (widest) scale of that level, where it draws the most. Fails when the fitted view is already past it.
     */
    private static void zoomTo(TimelineViewModel vm, Detail detail) {
        while (vm.detailProperty().get().compareTo(detail) < 0
                && vm.getPixelsPerDay() < TimelineMetrics.MAX_PIXELS_PER_DAY) {
            vm.zoomBy(TimelineMetrics.ZOOM_STEP, 640);
        }
        if (vm.detailProperty().get() != detail) {
            throw new IllegalStateException("drawn at " + vm.detailProperty().get() + ", not " + detail);
        }
    }

    /** CPU milliseconds of the JavaFX thread for each of {@link #SAMPLES} repaints (a layout pass repaints). */
    private static double[] repaints(Parent surface) throws ReflectiveOperationException {
        double[] times = new double[SAMPLES];
        for (int i = 0; i < SAMPLES; i++) {
            surface.requestLayout();
            long t0 = cpuNanos();
            surface.layout();
            times[i] = (cpuNanos() - t0) / 1e6;
        }
        return times;
    }

    private static double median(double[] times) {
        double[] sorted = times.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    /** The calling thread's CPU time; java.management is reached by name (the app's module does not read it). */
    private static long cpuNanos() throws ReflectiveOperationException {
        Object threads = Class.forName("java.lang.management.ManagementFactory").getMethod("getThreadMXBean")
                .invoke(null);
        Method cpu = Class.forName("java.lang.management.ThreadMXBean").getMethod("getCurrentThreadCpuTime");
        return (long) cpu.invoke(threads);
    }
}
