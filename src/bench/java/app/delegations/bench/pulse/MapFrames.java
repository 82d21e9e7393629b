package app.delegations.bench.pulse;

import app.delegations.BenchWindow;
import app.delegations.bench.BenchData;
import app.delegations.ui.common.AppPreferences;
import app.delegations.ui.common.FxDialogs;
import app.delegations.ui.common.Messages;
import app.delegations.ui.common.NoticeLayer;
import app.delegations.ui.common.UiLanguage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.robot.Robot;
import javafx.stage.Stage;

/**
 * The window's frames while the Map view is panned and zoomed (issue 16: "the map with 30,000 places pans and zooms
 * without a frame over 16 ms"): the real window ({@link BenchWindow}) opens a generated file of at least
 * {@code map.places} places with coordinates (30,000), shows the Map tab at 1366×768, and drives it through the
 * system's input queue ({@link Robot}: the X server's pointer and keyboard), one input per pulse or every few pulses,
 * as a user's drag, wheel and arrow keys arrive: at three views (as the map opens, framed on every place; zoomed in
 * eight steps; the whole world) a drag of {@code map.frames} pulses, a wheel notch every 4th pulse (in and out by
 * turns) and an arrow key every 4th pulse (right and left by turns), then {@link #REST} pulses at rest (the drag
 * released): what the map draws when the motion ends is in the phase. Every pulse is recorded
 * ({@link PulseGapRecorder}); per phase: the gaps between pulses (median, 95th percentile, longest, how many over 20
 * and 33 ms) and the CPU of the UI thread and of the render threads in each gap (the frame's work wherever the
 * machine's other load puts it).
 *
 * <p>System properties: {@code map.file} (a data file; default: generated), {@code map.places} (30000),
 * {@code map.frames} (120 pulses per phase), {@code map.rounds} (2; the first is reported as a warm-up),
 * {@code map.out} (the JSON report), {@code map.stacks} (a file: the UI thread's stacks in each gap over 33 ms). Run on
 * the class path ({@code src/bench/scripts/map-frames.sh}); {@code map.renderStacks} (a file: the render thread's
 * stacks over each phase, sampled every 2 ms; the same file with {@code .rest} appended: over the pulses after each
 * phase's last input only; with {@code .dear} appended: in each gap with over 20 ms of render CPU). Per phase
 * also: at rest (after the last input: the map drawn afresh) the longest gap with its CPU, the dearest UI and render CPU of a gap and their sums (a frame's render work can spread over two
 * or three gaps), the CPU of the thread that draws the map's ground off the UI thread, and whether the marks' warm-up
 * ({@code #mapWarmUp}) is still pending at the phase's end.
 */
public final class MapFrames extends Application {
    private static final int SETTLE = 30;
    /** Pulses recorded after the last input of a phase (the drag released): the map at rest drawn afresh. */
    private static final int REST = 20;
    /** A gap with more render CPU than this (ms) has the render thread's stacks in it written on their own. */
    private static final double DEAR_RENDER_MS = 20;
    private final long origin = System.nanoTime();
    private final PulseGapRecorder recorder = new PulseGapRecorder();
    private final int frames = Integer.getInteger("map.frames", 120);
    private final int rounds = Integer.getInteger("map.rounds", 2);
    private final Path out = Path.of(System.getProperty("map.out", "target/map-frames.json"));
    private final String stacksOut = System.getProperty("map.stacks");
    private final String renderStacksOut = System.getProperty("map.renderStacks");
    private final List<long[]> phaseWindows = new ArrayList<>();
    private final List<long[]> restWindows = new ArrayList<>();
    /** The gaps whose render CPU was over {@link #DEAR_RENDER_MS}, each a window of its own (render stacks). */
    private final List<long[]> dearWindows = new ArrayList<>();
    private final List<String> results = new ArrayList<>();
    private final List<long[]> stackWindows = new ArrayList<>();
    private final List<Phase> phases = new ArrayList<>();
    private StackSampler sampler;
    private StackSampler renderSampler;
    private Robot robot;
    private Stage window;

    // the run's state, on the FX thread
    private int rowsSeen = -1;
    private long rowsSince;
    private boolean ready;
    private int phase;
    private int pulse;
    private long phaseStart;
    /** When the phase's last input was given: the pulses after it draw the map at rest afresh. */
    private long restStart;
    /** The CPU time of each thread drawing the map's ground (by id) when the phase started. */
    private Map<Long, Long> groundCpuAtStart = Map.of();
    private boolean finished;

    /** What one phase does at its {@code i}-th pulse. */
    private record Phase(String view, String input, int round) {
    }

    public static void main(String[] args) {
        if (System.getProperty("map.file") == null) {
            int wanted = Integer.getInteger("map.places", 30_000);
            // about one generated place in ten has no coordinates: ask for enough
            System.setProperty("map.file", BenchData.places(wanted * 10 / 9 + 10).file().toString());
        }
        launch(MapFrames.class, args);
    }

    @Override
    public void start(Stage stage) {
        for (int round = 1; round <= rounds; round++) {
            for (String view : List.of("framed", "close", "world")) {
                for (String input : List.of("drag", "wheel", "keys")) {
                    phases.add(new Phase(view, input, round));
                }
            }
        }
        robot = new Robot();
        recorder.onPulse(this::tick);
        recorder.start();
        if (stacksOut != null) {
            sampler = new StackSampler(Thread.currentThread(), 2000);
            sampler.start();
        }
        var dialogs = new FxDialogs(() -> stage, () -> (NoticeLayer) stage.getScene().lookup("#noticeLayer"),
                () -> Messages.of(UiLanguage.ENGLISH), uri -> {
                });
        var prefs = AppPreferences.userNode(AppPreferences.DEFAULT_NODE);
        prefs.setLanguage(UiLanguage.ENGLISH);
        window = stage;
        BenchWindow.start(stage, prefs, dialogs, Path.of(System.getProperty("map.file")));
        stage.setX(0);
        stage.setY(0);
        stage.setWidth(1366);
        stage.setHeight(768);
    }

    private void tick() {
        long now = System.nanoTime();
        if (renderStacksOut != null && renderSampler == null) {
            Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().startsWith("QuantumRenderer"))
                    .findFirst().ifPresent(t -> {
                        renderSampler = new StackSampler(t, 2000);
                        renderSampler.start();
                    });
        }
        if (finished) {
            return;
        }
        if (now - origin > 600_000_000_000L) {
            finish("timed out");
            return;
        }
        if (!ready) {
            waitForPlaces(now);
            return;
        }
        if (phase == phases.size()) {
            finish(null);
            return;
        }
        Phase p = phases.get(phase);
        if (pulse == SETTLE / 3) {
            setView(p.view());
        } else if (pulse == SETTLE) {
            phaseStart = now;
            groundCpuAtStart = groundCpu();
            point(center());
        }
        if (pulse >= SETTLE && pulse < SETTLE + frames) {
            input(p.input(), pulse - SETTLE);
        }
        if (pulse == SETTLE + frames) {
            restStart = now;
            if (p.input().equals("drag")) {
                robot.mouseRelease(MouseButton.PRIMARY);
            }
        }
        if (pulse == SETTLE + frames + REST) {
            record(p, now);
            phase++;
            pulse = 0;
            return;
        }
        pulse++;
    }

    /** Waits until the Places table holds its rows, unchanged for 3 s, then shows the Map tab. */
    private void waitForPlaces(long now) {
        if (pulse++ % 12 != 0 || !ShownRows.showTab("tabPlaces")) {
            return;
        }
        var items = ShownRows.itemsOf("placesTable");
        int n = items == null ? 0 : items.size();
        if (n != rowsSeen) {
            rowsSeen = n;
            rowsSince = now;
        } else if (n > 0 && now - rowsSince > 3_000_000_000L) {
            ShownRows.showTab("tabMap");
            ready = true;
            pulse = 0;
            System.out.printf(Locale.ROOT, "%.1f ms: %d places listed, the map shown%n", (now - origin) / 1e6, n);
        }
    }

    /** Framed on every place (as the map opens), eight zoom steps in from there, or the whole world. */
    private void setView(String view) {
        fire("#mapFit");
        if (view.equals("close")) {
            for (int i = 0; i < 8; i++) {
                fire("#mapZoomIn");
            }
        } else if (view.equals("world")) {
            while (!lookup("#mapZoomOut").isDisabled()) {
                fire("#mapZoomOut");
            }
        }
    }

    private void input(String input, int i) {
        double[] c = center();
        switch (input) {
            case "drag" -> {
                if (i == 0) {
                    robot.mousePress(MouseButton.PRIMARY);
                } else {
                    // to and fro, 6 px a pulse, 60 pulses each way: a steady drag
                    int leg = (i / 60) % 2 == 0 ? i % 60 : 60 - i % 60;
                    robot.mouseMove(c[0] + 6 * leg - 180, c[1] + 2 * leg - 60);
                }
            }
            case "wheel" -> {
                if (i % 4 == 0) {
                    robot.mouseWheel((i / 4) % 2 == 0 ? -1 : 1);
                }
            }
            default -> {
                if (i % 4 == 0) {
                    KeyCode key = (i / 4) % 2 == 0 ? KeyCode.RIGHT : KeyCode.LEFT;
                    robot.keyPress(key);
                    robot.keyRelease(key);
                }
            }
        }
    }

    private double[] center() {
        Bounds b = lookup("#map").localToScreen(lookup("#map").getLayoutBounds());
        return new double[] {b.getCenterX(), b.getCenterY()};
    }

    private void point(double[] at) {
        robot.mouseMove(at[0] - 180, at[1] - 60);
        if (!phases.get(phase).input().equals("drag")) {
            robot.mouseMove(at[0], at[1]);
        }
        lookup("#map").requestFocus();
    }

    private void record(Phase p, long now) {
        var report = recorder.report(phaseStart, now);
        stackWindows.addAll(report.gapWindows(33));
        phaseWindows.add(new long[] {phaseStart, now});
        restWindows.add(new long[] {restStart, now});
        List<PulseGapRecorder.Gap> gaps = recorder.gapsFrom(phaseStart, Integer.MAX_VALUE).stream()
                .filter(g -> g.endNanos() <= now).skip(1).toList();
        gaps.stream().filter(g -> g.renderCpuNanos() > DEAR_RENDER_MS * 1e6)
                .forEach(g -> dearWindows.add(new long[] {g.endNanos() - g.nanos(), g.endNanos()}));
        double[] gap = gaps.stream().mapToDouble(g -> g.nanos() / 1e6).sorted().toArray();
        double[] ui = gaps.stream().mapToDouble(g -> g.cpuNanos() / 1e6).sorted().toArray();
        double[] render = gaps.stream().mapToDouble(g -> g.renderCpuNanos() / 1e6).sorted().toArray();
        long over20 = Arrays.stream(gap).filter(g -> g > 20).count();
        double uiSum = Arrays.stream(ui).sum();
        double renderSum = Arrays.stream(render).sum();
        // the frames at rest: the longest gap after the last input, with its CPU, and the dearest CPU of any of them
        List<PulseGapRecorder.Gap> rest = gaps.stream().filter(g -> g.endNanos() > restStart).toList();
        PulseGapRecorder.Gap restLongest = rest.stream().max(Comparator.comparingLong(PulseGapRecorder.Gap::nanos))
                .orElse(new PulseGapRecorder.Gap(0, 0, 0, 0));
        double restUiMax = rest.stream().mapToLong(PulseGapRecorder.Gap::cpuNanos).max().orElse(0) / 1e6;
        double restRenderMax = rest.stream().mapToLong(PulseGapRecorder.Gap::renderCpuNanos).max().orElse(0) / 1e6;
        // a frame's render work can spread over two or three gaps: the sums over the pulses at rest hold it whole
        double restUiSum = rest.stream().mapToLong(PulseGapRecorder.Gap::cpuNanos).sum() / 1e6;
        double restRenderSum = rest.stream().mapToLong(PulseGapRecorder.Gap::renderCpuNanos).sum() / 1e6;
        double groundSum = 0;
        for (Map.Entry<Long, Long> e : groundCpu().entrySet()) {
            groundSum += (e.getValue() - groundCpuAtStart.getOrDefault(e.getKey(), 0L)) / 1e6;
        }
        String json = String.format(Locale.ROOT, "{\"view\": \"%s\", \"input\": \"%s\", \"round\": %d, \"frames\": %d, "
                        + "\"gapMedianMs\": %.1f, \"gapP95Ms\": %.1f, \"gapMaxMs\": %.1f, \"gapsOver20ms\": %d, "
                        + "\"gapsOver33ms\": %d, \"uiCpuMedianMs\": %.1f, \"uiCpuP95Ms\": %.1f, \"uiCpuMaxMs\": %.1f, "
                        + "\"renderCpuMedianMs\": %.1f, \"renderCpuP95Ms\": %.1f, \"renderCpuMaxMs\": %.1f, "
                        + "\"uiCpuSumMs\": %.1f, \"renderCpuSumMs\": %.1f, \"groundCpuSumMs\": %.1f, "
                        + "\"restGapMaxMs\": %.1f, \"restGapMaxUiCpuMs\": %.1f, \"restGapMaxRenderCpuMs\": %.1f, "
                        + "\"restUiCpuMaxMs\": %.1f, \"restRenderCpuMaxMs\": %.1f, \"restUiCpuSumMs\": %.1f, "
                        + "\"restRenderCpuSumMs\": %.1f, \"marksWarmUpPending\": %b, "
                        + "\"listed\": %s}",
                p.view(), p.input(), p.round(), gap.length, at(gap, 0.5), at(gap, 0.95), at(gap, 1), over20,
                report.gapsOver33ms(), at(ui, 0.5), at(ui, 0.95), at(ui, 1), at(render, 0.5), at(render, 0.95),
                at(render, 1), uiSum, renderSum, groundSum, restLongest.nanos() / 1e6, restLongest.cpuNanos() / 1e6,
                restLongest.renderCpuNanos() / 1e6, restUiMax, restRenderMax, restUiSum, restRenderSum,
                lookup("#mapWarmUp") != null, PulseGapRecorder.toJson(report.listedGaps(), origin));
        results.add(json);
        System.out.printf(Locale.ROOT, "%-6s %-5s #%d: gaps median %.1f, p95 %.1f, max %.1f ms (> 20 ms: %d, > 33 ms: %d);"
                        + " UI CPU p95 %.1f, max %.1f, sum %.0f ms; render CPU p95 %.1f, max %.1f, sum %.0f ms;"
                        + " ground thread CPU sum %.0f ms; at rest: longest gap %.1f ms (UI %.1f, render %.1f),"
                        + " UI CPU max %.1f, render CPU max %.1f ms, sums UI %.1f, render %.1f ms; marks warm-up pending: %b%n",
                p.view(),
                p.input(), p.round(), at(gap, 0.5), at(gap, 0.95), at(gap, 1), over20, report.gapsOver33ms(),
                at(ui, 0.95), at(ui, 1), uiSum, at(render, 0.95), at(render, 1), renderSum, groundSum,
                restLongest.nanos() / 1e6, restLongest.cpuNanos() / 1e6, restLongest.renderCpuNanos() / 1e6, restUiMax,
                restRenderMax, restUiSum, restRenderSum, lookup("#mapWarmUp") != null);
    }

    /**
     * The CPU time (ns) of each live thread that draws the map's ground off the UI thread ({@code delegations-map-ground},
     * cut to 15 letters in {@code /proc/self/task/TID/comm}), by thread id; none on another OS. A thread ended within a
     * phase takes its time with it (the worker ends after 5 s idle: not within a phase).
     */
    private static Map<Long, Long> groundCpu() {
        var cpu = new HashMap<Long, Long>();
        try (var tasks = Files.list(Path.of("/proc/self/task"))) {
            for (var task : (Iterable<Path>) tasks::iterator) {
                try {
                    if (Files.readString(task.resolve("comm")).startsWith("delegations-map")) {
                        String stat = Files.readString(task.resolve("schedstat"));
                        cpu.put(Long.parseLong(task.getFileName().toString()),
                                Long.parseLong(stat.substring(0, stat.indexOf(' '))));
                    }
                } catch (IOException ended) {
                    // a thread that ended while listed
                }
            }
        } catch (IOException | RuntimeException noProc) {
            // not Linux: no figure
        }
        return cpu;
    }

    private static double at(double[] sorted, double quantile) {
        return sorted.length == 0 ? -1 : sorted[(int) Math.min(sorted.length - 1, Math.floor(quantile * sorted.length))];
    }

    private void finish(String failure) {
        finished = true;
        recorder.stop();
        String json = String.format(Locale.ROOT, "{%n  \"file\": \"%s\", \"window\": \"%.0fx%.0f\", \"failure\": %s,"
                        + "%n  \"phases\": [%n    %s%n  ]%n}%n", System.getProperty("map.file"), window.getWidth(),
                window.getHeight(), failure == null ? "null" : "\"" + failure + "\"", String.join(",\n    ", results));
        try {
            Files.createDirectories(out.toAbsolutePath().getParent());
            Files.writeString(out, json);
            if (sampler != null) {
                sampler.write(Path.of(stacksOut), stackWindows, origin);
            }
            if (renderSampler != null) {
                renderSampler.write(Path.of(renderStacksOut), phaseWindows, origin);
                renderSampler.write(Path.of(renderStacksOut + ".rest"), restWindows, origin);
                renderSampler.write(Path.of(renderStacksOut + ".dear"), dearWindows, origin);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Platform.exit();
        System.exit(failure == null ? 0 : 1);
    }

    private void fire(String id) {
        ((Button) lookup(id)).fire();
    }

    private Node lookup(String selector) {
        return window.getScene().lookup(selector);
    }
}
