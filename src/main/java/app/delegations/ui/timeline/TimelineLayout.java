package app.delegations.ui.timeline;

import app.delegations.data.Checkpoint;
import app.delegations.data.LoadCancelled;
import app.delegations.model.Dataset;
import app.delegations.model.Event;
import app.delegations.data.Work;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;
import java.util.function.Predicate;

/**
 * Where every shown event goes: days across, rows down. Items of one day are stacked in source order; an event
 * with shown children is a container whose box encloses them; a multi-day event spans its days. Immutable;
 * built in O(n log n) and queried for a visible window in O(log n + visible).
 */
public final class TimelineLayout {

    private static final TimelineLayout EMPTY = new TimelineLayout(new TimelineItem[0], Map.of(), new int[0]);

    private final TimelineItem[] items;          // in time order
    private final Map<String, Integer> inputIndex; // event id -> position in the builder's input
    private final int[] itemOfInput;             // position in the input -> item index
    private final int[] childStart;              // children of item i: childIds[childStart[i] .. childStart[i + 1])
    private final int[] childIds;
    private final IntervalIndex index;
    private final long[] days;                   // distinct start days, ascending
    private final int[] startsBefore;            // startsBefore[d] = number of items starting before days[d]
    private final int rowCount;
    private final long minDay;
    private final long maxDay;

    TimelineLayout(TimelineItem[] items, Map<String, Integer> inputIndex, int[] itemOfInput) {
        this.items = items;
        this.inputIndex = inputIndex;
        this.itemOfInput = itemOfInput;
        int n = items.length;
        long[] starts = new long[n];
        long[] ends = new long[n];
        childStart = new int[n + 1];
        long min = Long.MAX_VALUE;
        long max = Long.MIN_VALUE;
        int rows = 0;
        for (TimelineItem it : items) {
            starts[it.index()] = it.extentStart();
            ends[it.index()] = it.extentEnd();
            min = Math.min(min, it.extentStart());
            max = Math.max(max, it.extentEnd());
            rows = Math.max(rows, it.row() + it.rowSpan());
            if (it.parent() >= 0) {
                childStart[it.parent() + 1]++;
            }
        }
        for (int i = 0; i < n; i++) {
            childStart[i + 1] += childStart[i];
        }
        childIds = new int[childStart[n]];
        int[] filled = new int[n];
        for (TimelineItem it : items) {  // time order, so each child list is in time order
            int p = it.parent();
            if (p >= 0) {
                childIds[childStart[p] + filled[p]++] = it.index();
            }
        }
        index = new IntervalIndex(starts, ends);
        long[] distinct = new long[n];
        int[] before = new int[n];
        int d = 0;
        for (int i = 0; i < n; i++) {  // items are sorted by start day
            if (i == 0 || items[i].startDay() != items[i - 1].startDay()) {
                distinct[d] = items[i].startDay();
                before[d++] = i;
            }
        }
        days = Arrays.copyOf(distinct, d);
        startsBefore = Arrays.copyOf(before, d);
        rowCount = rows;
        minDay = n == 0 ? 0 : min;
        maxDay = n == 0 ? 0 : max;
    }

    public static TimelineLayout empty() {
        return EMPTY;
    }

    /**
     * Lays out the events of {@code dataset} that {@code shown} accepts. A shown event whose parent is not shown
     * goes into its nearest shown ancestor, or to the top level.
     */
    public static TimelineLayout of(Dataset dataset, Predicate<? super Event> shown) {
        return of(dataset, shown, Checkpoint.NONE);
    }

    /**
     * {@link #of(Dataset, Predicate)}, asking {@code checkpoint} after every {@link Work#CHECK_EVERY} units of
     * work; throws {@link LoadCancelled} when it says the load is cancelled.
     */
    public static TimelineLayout of(Dataset dataset, Predicate<? super Event> shown, Checkpoint checkpoint) {
        var work = new Work(checkpoint);
        List<Event> all = dataset.events();
        List<Event> visible = new ArrayList<>(all.size());
        for (Event e : all) {
            if (shown == null || shown.test(e)) {
                visible.add(e);
            }
            work.step();
        }
        return visible.isEmpty() ? EMPTY : new LayoutBuilder(dataset, visible, work).build();
    }

    // ---- queries ----

    public int size() {
        return items.length;
    }

    public boolean isEmpty() {
        return items.length == 0;
    }

    /** The item at a position in time order. */
    public TimelineItem item(int index) {
        return items[index];
    }

    /** All items in time order (an unmodifiable view, no copy). */
    public List<TimelineItem> items() {
        return Collections.unmodifiableList(Arrays.asList(items));
    }

    /** Position of the event's item, or -1 when it is not shown. */
    public int indexOf(String eventId) {
        Integer i = eventId == null ? null : inputIndex.get(eventId);
        return i == null ? -1 : itemOfInput[i];
    }

    /** The items directly inside a container, in time order. */
    public List<TimelineItem> children(TimelineItem parent) {
        int from = childStart[parent.index()];
        int to = childStart[parent.index() + 1];
        var list = new ArrayList<TimelineItem>(to - from);
        for (int k = from; k < to; k++) {
            list.add(items[childIds[k]]);
        }
        return list;
    }

    /** The top-level items, in time order. */
    public List<TimelineItem> roots() {
        var list = new ArrayList<TimelineItem>();
        for (TimelineItem it : items) {
            if (it.parent() < 0) {
                list.add(it);
            }
        }
        return list;
    }

    /** The days on which shown events start, ascending. */
    public List<LocalDate> days() {
        var list = new ArrayList<LocalDate>(days.length);
        for (long d : days) {
            list.add(LocalDate.ofEpochDay(d));
        }
        return list;
    }

    /** The items starting on a day, in time order (a container before its children). */
    public List<TimelineItem> itemsOn(LocalDate day) {
        int d = Arrays.binarySearch(days, day.toEpochDay());
        if (d < 0) {
            return List.of();
        }
        int to = d + 1 < days.length ? startsBefore[d + 1] : items.length;
        return Collections.unmodifiableList(Arrays.asList(items).subList(startsBefore[d], to));
    }

    /** Number of shown events starting in [fromDay, toDayExclusive), in O(log n). */
    public int countStarting(long fromDay, long toDayExclusive) {
        return startsBeforeDay(toDayExclusive) - startsBeforeDay(fromDay);
    }

    /** The first {@code limit} (at most) of the items starting in [fromDay, toDayExclusive), in time order. */
    public List<TimelineItem> itemsStarting(long fromDay, long toDayExclusive, int limit) {
        int from = startsBeforeDay(fromDay);
        int to = Math.max(from, Math.min(startsBeforeDay(toDayExclusive), from + limit));
        return Collections.unmodifiableList(Arrays.asList(items).subList(from, to));
    }

    /** Calls {@code sink} with the index of every item drawn over [fromDay, toDay] and rows [fromRow, toRow]. */
    public void forEachVisible(long fromDay, long toDay, int fromRow, int toRow, IntConsumer sink) {
        index.forEachOverlapping(fromDay, toDay, i -> {
            TimelineItem it = items[i];
            if (it.row() <= toRow && it.row() + it.rowSpan() - 1 >= fromRow) {
                sink.accept(i);
            }
        });
    }

    /** The innermost item drawn at a day and row, or null. */
    public TimelineItem itemAt(long day, int row) {
        TimelineItem[] best = {null};
        index.forEachOverlapping(day, day, i -> {
            TimelineItem it = items[i];
            if (it.covers(day, row) && (best[0] == null || it.depth() > best[0].depth())) {
                best[0] = it;
            }
        });
        return best[0];
    }

    public int rowCount() {
        return rowCount;
    }

    /** First day drawn (0 when empty). */
    public long minDay() {
        return minDay;
    }

    /** Last day drawn (0 when empty). */
    public long maxDay() {
        return maxDay;
    }

    private int startsBeforeDay(long day) {
        int lo = 0;
        int hi = days.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (days[mid] < day) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo < days.length ? startsBefore[lo] : items.length;
    }
}
