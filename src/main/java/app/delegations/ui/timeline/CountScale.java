package app.delegations.ui.timeline;

/**
 * The count axis of the overview's bars: ticks every {@code step} events from 0 to {@code top}. Guarantees:
 * the step is 1, 2 or 5 times a power of ten; {@code top} is the first multiple of it at or above the highest
 * bar; and there are as many steps as the height has room for, at least two where the counts allow, never
 * closer together than the gap asked for.
 */
record CountScale(int step, int top) {

    /** The scale for bars up to {@code max} events drawn {@code height} pixels tall, ticks {@code gap} apart. */
    static CountScale of(int max, double height, double gap) {
        if (max <= 0) {
            return new CountScale(1, 1);
        }
        int room = Math.max(1, (int) Math.floor(height / gap));  // steps the height holds
        long step = 1;
        for (long power = 1; ; power *= 10) {
            for (int m : new int[] {1, 2, 5}) {
                step = m * power;
                if (ceilDiv(max, step) <= room) {
                    return new CountScale((int) step, (int) (ceilDiv(max, step) * step));
                }
            }
        }
    }

    /** The number of ticks above 0. */
    int steps() {
        return top / step;
    }

    /** The height of {@code count} on a bar of the whole {@code height} for {@link #top}. */
    double height(int count, double height) {
        return height * count / top;
    }

    private static long ceilDiv(long a, long b) {
        return (a + b - 1) / b;
    }
}
