package app.delegations.ui.timeline;

/**
 * A stable merge sort of ids by two long keys, without boxing or comparator lambdas: the layout sorts every
 * shown id several times per filter change, and this sort allocates one scratch copy of the ids and nothing
 * per comparison.
 */
final class IntSort {

    private IntSort() {
    }

    /** Sorts {@code ids} by {@code primary[id]}, then {@code secondary[id]}; equal ids keep their order. */
    static void sort(int[] ids, long[] primary, long[] secondary) {
        if (ids.length < 2) {
            return;
        }
        int[] tmp = ids.clone();
        mergeSort(tmp, ids, 0, ids.length, primary, secondary);
    }

    /** The ids 0..n-1. */
    static int[] identity(int n) {
        int[] a = new int[n];
        for (int i = 0; i < n; i++) {
            a[i] = i;
        }
        return a;
    }

    private static boolean after(int a, int b, long[] primary, long[] secondary) {
        return primary[a] != primary[b] ? primary[a] > primary[b] : secondary[a] > secondary[b];
    }

    /** Sorts src[lo, hi) into dst[lo, hi); both start with the same contents. */
    private static void mergeSort(int[] src, int[] dst, int lo, int hi, long[] primary, long[] secondary) {
        if (hi - lo < 16) {
            for (int i = lo + 1; i < hi; i++) {
                int v = dst[i];
                int j = i - 1;
                while (j >= lo && after(dst[j], v, primary, secondary)) {
                    dst[j + 1] = dst[j];
                    j--;
                }
                dst[j + 1] = v;
            }
            return;
        }
        int mid = (lo + hi) >>> 1;
        mergeSort(dst, src, lo, mid, primary, secondary);
        mergeSort(dst, src, mid, hi, primary, secondary);
        if (!after(src[mid - 1], src[mid], primary, secondary)) {
            System.arraycopy(src, lo, dst, lo, hi - lo);
            return;
        }
        for (int i = lo, p = lo, q = mid; i < hi; i++) {
            if (q >= hi || (p < mid && !after(src[p], src[q], primary, secondary))) {
                dst[i] = src[p++];
            } else {
                dst[i] = src[q++];
            }
        }
    }
}
