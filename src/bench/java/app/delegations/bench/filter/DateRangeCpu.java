package app.delegations.bench.filter;

import app.delegations.bench.BenchData;
import app.delegations.index.DatasetIndex;
import app.delegations.model.Dataset;
import app.delegations.model.Event;
import app.delegations.ui.filter.DatePreset;
import app.delegations.ui.filter.FilterModel;
import java.lang.reflect.Method;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * The same work as {@link DateRangeBenchmark} (the filter's recompute plus the event predicate asked of every
 * event), timed as the thread's CPU time per change as well as wall time: on a machine shared with other builds
 * the wall time measures the queue for a core as much as the code, the CPU time much less so. Prints one line
 * per operation: medians and p90 of 300 changes, after a round of 300 to warm up.
 * <pre>
 * mvn -B -q -Pbench test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt
 * java -Xms2g -Xmx2g -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
 *     app.delegations.bench.filter.DateRangeCpu 100000
 * </pre>
 */
public final class DateRangeCpu {
    private static final int CHANGES = 300;

    private final Dataset data;
    private final FilterModel filter;

    private DateRangeCpu(int records) {
        data = BenchData.load(BenchData.standard(records));
        filter = new FilterModel(Clock.fixed(LocalDate.of(2017, 3, 15).atStartOfDay().toInstant(ZoneOffset.UTC),
                ZoneOffset.UTC));
        filter.setIndex(DatasetIndex.build(data));
    }

    /** One change, by its number. */
    private record Operation(String name, Consumer<Integer> change) {
    }

    public static void main(String[] args) throws ReflectiveOperationException {
        var run = new DateRangeCpu(Integer.parseInt(args.length > 0 ? args[0] : "100000"));
        System.out.printf("%,d events, %,d places%n", run.data.events().size(), run.data.places().size());
        FilterModel f = run.filter;
        List<Operation> operations = List.of(
                new Operation("oneEndTyped", i -> f.fromProperty().set(LocalDate.of(2000 + i % 30, 1, 1))),
                new Operation("rangeChange", i -> {
                    f.fromProperty().set(LocalDate.of(2000 + i % 20, 1, 1));
                    f.toProperty().set(LocalDate.of(2005 + i % 25, 6, 30));
                }),
                new Operation("presetChosen", i -> f.applyPreset(DatePreset.values()[i % DatePreset.values().length])),
                new Operation("yearTicked", i -> {
                    if (!f.years().remove(2000 + i % 30)) {
                        f.years().add(2000 + i % 30);
                    }
                }));
        for (int round = 0; round < 2; round++) {
            for (Operation o : operations) {
                String line = run.time(o);
                if (round == 1) {
                    System.out.println(line);
                }
            }
        }
    }

    private String time(Operation o) throws ReflectiveOperationException {
        // java.management is reached by name (the app's module does not read it), as in TimelineRepaint
        Object mx = Class.forName("java.lang.management.ManagementFactory").getMethod("getThreadMXBean").invoke(null);
        Method cpuTime = Class.forName("java.lang.management.ThreadMXBean").getMethod("getCurrentThreadCpuTime");
        long[] cpu = new long[CHANGES];
        long[] wall = new long[CHANGES];
        long left = 0;
        for (int i = 0; i < CHANGES; i++) {
            long c0 = (long) cpuTime.invoke(mx);
            long w0 = System.nanoTime();
            o.change().accept(i);
            left += eventsLeft();
            cpu[i] = (long) cpuTime.invoke(mx) - c0;
            wall[i] = System.nanoTime() - w0;
        }
        filter.clear();
        Arrays.sort(cpu);
        Arrays.sort(wall);
        return String.format("%-13s CPU median %.2f ms, p90 %.2f | wall median %.2f ms, p90 %.2f (%d left in all)",
                o.name(), cpu[CHANGES / 2] / 1e6, cpu[CHANGES * 9 / 10] / 1e6, wall[CHANGES / 2] / 1e6,
                wall[CHANGES * 9 / 10] / 1e6, left);
    }

    private int eventsLeft() {
        Predicate<Event> p = filter.eventPredicateProperty().get();
        int n = 0;
        for (Event e : data.events()) {
            if (p.test(e)) {
                n++;
            }
        }
        return n + filter.matchCountProperty().get();
    }
}
