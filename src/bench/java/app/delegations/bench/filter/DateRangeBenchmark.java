package app.delegations.bench.filter;

import app.delegations.bench.BenchData;
import app.delegations.bench.KeystrokeRun;
import app.delegations.index.DatasetIndex;
import app.delegations.model.Dataset;
import app.delegations.model.Event;
import app.delegations.ui.filter.DatePreset;
import app.delegations.ui.filter.FilterModel;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Predicate;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;

/**
 * The filter's date part on the UI thread at N records (the standard generated file: events in 2000–2029),
 * through the window's real {@link FilterModel}: one change of the date range (a new from–to, as typed in a
 * field or picked in the calendar), one preset chosen, one year ticked. Each call is the filter's recompute (the
 * places left, every facet's counts, the year counts) plus the event predicate asked of every event, as the
 * Events view's filtered list does. Sample mode: the summary reads the median. Target (issue 14): a date-range
 * change ≤ 16 ms at 100,000 records.
 */
public class DateRangeBenchmark extends KeystrokeRun {
    /** Ranges a user goes through: a year, a month, a day, an open end each side, two decades. */
    private static final List<LocalDate[]> RANGES = List.of(
            range(LocalDate.of(2010, 1, 1), LocalDate.of(2010, 12, 31)),
            range(LocalDate.of(2016, 11, 1), LocalDate.of(2016, 11, 30)),
            range(LocalDate.of(2016, 11, 29), LocalDate.of(2016, 11, 29)),
            range(LocalDate.of(2020, 1, 1), null),
            range(null, LocalDate.of(2005, 6, 30)),
            range(LocalDate.of(2000, 1, 1), LocalDate.of(2019, 12, 31)));
    private static final DatePreset[] PRESETS = {DatePreset.THIS_YEAR, DatePreset.LAST_YEAR,
            DatePreset.LAST_12_MONTHS, DatePreset.ANY_TIME};

    @Param({"100000"})
    public int records;

    private Dataset dataset;
    private FilterModel filter;
    private int step;

    private static LocalDate[] range(LocalDate from, LocalDate to) {
        return new LocalDate[] {from, to};
    }

    @Setup
    public void setUp() {
        dataset = BenchData.load(BenchData.standard(records));
        // "today" in the generated years, so that the presets leave some events
        filter = new FilterModel(Clock.fixed(LocalDate.of(2017, 3, 15).atStartOfDay().toInstant(ZoneOffset.UTC),
                ZoneOffset.UTC));
        filter.setIndex(DatasetIndex.build(dataset));
        if (dataset.events().isEmpty()) {
            throw new IllegalStateException("no events in " + records + " records");
        }
    }

    /** One change of the range: both ends set, as the window does when a field commits one and then the other. */
    @Benchmark
    public int rangeChange() {
        LocalDate[] r = RANGES.get(step++ % RANGES.size());
        filter.fromProperty().set(r[0]);
        filter.toProperty().set(r[1]);
        return eventsLeft();
    }

    /** One end typed: the range's first day moves by a year. */
    @Benchmark
    public int oneEndTyped() {
        filter.fromProperty().set(LocalDate.of(2000 + step++ % 30, 1, 1));
        return eventsLeft();
    }

    /** One preset chosen from the menu. */
    @Benchmark
    public int presetChosen() {
        filter.applyPreset(PRESETS[step++ % PRESETS.length]);
        return eventsLeft();
    }

    /** One year ticked or unticked in the year facet. */
    @Benchmark
    public int yearTicked() {
        int year = 2000 + step++ % 30;
        if (!filter.years().remove(year)) {
            filter.years().add(year);
        }
        return eventsLeft();
    }

    /** What the Events view's filtered list asks after the change: the predicate of every event. */
    private int eventsLeft() {
        Predicate<Event> p = filter.eventPredicateProperty().get();
        int n = 0;
        for (Event e : dataset.events()) {
            if (p.test(e)) {
                n++;
            }
        }
        return n + filter.matchCountProperty().get();
    }
}
