package app.delegations.bench.pulse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
    /** A gap holding this much UI-thread CPU is listed too, however short (to place the frames over budget). */
    public static final long LISTED_CPU_NANOS = 10_000_000L;

    private long[] pulses = new long[4096];
    /** The JavaFX thread's CPU time at each pulse: a gap's CPU time is its work, whatever else the machine runs. */
    private long[] cpu = new long[4096];
    /** The renderer threads' CPU time at each pulse (frames are drawn there, not on the FX thread). */
    private long[] renderCpu = new long[4096];
    /** The renderer's threads: JavaFX's QuantumRenderer and, with Mesa's software OpenGL, its llvmpipe workers. */
    private List<Path> renderStats;
    private int count;
    private final List<Runnable> onPulse = new ArrayList<>();
    private final AnimationTimer timer = new AnimationTimer() {
        @Override
        public void handle(long now) {
            if (count == pulses.length) {
                pulses = Arrays.copyOf(pulses, count * 2);
                cpu = Arrays.copyOf(cpu, count * 2);
                renderCpu = Arrays.copyOf(renderCpu, count * 2);
            }
            cpu[count] = threadCpuNanos();
            renderCpu[count] = renderCpuNanos();
            pulses[count++] = now;
            onPulse.forEach(Runnable::run);
        }
    };

    /**
     * The calling thread's CPU time from Linux's {@code /proc/thread-self/schedstat} (the shipped runtime has no
     * java.management); 0 elsewhere.
     */
    static long threadCpuNanos() {
        try {
            return schedstatNanos(Path.of("/proc/thread-self/schedstat"));
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    /** The renderer threads' CPU time ({@code /proc/self/task/TID/schedstat}, found by name at the first pulse); 0 elsewhere. */
    private long renderCpuNanos() {
        if (renderStats == null) {
            renderStats = new ArrayList<>();
            try (var tasks = Files.list(Path.of("/proc/self/task"))) {
                for (var task : (Iterable<Path>) tasks::iterator) {
                    try {
                        String name = Files.readString(task.resolve("comm"));
                        if (name.startsWith("QuantumRenderer") || name.startsWith("llvmpipe")) {
                            renderStats.add(task.resolve("schedstat"));
                        }
                    } catch (IOException ended) {
                        // a thread that ended while listed
                    }
                }
            } catch (IOException | RuntimeException noProc) {
                // not Linux: no figure
            }
        }
        long sum = 0;
        for (var stat : renderStats) {
            try {
                sum += schedstatNanos(stat);
            } catch (IOException | RuntimeException ended) {
                // the thread ended: its time is no longer counted
            }
        }
        return sum;
    }

    /** The CPU time (ns) a Linux {@code schedstat} file gives: its first field. */
    private static long schedstatNanos(Path stat) throws IOException {
        String s = Files.readString(stat);
        return Long.parseLong(s.substring(0, s.indexOf(' ')));
    }

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
    public record Gap(long endNanos, long nanos, long cpuNanos, long renderCpuNanos) {
    }

    /** What happened between two instants. */
    public record Report(int pulses, long spanNanos, long longestGapNanos, long longestGapEndNanos,
                         int gapsOver33ms, int gapsOver50ms, List<Gap> listedGaps, long longestCpuGapNanos) {
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
            return String.format(Locale.ROOT, "{\"pulses\": %d, \"spanMs\": %.1f, \"longestGapMs\": %.1f, "
                            + "\"longestGapEndMs\": %.1f, \"gapsOver33ms\": %d, \"gapsOver50ms\": %d, "
                            + "\"longestCpuGapMs\": %.1f, \"gaps\": %s}",
                    pulses, spanNanos / 1e6, longestGapNanos / 1e6, (longestGapEndNanos - originNanos) / 1e6,
                    gapsOver33ms, gapsOver50ms, longestCpuGapNanos / 1e6, PulseGapRecorder.toJson(listedGaps, originNanos));
        }
    }

    /**
     * The gap between pulses in which the instant {@code atNanos} falls and the {@code more} gaps after it (fewer
     * when the recording ends sooner): the work done in that instant's gap, then the pulses that lay it out and
     * draw it.
     */
    public List<Gap> gapsFrom(long atNanos, int more) {
        var gaps = new ArrayList<Gap>();
        for (int i = 1; i < count && gaps.size() <= more; i++) {
            if (pulses[i] >= atNanos) {
                gaps.add(new Gap(pulses[i], pulses[i] - pulses[i - 1], cpu[i] - cpu[i - 1],
                        renderCpu[i] - renderCpu[i - 1]));
            }
        }
        return gaps;
    }

    /** The UI thread's CPU time over the pulses in [{@code fromNanos}, {@code toNanos}] (as recorded at each pulse). */
    public long cpuBetween(long fromNanos, long toNanos) {
        long first = -1;
        long last = -1;
        for (int i = 0; i < count; i++) {
            if (pulses[i] >= fromNanos && pulses[i] <= toNanos) {
                first = first < 0 ? (i > 0 ? cpu[i - 1] : cpu[i]) : first;
                last = cpu[i];
            }
        }
        return first < 0 ? 0 : last - first;
    }

    /** {@code gaps} as a JSON array; instants relative to {@code originNanos}, in ms. */
    public static String toJson(List<Gap> gaps, long originNanos) {
        var json = new StringBuilder();
        for (Gap g : gaps) {
            json.append(json.length() == 0 ? "" : ", ").append(String.format(Locale.ROOT,
                    "{\"endMs\": %.1f, \"ms\": %.1f, \"cpuMs\": %.1f, \"renderCpuMs\": %.1f}",
                    (g.endNanos() - originNanos) / 1e6, g.nanos() / 1e6, g.cpuNanos() / 1e6, g.renderCpuNanos() / 1e6));
        }
        return "[" + json + "]";
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
        long previousCpu = -1;
        long previousRender = -1;
        long longestCpu = 0;
        for (int i = 0; i < count; i++) {
            long t = pulses[i];
            if (t < fromNanos) {
                previous = t;
                previousCpu = cpu[i];
                previousRender = renderCpu[i];
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
            long gapCpu = previousCpu < 0 ? 0 : cpu[i] - previousCpu;
            longestCpu = Math.max(longestCpu, gapCpu);
            if (gap >= LISTED_GAP_NANOS || gapCpu >= LISTED_CPU_NANOS) {
                listed.add(new Gap(t, gap, gapCpu, previousRender < 0 ? 0 : renderCpu[i] - previousRender));
            }
            previous = t;
            previousCpu = cpu[i];
            previousRender = renderCpu[i];
        }
        // a freeze still going on at the end of the span counts too
        if (toNanos - previous > longest) {
            longest = toNanos - previous;
            longestEnd = toNanos;
        }
        return new Report(n, toNanos - fromNanos, longest, longestEnd, over33, over50, List.copyOf(listed), longestCpu);
    }
}
