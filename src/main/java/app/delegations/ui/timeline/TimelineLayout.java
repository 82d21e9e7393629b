package app.delegations.ui.timeline;

import app.delegations.model.Dataset;
import app.delegations.model.Event;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
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

    private TimelineLayout(TimelineItem[] items, Map<String, Integer> inputIndex, int[] itemOfInput) {
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
        List<Event> all = dataset.events();
        List<Event> visible = new ArrayList<>(all.size());
        for (Event e : all) {
            if (shown == null || shown.test(e)) {
                visible.add(e);
            }
        }
        return visible.isEmpty() ? EMPTY : new Builder(dataset, visible).build();
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

    /** Builds the layout over the shown events, by array index to stay fast at 100,000 events. */
    private static final class Builder {
        private final Dataset dataset;
        private final List<Event> events;
        private final int n;
        private final int[] parent;
        private final long[] start;
        private final long[] end;
        private final long[] extentStart;
        private final long[] extentEnd;
        private final int[] height;
        private final int[] relRow;
        private int[][] kids;

        Builder(Dataset dataset, List<Event> events) {
            this.dataset = dataset;
            this.events = events;
            n = events.size();
            parent = new int[n];
            start = new long[n];
            end = new long[n];
            extentStart = new long[n];
            extentEnd = new long[n];
            height = new int[n];
            relRow = new int[n];
        }

        TimelineLayout build() {
            var position = new HashMap<String, Integer>(n * 2);
            for (int i = 0; i < n; i++) {
                Event e = events.get(i);
                position.putIfAbsent(e.id(), i);
                start[i] = e.start().toEpochDay();
                end[i] = Math.max(start[i], e.end().toEpochDay());
            }
            for (int i = 0; i < n; i++) {
                parent[i] = nearestShownAncestor(events.get(i), position);
            }
            breakCycles();
            int[] sorted = sortedBySourceOrder();
            kids = groupChildren(sorted);
            int[] roots = rootsOf(sorted);
            int[] preorder = preorder(roots);
            for (int k = n - 1; k >= 0; k--) {  // reverse pre-order: every child before its parent
                pack(preorder[k]);
            }
            placeSiblings(roots, 0);
            return items(preorder, position);
        }

        private int nearestShownAncestor(Event e, Map<String, Integer> position) {
            String p = e.parent();
            for (int guard = 0; p != null && guard < 1000; guard++) {
                Integer i = position.get(p);
                if (i != null) {
                    return events.get(i) == e ? -1 : i;
                }
                p = dataset.event(p).map(Event::parent).orElse(null);
            }
            return -1;
        }

        /** Shown events by start day, then source order within the day, then longer first, then file order. */
        private int[] sortedBySourceOrder() {
            long[] within = new long[n];
            for (int i = 0; i < n; i++) {
                long length = Math.min(end[i] - start[i], 0xFFFF_FFFFL);
                within[i] = ((long) events.get(i).order() << 32) | (0xFFFF_FFFFL - length);
            }
            int[] sorted = IntSort.identity(n);
            IntSort.sort(sorted, start, within);
            return sorted;
        }

        private int[][] groupChildren(int[] sorted) {
            int[] count = new int[n];
            for (int i = 0; i < n; i++) {
                if (parent[i] >= 0) {
                    count[parent[i]]++;
                }
            }
            int[][] result = new int[n][];
            for (int i = 0; i < n; i++) {
                result[i] = new int[count[i]];
                count[i] = 0;
            }
            for (int i : sorted) {
                if (parent[i] >= 0) {
                    result[parent[i]][count[parent[i]]++] = i;
                }
            }
            return result;
        }

        private int[] rootsOf(int[] sorted) {
            return Arrays.stream(sorted).filter(i -> parent[i] < 0).toArray();
        }

        /** Breaks parent cycles (rejected by the loader, but never loop on them): the looping event becomes a root. */
        private void breakCycles() {
            byte[] state = new byte[n];  // 0 unknown, 1 on the current path, 2 done
            int[] path = new int[n];
            for (int i = 0; i < n; i++) {
                int len = 0;
                int j = i;
                while (j >= 0 && state[j] == 0) {
                    state[j] = 1;
                    path[len++] = j;
                    j = parent[j];
                }
                if (j >= 0 && state[j] == 1) {
                    parent[path[len - 1]] = -1;
                }
                for (int k = 0; k < len; k++) {
                    state[path[k]] = 2;
                }
            }
        }

        /** Depth-first order from the roots, children in source order. */
        private int[] preorder(int[] roots) {
            int[] order = new int[n];
            int[] stack = new int[n];
            int count = 0;
            for (int root : roots) {
                int top = 0;
                stack[top++] = root;
                while (top > 0) {
                    int i = stack[--top];
                    order[count++] = i;
                    int[] c = kids[i];
                    for (int k = c.length - 1; k >= 0; k--) {
                        stack[top++] = c[k];
                    }
                }
            }
            return order;
        }

        /** Extent and height of one event, its children already packed. */
        private void pack(int i) {
            extentStart[i] = start[i];
            extentEnd[i] = end[i];
            for (int c : kids[i]) {
                extentStart[i] = Math.min(extentStart[i], extentStart[c]);
                extentEnd[i] = Math.max(extentEnd[i], extentEnd[c]);
            }
            height[i] = kids[i].length == 0 ? 1 : placeSiblings(kids[i], 1);  // header row, then the children
        }

        /** Stacks siblings by day from {@code firstRow}; returns the first row below them. */
        private int placeSiblings(int[] siblings, int firstRow) {
            if (sameExtent(siblings)) {  // the common case, e.g. the items of one conference: a plain stack
                int row = firstRow;
                for (int c : siblings) {
                    relRow[c] = row;
                    row += height[c];
                }
                return row;
            }
            int rows = RowPacker.pack(siblings, extentStart, extentEnd, height, relRow);
            for (int c : siblings) {
                relRow[c] += firstRow;
            }
            return firstRow + rows;
        }

        private boolean sameExtent(int[] siblings) {
            for (int c : siblings) {
                if (extentStart[c] != extentStart[siblings[0]] || extentEnd[c] != extentEnd[siblings[0]]) {
                    return false;
                }
            }
            return true;
        }

        private TimelineLayout items(int[] preorder, Map<String, Integer> position) {
            long[] rank = new long[n];
            int[] depth = new int[n];
            int[] row = new int[n];
            for (int k = 0; k < n; k++) {
                int i = preorder[k];
                rank[i] = k;
                int p = parent[i];
                depth[i] = p < 0 ? 0 : depth[p] + 1;
                row[i] = p < 0 ? relRow[i] : row[p] + relRow[i];
            }
            int[] time = IntSort.identity(n);
            IntSort.sort(time, start, rank);
            int[] itemOf = new int[n];
            for (int k = 0; k < n; k++) {
                itemOf[time[k]] = k;
            }
            TimelineItem[] result = new TimelineItem[n];
            for (int k = 0; k < n; k++) {
                int i = time[k];
                int p = parent[i];
                result[k] = new TimelineItem(k, events.get(i), start[i], end[i], extentStart[i], extentEnd[i],
                        depth[i], row[i], height[i], p < 0 ? -1 : itemOf[p], kids[i].length > 0);
            }
            return new TimelineLayout(result, position, itemOf);
        }
    }
}
