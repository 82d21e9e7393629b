package app.delegations.bench.pulse;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;

/**
 * Samples one thread's stack every {@code periodMicros} (wall clock: a thread waiting, in native code or held
 * by a GC pause is sampled too, at its next safepoint) and, for chosen time windows, writes where the thread
 * was: the methods on the stack with the share of samples they are on, leaf frames and app frames apart.
 * For finding what the JavaFX thread does during a long gap between pulses
 * ({@code -Dpulse.stacks=FILE} with {@link PulseGapPreloader}).
 */
final class StackSampler {
    private record Sample(long at, StackTraceElement[] stack) {}

    private final Thread target;
    private final long periodNanos;
    private final List<Sample> samples = new ArrayList<>();
    private volatile boolean running = true;
    private final Thread sampler;

    StackSampler(Thread target, long periodMicros) {
        this.target = target;
        this.periodNanos = periodMicros * 1000;
        sampler = new Thread(this::run, "pulse-stack-sampler");
        sampler.setDaemon(true);
    }

    void start() {
        sampler.start();
    }

    private void run() {
        while (running) {
            long now = System.nanoTime();
            StackTraceElement[] st = target.getStackTrace();
            synchronized (samples) {
                samples.add(new Sample(now, st));
            }
            long next = now + periodNanos;
            long wait;
            while ((wait = next - System.nanoTime()) > 0) {
                LockSupport.parkNanos(wait);
            }
        }
    }

    /** Stops sampling and writes one profile per window ({@code [from, to]} in System.nanoTime). */
    void write(Path out, List<long[]> windows, long origin) throws IOException {
        running = false;
        List<Sample> all;
        synchronized (samples) {
            all = new ArrayList<>(samples);
        }
        try (var w = new PrintWriter(Files.newBufferedWriter(out))) {
            for (long[] win : windows) {
                var in = all.stream().filter(s -> s.at >= win[0] && s.at <= win[1]).toList();
                w.printf(Locale.ROOT, "=== window %.1f-%.1f ms (%d samples)%n", (win[0] - origin) / 1e6,
                        (win[1] - origin) / 1e6, in.size());
                Map<String, Integer> inclusive = new HashMap<>();
                Map<String, Integer> leaf = new HashMap<>();
                for (Sample s : in) {
                    var seen = new LinkedHashSet<String>();
                    for (StackTraceElement e : s.stack) {
                        seen.add(e.getClassName() + "." + e.getMethodName());
                    }
                    seen.forEach(k -> inclusive.merge(k, 1, Integer::sum));
                    if (s.stack.length > 0) {
                        leaf.merge(s.stack[0].getClassName() + "." + s.stack[0].getMethodName(), 1, Integer::sum);
                    }
                }
                w.println("-- leaf");
                top(w, leaf, in.size(), 15, false);
                w.println("-- on stack (app.delegations, javafx and com.sun frames: JavaFX, Prism, Glass)");
                top(w, inclusive, in.size(), 70, true);
            }
        }
    }

    private static void top(PrintWriter w, Map<String, Integer> counts, int total, int n, boolean filter) {
        counts.entrySet().stream()
                .filter(e -> !filter || e.getKey().startsWith("app.") || e.getKey().startsWith("com.sun.") || e.getKey().startsWith("javafx."))
                .sorted((a, b) -> b.getValue() - a.getValue()).limit(n)
                .forEach(e -> w.printf(Locale.ROOT, "%5.1f%% %s%n", 100.0 * e.getValue() / Math.max(1, total), e.getKey()));
    }
}
