package app.delegations.bench.pulse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import javafx.animation.AnimationTimer;

/**
 * Records when JavaFX pulses run, to find the longest time the UI thread could not draw a frame. An
 * active {@link AnimationTimer} keeps pulses coming at the pulse rate (60 Hz), so a gap between two pulses
 * longer than ~17 ms means the FX thread was busy (or the JVM paused). Create, {@link #start()} and
 * {@link #stop()} on the FX thread; {@link #report(long, long)} any span afterwards.
 *
 * <p>Usable from any harness or TestFX test: start it, open the file the way the app does, stop it when the
 * data is shown, and read {@code report(...).longestGapMs()} (issue 5 target: ≤ 50 ms).
 */
public final class PulseGapRecorder {
    /** Gaps at or above this are listed one by one in a report. */
    public static final long LISTED_GAP_NANOS = 33_000_000L;

    private long[] pulses = new long[4096];
    private int count;
    private final List<Runnable> onPulse = new ArrayList<>();
    private final AnimationTimer timer = new AnimationTimer() {
        @Override
        public void handle(long now) {
            if (count == pulses.length) {
                pulses = Arrays.copyOf(pulses, count * 2);
            }
            pulses[count++] = now;
            onPulse.forEach(Runnable::run);
        }
    };

    /** Runs {@code action} on the FX thread at every recorded pulse (after recording it). */
    public void onPulse(Runnable action) {
        onPulse.add(action);
    }

    public void start() {
        timer.start();
    }

    public void stop() {
        timer.stop();
    }

    /** One gap: when it ended (System.nanoTime) and how long it was. */
    public record Gap(long endNanos, long nanos) {
    }

    /** What happened between two instants. */
    public record Report(int pulses, long spanNanos, long longestGapNanos, long longestGapEndNanos,
                         int gapsOver33ms, int gapsOver50ms, List<Gap> listedGaps) {
        public double longestGapMs() {
            return longestGapNanos / 1e6;
        }

        /** A JSON object; instants relative to {@code originNanos}, in ms. */
        /** {@code [start, end]} (System.nanoTime) of each listed gap longer than {@code overMs}. */
        public List<long[]> gapWindows(long overMs) {
            return listedGaps.stream().filter(g -> g.nanos() > overMs * 1_000_000L)
                    .map(g -> new long[] {g.endNanos() - g.nanos(), g.endNanos()}).toList();
        }

        public String toJson(long originNanos) {
            var gaps = new StringBuilder();
            for (Gap g : listedGaps) {
                gaps.append(gaps.length() == 0 ? "" : ", ").append(String.format(Locale.ROOT,
                        "{\"endMs\": %.1f, \"ms\": %.1f}", (g.endNanos() - originNanos) / 1e6, g.nanos() / 1e6));
            }
            return String.format(Locale.ROOT, "{\"pulses\": %d, \"spanMs\": %.1f, \"longestGapMs\": %.1f, "
                            + "\"longestGapEndMs\": %.1f, \"gapsOver33ms\": %d, \"gapsOver50ms\": %d, \"gaps\": [%s]}",
                    pulses, spanNanos / 1e6, longestGapNanos / 1e6, (longestGapEndNanos - originNanos) / 1e6,
                    gapsOver33ms, gapsOver50ms, gaps);
        }
    }

    /**
     * The pulses in [{@code fromNanos}, {@code toNanos}] and the gaps ending in it. The first gap counted is
     * the one that ends at the first pulse after {@code fromNanos}, measured from {@code fromNanos} when no
     * pulse came before it (so a frozen UI from the very start is not missed).
     */
    public Report report(long fromNanos, long toNanos) {
        int n = 0;
        long longest = 0;
        long longestEnd = fromNanos;
        int over33 = 0;
        int over50 = 0;
        var listed = new ArrayList<Gap>();
        long previous = fromNanos;
        for (int i = 0; i < count; i++) {
            long t = pulses[i];
            if (t < fromNanos) {
                previous = t;
                continue;
            }
            if (t > toNanos) {
                break;
            }
            n++;
            long gap = t - previous;
            if (gap > longest) {
                longest = gap;
                longestEnd = t;
            }
            over33 += gap > 33_000_000L ? 1 : 0;
            over50 += gap > 50_000_000L ? 1 : 0;
            if (gap >= LISTED_GAP_NANOS) {
                listed.add(new Gap(t, gap));
            }
            previous = t;
        }
        // a freeze still going on at the end of the span counts too
        if (toNanos - previous > longest) {
            longest = toNanos - previous;
            longestEnd = toNanos;
        }
        return new Report(n, toNanos - fromNanos, longest, longestEnd, over33, over50, List.copyOf(listed));
    }
}
