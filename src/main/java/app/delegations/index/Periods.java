package app.delegations.index;

import app.delegations.data.Work;
import app.delegations.model.Event;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The periods of the event-date facet and, per event, the periods it covers as one range of positions in
 * {@link #all()}. Built by sorting the events' bucket ranges and merging them, so an event spanning ten
 * thousand years costs as much as one of a day: the work is linear in the events (after a sort) plus the
 * distinct periods, never events × years. (Every bucket between an event's first and last is a period,
 * since the event covers a day of each: an event's periods are consecutive.)
 */
final class Periods {
    private final Granularity granularity;
    private final List<LocalDate> all;
    /** The merged bucket ranges, as keys: {@code [rangeFrom[r], rangeTo[r]]}; first position of each. */
    private final long[] rangeFrom;
    private final long[] rangeTo;
    private final int[] rangeFirst;

    Periods(Granularity granularity, List<Event> events, Work work) {
        this.granularity = granularity;
        int n = events.size();
        long[] from = new long[n];
        long[] to = new long[n];
        int m = 0;
        for (Event e : events) {
            long lo = key(granularity.bucket(e.start()));
            long hi = key(granularity.bucket(e.end()));
            if (hi >= lo) {
                from[m] = lo;
                to[m++] = hi;
            }
            work.step();
        }
        Integer[] order = new Integer[m];
        for (int i = 0; i < m; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Long.compare(from[a], from[b]));
        work.steps(m);
        var mergedFrom = new long[m];
        var mergedTo = new long[m];
        int r = -1;
        for (int k = 0; k < m; k++) {
            int i = order[k];
            if (r >= 0 && from[i] <= mergedTo[r] + 1) {
                mergedTo[r] = Math.max(mergedTo[r], to[i]);
            } else {
                r++;
                mergedFrom[r] = from[i];
                mergedTo[r] = to[i];
            }
            work.step();
        }
        rangeFrom = Arrays.copyOf(mergedFrom, r + 1);
        rangeTo = Arrays.copyOf(mergedTo, r + 1);
        rangeFirst = new int[r + 1];
        var list = new ArrayList<LocalDate>();
        for (int k = 0; k <= r; k++) {
            rangeFirst[k] = list.size();
            for (long key = rangeFrom[k]; key <= rangeTo[k]; key++) {
                list.add(date(key));
                work.step();
            }
        }
        this.all = List.copyOf(list);
    }

    /** The first days of the buckets holding any event day, ascending. */
    List<LocalDate> all() {
        return all;
    }

    /** Position in {@link #all()} of the event's first period, or -1 when it covers none (it ends first). */
    int first(Event e) {
        long lo = key(granularity.bucket(e.start()));
        return key(granularity.bucket(e.end())) < lo ? -1 : position(lo);
    }

    /** Position in {@link #all()} of the event's last period (meaningful when {@link #first} is not -1). */
    int last(Event e) {
        return position(key(granularity.bucket(e.end())));
    }

    private int position(long key) {
        int r = Arrays.binarySearch(rangeFrom, key);
        if (r < 0) {
            r = -r - 2; // the range starting before the key holds it
        }
        return rangeFirst[r] + (int) (key - rangeFrom[r]);
    }

    /**
     * Merges ranges of positions, given as pairs {@code from0, to0, from1, to1, …} in {@code pairs[0, 2 * count)},
     * into disjoint ranges in ascending order, as pairs the same way.
     */
    static int[] merge(int[] pairs, int count, Work work) {
        long[] packed = new long[count];
        for (int i = 0; i < count; i++) {
            packed[i] = ((long) pairs[2 * i] << 32) | pairs[2 * i + 1];
        }
        Arrays.sort(packed);
        work.steps(count);
        int[] out = new int[2 * count];
        int r = -2;
        for (long p : packed) {
            int from = (int) (p >>> 32);
            int to = (int) p;
            if (r >= 0 && from <= out[r + 1] + 1) {
                out[r + 1] = Math.max(out[r + 1], to);
            } else {
                r += 2;
                out[r] = from;
                out[r + 1] = to;
            }
        }
        return Arrays.copyOf(out, r + 2);
    }

    /** A bucket's first day as a number that counts buckets: consecutive buckets have consecutive keys. */
    private long key(LocalDate bucket) {
        return switch (granularity) {
            case DAY -> bucket.toEpochDay();
            case MONTH -> bucket.getYear() * 12L + bucket.getMonthValue() - 1;
            case YEAR -> bucket.getYear();
        };
    }

    private LocalDate date(long key) {
        return switch (granularity) {
            case DAY -> LocalDate.ofEpochDay(key);
            case MONTH -> LocalDate.of((int) Math.floorDiv(key, 12), Math.floorMod(key, 12) + 1, 1);
            case YEAR -> LocalDate.of((int) key, 1, 1);
        };
    }
}
