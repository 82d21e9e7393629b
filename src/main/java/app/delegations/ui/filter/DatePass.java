package app.delegations.ui.filter;

import app.delegations.index.DatasetIndex;
import app.delegations.index.EventDates;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.IntPredicate;

/**
 * The date part of the filter applied to an index: a range [from, to] (either end may be open) and a set of
 * years (none: any). An event passes when its [start, end] overlaps the range and covers a day of a chosen year;
 * a place passes when it takes part in an event that passes (through a parent's participants too). One pass over
 * the {@link EventDates} arrays, then one over the participant lists of the events that passed: linear in the
 * events plus the lists' places, whatever the range. An event that ends before it starts covers no day and passes
 * only while no date part is set. Immutable after {@link #of}; safe from any thread.
 */
final class DatePass {
    /** No date part: every event and place passes. */
    static final DatePass NONE = new DatePass(Long.MIN_VALUE, Long.MAX_VALUE, new int[0], null);

    /** The range as epoch days, open ends as the extreme values. */
    private final long lo;
    private final long hi;
    /** The chosen years, ascending. */
    private final int[] years;
    /** Per place entry, whether it passes; null when no date part is set. */
    private final boolean[] places;

    private DatePass(long lo, long hi, int[] years, boolean[] places) {
        this.lo = lo;
        this.hi = hi;
        this.years = years;
        this.places = places;
    }

    /**
     * True when {@code other} (the same date part on an update of the data) answers as this one for every place
     * and for every event whose days did not change.
     */
    boolean sameAnswers(DatePass other) {
        return lo == other.lo && hi == other.hi && Arrays.equals(years, other.years)
                && Arrays.equals(places, other.places);
    }

    /** The date part on {@code idx}; {@link #NONE} when the range is open at both ends and no year is chosen. */
    static DatePass of(DatasetIndex idx, LocalDate from, LocalDate to, Set<Integer> chosenYears) {
        if (from == null && to == null && chosenYears.isEmpty()) {
            return NONE;
        }
        int[] years = chosenYears.stream().mapToInt(Integer::intValue).sorted().toArray();
        EventDates d = idx.dates();
        long lo = from == null ? Long.MIN_VALUE : from.toEpochDay();
        long hi = to == null ? Long.MAX_VALUE : to.toEpochDay();
        int[] dataYears = d.years();
        boolean[] listPassed = new boolean[d.lists()];
        for (int i = 0; i < d.size(); i++) {
            int start = d.start(i);
            int end = d.end(i);
            if (start <= end && start <= hi && end >= lo && (years.length == 0
                    || anyYear(years, dataYears[d.firstYear(i)], dataYears[d.lastYear(i)]))) {
                listPassed[d.list(i)] = true;
            }
        }
        boolean[] places = new boolean[idx.entries().size()];
        for (int l = 0; l < listPassed.length; l++) {
            if (listPassed[l]) {
                for (int p : d.places(l)) {
                    places[p] = true;
                }
            }
        }
        return new DatePass(lo, hi, years, places);
    }

    /** True when a date part is set. */
    boolean any() {
        return places != null;
    }

    /** Per place entry, whether it takes part in an event that passes; null when no date part is set. */
    boolean[] places() {
        return places;
    }

    /** True when the event at this position of {@code d} passes the range and the chosen years. */
    boolean event(EventDates d, int event) {
        if (places == null) {
            return true;
        }
        int start = d.start(event);
        int end = d.end(event);
        return start <= end && start <= hi && end >= lo
                && (years.length == 0 || anyYear(years, d.years()[d.firstYear(event)], d.years()[d.lastYear(event)]));
    }

    /**
     * Per year of the data (and per chosen year), how many events choosing it alone would leave: events in the
     * range covering a day of that year with a participant the rest of the filter leaves ({@code undated}, by
     * entry index), or that {@code found} (by event position) says the rest of the filter leaves by itself (the
     * search found it): the events the Events view would show. An event counts once in each year it spans.
     * Linear in the events plus their lists' places plus the years; years counting 0 are left out.
     */
    Map<Integer, Integer> yearCounts(EventDates d, boolean[] undated, IntPredicate found) {
        int[] dataYears = d.years();
        byte[] listLeft = new byte[d.lists()]; // 0 not looked at yet, 1 has a place left, 2 has none
        int[] diff = new int[dataYears.length + 1];
        for (int i = 0; i < d.size(); i++) {
            int start = d.start(i);
            int end = d.end(i);
            if (start > end || start > hi || end < lo) {
                continue;
            }
            int l = d.list(i);
            if (listLeft[l] == 0) {
                listLeft[l] = anyLeft(d.places(l), undated) ? (byte) 1 : 2;
            }
            if (listLeft[l] == 1 || found.test(i)) {
                diff[d.firstYear(i)]++;
                diff[d.lastYear(i) + 1]--;
            }
        }
        var counts = new TreeMap<Integer, Integer>();
        int running = 0;
        for (int y = 0; y < dataYears.length; y++) {
            running += diff[y];
            if (running > 0) {
                counts.put(dataYears[y], running);
            }
        }
        return Collections.unmodifiableMap(counts);
    }

    private static boolean anyLeft(int[] places, boolean[] undated) {
        for (int p : places) {
            if (p < undated.length && undated[p]) {
                return true;
            }
        }
        return false;
    }

    /** True when a chosen year (ascending {@code years}) lies in [first, last]. */
    private static boolean anyYear(int[] years, int first, int last) {
        int at = Arrays.binarySearch(years, first);
        if (at >= 0) {
            return true;
        }
        int next = -at - 1;
        return next < years.length && years[next] <= last;
    }
}
