package app.delegations.bench.map;

import app.delegations.bench.BenchData;
import app.delegations.bench.FxHarness;
import app.delegations.data.Checkpoint;
import app.delegations.index.DatasetIndex;
import app.delegations.model.Dataset;
import app.delegations.ui.common.AppPreferences.Theme;
import app.delegations.ui.common.DatasetStep;
import app.delegations.ui.common.EmptyState;
import app.delegations.ui.common.Messages;
import app.delegations.ui.common.Selection;
import app.delegations.ui.common.UiLanguage;
import app.delegations.ui.common.ViewContext;
import app.delegations.ui.filter.FilterModel;
import app.delegations.ui.map.MapFeature;
import app.delegations.ui.map.MapViewModel;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Locale;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * {@code MapRepaint [PLACES]}: the JavaFX thread's CPU time for one frame of the Map view while it is panned
 * and zoomed, with N places with coordinates (default 30,000, generated over Europe), in a 1366×768 window:
 * the view model's change (a 40-pixel pan, or a wheel notch of zoom around the centre) plus the repaint it
 * causes (laying out the markers and labels, drawing outlines, markers and labels on the canvas). At three
 * views: the places framed (as the map opens: clustered), zoomed in eight times (single markers, labels) and the
 * whole world. Median and maximum of 15 frames each, after one warm-up round. Prints one JSON object. The data
 * goes through the feature's own dataset step, and the view is the one the window shows.
 *
 * <p>Needs a display, or Monocle's headless platform from the test class path:
 * {@code -Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw} (see src/bench/README.md).
 */
public final class MapRepaint {
    private static final int SAMPLES = 15;

    private MapRepaint() {
    }

    public static void main(String[] args) throws Exception {
        int wanted = args.length > 0 ? Integer.parseInt(args[0]) : 30_000;
        // about one generated place in ten has no coordinates: ask for enough
        Dataset dataset = BenchData.load(BenchData.places(wanted * 10 / 9 + 10));
        FxHarness.print(() -> measure(dataset));
    }

    private static String measure(Dataset dataset) throws ReflectiveOperationException {
        var filter = new FilterModel();
        var feature = new MapFeature(filter, new Selection());
        DatasetIndex index = DatasetIndex.build(dataset);
        filter.setIndex(index);
        Messages m = Messages.of(UiLanguage.ENGLISH);
        for (DatasetStep<?> step : feature.steps()) {
            apply(step, index, m);
        }
        var no = new SimpleBooleanProperty(false);
        var yes = new SimpleBooleanProperty(true);
        var context = new ViewContext(m, null, null, new EmptyState.DataStatus(yes, no, no, () -> { }),
                new SimpleObjectProperty<>(Theme.LIGHT), () -> { }, v -> { }, null, null);
        var view = (Parent) feature.create(context);
        var stage = new Stage();
        stage.setScene(new Scene(view, 1366, 768));
        stage.show();
        view.applyCss();
        view.layout();
        Parent surface = (Parent) view.lookup("#map");
        MapViewModel vm = feature.viewModel();
        double[][] framed = {};
        double[][] close = {};
        double[][] world = {};
        for (int round = 0; round < 2; round++) { // the first round warms up
            vm.frameShown();
            framed = frames(vm, surface);
            vm.zoomAt(8, surface.getLayoutBounds().getWidth() / 2, surface.getLayoutBounds().getHeight() / 2);
            close = frames(vm, surface);
            for (int i = 0; i < 30; i++) {
                vm.zoomOut();
            }
            world = frames(vm, surface);
        }
        stage.close();
        return String.format(Locale.ROOT, "{\"places\": %d, \"framedMedianMs\": %.2f, \"framedMaxMs\": %.2f, "
                        + "\"zoomedInMedianMs\": %.2f, \"zoomedInMaxMs\": %.2f, \"worldMedianMs\": %.2f, "
                        + "\"worldMaxMs\": %.2f}",
                vm.shownCountProperty().get(), median(framed), max(framed), median(close), max(close),
                median(world), max(world));
    }

    private static <P> void apply(DatasetStep<P> step, DatasetIndex index, Messages m) {
        step.apply(index, m, step.prepare(index, m, Checkpoint.NONE));
    }

    /**
     * CPU milliseconds of the JavaFX thread for {@link #SAMPLES} pan frames and {@link #SAMPLES} zoom frames
     * (alternately in and out, so that the view stays where it was): [pans, zooms].
     */
    private static double[][] frames(MapViewModel vm, Parent surface) throws ReflectiveOperationException {
        double cx = surface.getLayoutBounds().getWidth() / 2;
        double cy = surface.getLayoutBounds().getHeight() / 2;
        double[] pans = new double[SAMPLES];
        double[] zooms = new double[SAMPLES];
        for (int i = 0; i < SAMPLES; i++) {
            long t0 = cpuNanos();
            vm.panBy(i % 2 == 0 ? 40 : -40, 0);
            surface.layout();
            pans[i] = (cpuNanos() - t0) / 1e6;
            t0 = cpuNanos();
            vm.zoomAt(i % 2 == 0 ? 1.5 : 1 / 1.5, cx, cy);
            surface.layout();
            zooms[i] = (cpuNanos() - t0) / 1e6;
        }
        return new double[][] {pans, zooms};
    }

    private static double median(double[][] times) {
        double[] all = Arrays.stream(times).flatMapToDouble(Arrays::stream).sorted().toArray();
        return all[all.length / 2];
    }

    private static double max(double[][] times) {
        return Arrays.stream(times).flatMapToDouble(Arrays::stream).max().orElse(0);
    }

    /** The calling thread's CPU time; java.management is reached by name (the app's module does not read it). */
    private static long cpuNanos() throws ReflectiveOperationException {
        Object threads = Class.forName("java.lang.management.ManagementFactory").getMethod("getThreadMXBean")
                .invoke(null);
        Method cpu = Class.forName("java.lang.management.ThreadMXBean").getMethod("getCurrentThreadCpuTime");
        return (long) cpu.invoke(threads);
    }
}
