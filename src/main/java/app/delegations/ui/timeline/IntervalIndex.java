package app.delegations.ui.timeline;

import java.util.function.IntConsumer;

/**
 * A static index of day intervals: items sorted by start with a segment tree of the largest end below each
 * node, so the items overlapping a window are found in O(log n + k log n) for k results, never by a scan.
 */
final class IntervalIndex {

    private final int[] ids;      // item ids sorted by start
    private final long[] starts;  // sorted
    private final long[] ends;    // in the same order
    private final long[] maxEnd;  // segment tree, node 1 = root over [0, n)
    private final int n;

    /** @param starts first day of item i; @param ends last day of item i (inclusive, >= start). */
    IntervalIndex(long[] starts, long[] ends) {
        n = starts.length;
        ids = IntSort.identity(n);
        IntSort.sort(ids, starts, new long[n]);
        this.starts = new long[n];
        this.ends = new long[n];
        for (int i = 0; i < n; i++) {
            this.starts[i] = starts[ids[i]];
            this.ends[i] = ends[ids[i]];
        }
        maxEnd = new long[Math.max(2, 4 * n)];
        if (n > 0) {
            build(1, 0, n - 1);
        }
    }

    int size() {
        return n;
    }

    /** Calls {@code sink} with every item overlapping [fromDay, toDay], in order of start. */
    void forEachOverlapping(long fromDay, long toDay, IntConsumer sink) {
        if (n == 0 || toDay < fromDay) {
            return;
        }
        int limit = upperBound(toDay); // items [0, limit) start on or before toDay
        if (limit > 0) {
            visit(1, 0, n - 1, limit - 1, fromDay, sink);
        }
    }

    private void build(int node, int lo, int hi) {
        if (lo == hi) {
            maxEnd[node] = ends[lo];
            return;
        }
        int mid = (lo + hi) >>> 1;
        build(2 * node, lo, mid);
        build(2 * node + 1, mid + 1, hi);
        maxEnd[node] = Math.max(maxEnd[2 * node], maxEnd[2 * node + 1]);
    }

    private void visit(int node, int lo, int hi, int last, long fromDay, IntConsumer sink) {
        if (lo > last || maxEnd[node] < fromDay) {
            return;
        }
        if (lo == hi) {
            sink.accept(ids[lo]);
            return;
        }
        int mid = (lo + hi) >>> 1;
        visit(2 * node, lo, mid, last, fromDay, sink);
        visit(2 * node + 1, mid + 1, hi, last, fromDay, sink);
    }

    private int upperBound(long day) {
        int lo = 0;
        int hi = n;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (starts[mid] <= day) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
