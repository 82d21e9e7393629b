package app.delegations.ui.timeline;

/**
 * Stacks blocks (a day range and a height in rows) so that blocks sharing a day never share a row, each at
 * the lowest rows free on its days (first fit, gaps reused). Blocks are swept in order of start; the rows
 * of blocks that ended before the current start are freed. The free rows are a segment tree that finds the
 * lowest run of h free rows in O(log rows), so n blocks take O(n log n) whatever their overlap.
 */
final class RowPacker {

    private final int size;
    private final int[] prefix;  // free rows at the start of the node's range
    private final int[] suffix;  // free rows at its end
    private final int[] best;    // longest run of free rows inside it
    private final byte[] pending; // 0 none, 1 all free, 2 all taken

    private RowPacker(int rows) {
        size = Math.max(1, rows);
        prefix = new int[4 * size];
        suffix = new int[4 * size];
        best = new int[4 * size];
        pending = new byte[4 * size];
        set(1, 0, size - 1, true);
    }

    /**
     * Packs blocks and returns the row of each, relative to the top of the stack.
     *
     * @param ids    the blocks, in the order to place them (by start; ties keep this order)
     * @param start  first day of block id, @param end last day, @param height rows of block id
     * @param rows   receives the row of each block, indexed by id
     * @return the number of rows the stack takes
     */
    static int pack(int[] ids, long[] start, long[] end, int[] height, int[] rows) {
        int count = ids.length;
        long total = 0;
        long[] byStart = new long[count];
        long[] byEnd = new long[count];
        long[] position = new long[count];
        int[] local = IntSort.identity(count);
        for (int k = 0; k < count; k++) {
            total += height[ids[k]];
            byStart[k] = start[ids[k]];
            byEnd[k] = end[ids[k]];
            position[k] = k;
        }
        int[] inStartOrder = local.clone();
        IntSort.sort(inStartOrder, byStart, position);
        int[] inEndOrder = local;
        IntSort.sort(inEndOrder, byEnd, position);
        var packer = new RowPacker((int) Math.min(Integer.MAX_VALUE / 8, total));
        int top = 0;
        int expired = 0;
        for (int k : inStartOrder) {
            while (expired < count && byEnd[inEndOrder[expired]] < byStart[k]) {
                int gone = ids[inEndOrder[expired++]];
                packer.update(1, 0, packer.size - 1, rows[gone], rows[gone] + height[gone] - 1, true);
            }
            int id = ids[k];
            int h = Math.max(1, height[id]);
            int row = packer.find(1, 0, packer.size - 1, h);
            rows[id] = row;
            packer.update(1, 0, packer.size - 1, row, row + h - 1, false);
            top = Math.max(top, row + h);
        }
        return top;
    }

    private int find(int node, int lo, int hi, int h) {
        if (lo == hi) {
            return lo;
        }
        push(node, lo, hi);
        int mid = (lo + hi) >>> 1;
        int left = 2 * node;
        int right = left + 1;
        if (best[left] >= h) {
            return find(left, lo, mid, h);
        }
        if (suffix[left] + prefix[right] >= h) {
            return mid + 1 - suffix[left];
        }
        return find(right, mid + 1, hi, h);
    }

    private void update(int node, int lo, int hi, int a, int b, boolean free) {
        if (b < lo || hi < a) {
            return;
        }
        if (a <= lo && hi <= b) {
            set(node, lo, hi, free);
            return;
        }
        push(node, lo, hi);
        int mid = (lo + hi) >>> 1;
        update(2 * node, lo, mid, a, b, free);
        update(2 * node + 1, mid + 1, hi, a, b, free);
        pull(node, lo, mid, hi);
    }

    private void set(int node, int lo, int hi, boolean free) {
        int len = free ? hi - lo + 1 : 0;
        prefix[node] = len;
        suffix[node] = len;
        best[node] = len;
        pending[node] = (byte) (free ? 1 : 2);
    }

    private void push(int node, int lo, int hi) {
        if (pending[node] != 0) {
            int mid = (lo + hi) >>> 1;
            boolean free = pending[node] == 1;
            set(2 * node, lo, mid, free);
            set(2 * node + 1, mid + 1, hi, free);
            pending[node] = 0;
        }
    }

    private void pull(int node, int lo, int mid, int hi) {
        int left = 2 * node;
        int right = left + 1;
        prefix[node] = prefix[left] == mid - lo + 1 ? prefix[left] + prefix[right] : prefix[left];
        suffix[node] = suffix[right] == hi - mid ? suffix[right] + suffix[left] : suffix[right];
        best[node] = Math.max(Math.max(best[left], best[right]), suffix[left] + prefix[right]);
    }
}
