package app.delegations.bench.events;

import app.delegations.bench.BenchData;
import app.delegations.bench.WholeFileRun;
import app.delegations.data.Checkpoint;
import app.delegations.index.DatasetIndex;
import app.delegations.model.Dataset;
import app.delegations.ui.common.Messages;
import app.delegations.ui.common.RevealList;
import app.delegations.ui.common.Selection;
import app.delegations.ui.common.UiLanguage;
import app.delegations.ui.events.EventRow;
import app.delegations.ui.events.EventsViewModel;
import app.delegations.ui.filter.FilterModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import javafx.collections.ListChangeListener;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;

/**
 * The Events step of a reload on the UI thread (issue 14, the archive changed on disk): the window shows the
 * rows of one dataset of N records, the filter takes the next dataset's index (the filter phase, a frame
 * earlier: not timed) and then {@link EventsViewModel#setRows} gets the next dataset's rows, prepared off the UI
 * thread as {@code EventsFeature} prepares them (not timed). {@code setRows} is timed: the narrowing's new
 * predicate and the rows' {@code setAll}, each filtering through the table's {@code FilteredList}, which a
 * {@link RevealList} and a listener read as the table would (the table's own cells are not part of it). The two
 * datasets are two loads of the same generated file (distinct records with the same ids, as after a reload);
 * each call swaps to the other. {@code filter}: none (every event passes), {@code search} (a word of the
 * generated names) or {@code facet} (the country of the first place ticked), so that the event predicate is
 * trivial or not. Sample mode: the summary reads the median.
 * <p>{@link #main} times the same step as the thread's CPU time and wall time (a shared machine's queue for a
 * core shows in the wall time, much less in the CPU time):
 * <pre>
 * java -Xms3g -Xmx3g -Dbench.reuse=true -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
 *     app.delegations.bench.events.EventsRowsBenchmark 100000 60
 * </pre>
 */
@BenchmarkMode(Mode.SampleTime) // as WholeFileRun, but each call sampled and 5 measured iterations
@Measurement(iterations = 5, time = 2)
public class EventsRowsBenchmark extends WholeFileRun {
    @Param({"100000"})
    public int records;

    @Param({"none", "search", "facet"})
    public String filter;

    private final DatasetIndex[] indexes = new DatasetIndex[2];
    private final List<?>[] prepared = new List<?>[2];
    private FilterModel model;
    private EventsViewModel vm;
    private int next;
    private int changes;

    @Setup(Level.Trial)
    public void setUp() {
        var data = BenchData.standard(records);
        Messages messages = Messages.of(UiLanguage.ENGLISH);
        for (int i = 0; i < 2; i++) {
            Dataset dataset = BenchData.load(data);
            indexes[i] = DatasetIndex.build(dataset);
            prepared[i] = EventRow.build(indexes[i], messages, Checkpoint.NONE);
        }
        model = new FilterModel();
        model.setIndex(indexes[0]);
        switch (filter) {
            case "none" -> { }
            case "search" -> model.searchTextProperty().set("sta");
            case "facet" -> model.countries().add(indexes[0].entries().get(0).place().country());
            default -> throw new IllegalArgumentException(filter);
        }
        vm = new EventsViewModel(model, new Selection());
        new RevealList<>(vm.items()).addListener((ListChangeListener<Object>) c -> changes++);
        vm.setRows(indexes[0], rows(0));
        next = 1;
    }

    /** The filter phase of the reload, a frame before the Events step. */
    @Setup(Level.Invocation)
    public void filterPhase() {
        model.setIndex(indexes[next]);
    }

    /** The Events step: the next dataset's rows. */
    @Benchmark
    public int setRows() {
        vm.setRows(indexes[next], rows(next));
        next = 1 - next;
        return vm.items().size() + changes;
    }

    @SuppressWarnings("unchecked")
    private List<EventRow> rows(int i) {
        return (List<EventRow>) prepared[i];
    }

    /**
     * CPU time and wall time of {@code setRows}: args records (100000) and reloads per filter (60), after as many
     * to warm up; one line per filter, medians and p90.
     */
    public static void main(String[] args) throws ReflectiveOperationException {
        int n = args.length > 1 ? Integer.parseInt(args[1]) : 60;
        // java.management is reached by name (the app's module does not read it), as in DateRangeCpu
        Object mx = Class.forName("java.lang.management.ManagementFactory").getMethod("getThreadMXBean").invoke(null);
        var cpuTime = Class.forName("java.lang.management.ThreadMXBean").getMethod("getCurrentThreadCpuTime");
        for (String f : new String[] {"none", "search", "facet"}) {
            var b = new EventsRowsBenchmark();
            b.records = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
            b.filter = f;
            b.setUp();
            long[] cpu = new long[n];
            long[] wall = new long[n];
            long sink = 0;
            for (int round = 0; round < 2; round++) {
                for (int i = 0; i < n; i++) {
                    b.filterPhase();
                    long c0 = (long) cpuTime.invoke(mx);
                    long w0 = System.nanoTime();
                    sink += b.setRows();
                    wall[i] = System.nanoTime() - w0;
                    cpu[i] = (long) cpuTime.invoke(mx) - c0;
                }
            }
            Arrays.sort(cpu);
            Arrays.sort(wall);
            System.out.printf("setRows %-6s CPU median %.2f ms, p90 %.2f | wall median %.2f ms, p90 %.2f | %d reloads,"
                    + " %,d rows shown (%d) | load %s%n", f, cpu[n / 2] / 1e6, cpu[n * 9 / 10] / 1e6, wall[n / 2] / 1e6,
                    wall[n * 9 / 10] / 1e6, n, b.vm.items().size(), sink, loadAverage());
        }
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (IOException e) {
            return "?";
        }
    }
}
