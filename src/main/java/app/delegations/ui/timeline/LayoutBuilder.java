package app.delegations.ui.timeline;

import app.delegations.model.Dataset;
import app.delegations.model.Event;
import app.delegations.data.Work;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Builds the layout over the shown events, by array index to stay fast at 100,000 events. */
final class LayoutBuilder {

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
    private final Work work;
    private int[][] kids;

    /** @param work counts the work and stops the build when the load is cancelled */
    LayoutBuilder(Dataset dataset, List<Event> events, Work work) {
        this.dataset = dataset;
        this.work = work;
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
            work.step();
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
            work.steps(1 + kids[preorder[k]].length);
        }
        placeSiblings(roots, 0);
        return items(preorder, position);
    }

    private int nearestShownAncestor(Event e, Map<String, Integer> position) {
        String p = e.parent();
        for (int guard = 0; p != null && guard < 1000; guard++) {
            work.step();
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
        work.steps(n);
        int[] sorted = IntSort.identity(n);
        IntSort.sort(sorted, start, within);
        work.steps(n);
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
            work.step();
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
                work.step();
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
                work.step();
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
        work.steps(n);
        int[] time = IntSort.identity(n);
        IntSort.sort(time, start, rank);
        work.steps(n);
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
            work.step();
        }
        return new TimelineLayout(result, position, itemOf);
    }
}
