package app.delegations.bench.timeline;

import app.delegations.bench.BenchData;
import app.delegations.bench.KeystrokeRun;
import app.delegations.model.Dataset;
import app.delegations.model.Event;
import app.delegations.model.EventKind;
import app.delegations.ui.timeline.TimelineLayout;
import app.delegations.ui.timeline.TimelineViewModel;
import java.util.function.Predicate;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Building the timeline for N events with the window's real {@link TimelineViewModel}: a new dataset
 * (layout, rows, fit to the viewport), and a filter change on a shown timeline (layout again); and the layout
 * alone ({@link TimelineLayout#of}, once a CPU-time assertion in {@code TimelineLayoutTest}). Events come from
 * a generated file (congresses containing conferences containing presentations) read by the real loader.
 * The view model lays out synchronously here; the window has it lay out on a background thread and only
 * apply the result on the FX thread, so these figures are the wait before the timeline updates.
 */
@BenchmarkMode(Mode.AverageTime) // as KeystrokeRun, but the mean time and 4 warm-up iterations
@Warmup(iterations = 4, time = 1)
public class TimelineBenchmark extends KeystrokeRun {

    @Param({"100000"})
    public int events;

    private Dataset dataset;
    private TimelineViewModel shown;
    private final Predicate<Event> congressesAndConferences =
            e -> e.kind() == EventKind.CONGRESS || e.kind() == EventKind.CONFERENCE;
    private boolean filtered;

    @Setup
    public void setUp() {
        dataset = BenchData.load(BenchData.events(events));
        shown = viewModel();
        shown.setDataset(dataset);
        if (shown.getLayout().size() != dataset.events().size()) {
            throw new IllegalStateException("laid out " + shown.getLayout().size() + " of " + dataset.events().size());
        }
    }

    private static TimelineViewModel viewModel() {
        var vm = new TimelineViewModel();
        vm.viewportWidthProperty().set(1600);
        vm.viewportHeightProperty().set(900);
        return vm;
    }

    /** The layout alone of every event: rows, nesting, the interval index. */
    @Benchmark
    public TimelineLayout layout() {
        return TimelineLayout.of(dataset, e -> true);
    }

    /** A window gets a new file: the whole layout, and the fit to the viewport. */
    @Benchmark
    public TimelineLayout setDataset() {
        var vm = viewModel();
        vm.setDataset(dataset);
        return vm.getLayout();
    }

    /** The shown timeline's filter changes (all events ↔ congresses and conferences). */
    @Benchmark
    public TimelineLayout changeFilter() {
        filtered = !filtered;
        shown.eventFilterProperty().set(filtered ? congressesAndConferences : null);
        return shown.getLayout();
    }
}
