package app.delegations.bench.search;

import app.delegations.bench.BenchData;
import app.delegations.index.DatasetIndex;
import app.delegations.model.Dataset;
import app.delegations.model.Event;
import app.delegations.ui.filter.FilterModel;
import app.delegations.ui.filter.SearchHits;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One keystroke of the all-kinds search (issue 14) over the standard generated archive of N records (places,
 * events, people, organisations, venues, countries), through the window's real {@link FilterModel}: the search
 * of every kind's folded texts, the events found through people and organisations, the facets' pass over the
 * places and the new predicates. {@code keystroke} is that alone; {@code keystrokeAndEvents} also asks the new
 * event predicate of every event, as the Events table and the timeline do. Typing "krakow" and deleting it
 * again (each call one keystroke: growing words re-test only the last matches, shrinking ones test all);
 * {@code freshWord} alternates two unrelated words, so every call tests every record. Sample mode: the
 * summary reads the median. Target (issue 14): one keystroke ≤ 16 ms at 100,000 records.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class SearchBenchmark {
    private static final String[] TYPING = {"k", "kr", "kra", "krak", "krako", "krakow", "krako", "krak", "kra",
        "kr", "k", ""};
    private static final String[] FRESH = {"ko", "ta"};

    @Param({"100000"})
    public int records;

    private List<Event> events;
    private FilterModel filter;
    private int step;

    @Setup
    public void setUp() {
        Dataset dataset = BenchData.load(BenchData.standard(records));
        events = dataset.events();
        filter = new FilterModel();
        filter.setIndex(DatasetIndex.build(dataset));
    }

    /** One keystroke: the filter's recompute of every kind. */
    @Benchmark
    public SearchHits keystroke() {
        filter.searchTextProperty().set(TYPING[step++ % TYPING.length]);
        return filter.searchHitsProperty().get();
    }

    /** One keystroke, then the new event predicate asked of every event (the Events table, the timeline). */
    @Benchmark
    public int keystrokeAndEvents() {
        filter.searchTextProperty().set(TYPING[step++ % TYPING.length]);
        return eventsShown();
    }

    /** A word unrelated to the last: every record of every kind tested again. */
    @Benchmark
    public SearchHits freshWord() {
        filter.searchTextProperty().set(FRESH[step++ % FRESH.length]);
        return filter.searchHitsProperty().get();
    }

    private int eventsShown() {
        Predicate<Event> shown = filter.eventPredicateProperty().get();
        int n = 0;
        for (Event e : events) {
            if (shown.test(e)) {
                n++;
            }
        }
        return n;
    }
}
