package app.delegations.bench.pulse;

import app.delegations.BenchWindow;
import app.delegations.ui.common.AppPreferences;
import app.delegations.ui.common.ExportChoice;
import app.delegations.ui.common.ExportFormat;
import app.delegations.ui.common.FxDialogs;
import app.delegations.ui.common.Messages;
import app.delegations.ui.common.NoticeLayer;
import app.delegations.ui.common.UiLanguage;
import app.delegations.ui.countries.CountryRow;
import app.delegations.ui.events.EventRow;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The window's frames while it exports (issue 16: "never a frame over 50 ms"): the real window ({@link BenchWindow},
 * its real progress strip, Cancel and saved notice; only the file question answered by {@link ExportFramesDialogs})
 * opens an archive, shows the Events tab, selects the largest event, then, round after round, runs File › Export
 * (Ctrl+E's menu item) of the Events table as XLSX and as CSV, File › Export all tables (every view's table, a
 * sheet each), an XLSX export cancelled {@code export.cancelAfterMs}
 * after the command through the progress strip's Cancel, File › Export brief as PDF… of that event, and File ›
 * Print brief… (Ctrl+P's item) until the preview shows its page, closed again; "briefcountry" and "printcountry" do
 * the same for the country of the most places (selected in the Countries tab). "cancel-WHAT-WHEN" cancels WHAT
 * (xlsx, csv, all, brief, briefcountry) WHEN ms after the command, or "late" (the bar at 100 %: every row told,
 * the file's ending being written; for a brief its last step, from 2/3), or "mid" (the bar at half); "cancel" is
 * "cancel-xlsx-{export.cancelAfterMs}". Every pulse is recorded
 * ({@link PulseGapRecorder}, an AnimationTimer); each step's span runs from the command to the saved notice (the
 * preview shown, the writing thread stopped) and {@code export.afterMs} past it (the notice's own frames). Per step:
 * the longest gap and the UI thread's CPU in it, the gaps over 50 and 33 ms, the UI thread's CPU in the frame the
 * command ran in and in the whole span, the time from the command to the notice and from Cancel to the thread's end.
 *
 * <p>System properties: {@code export.file} (the archive), {@code export.dir} (where files are written),
 * {@code export.rounds} (3), {@code export.steps} (xlsx,csv,all,cancel,brief,print), {@code export.cancelAfterMs}
 * (150), {@code export.afterMs} (300), {@code export.pauseMs} (1500, between steps), {@code export.out} (the JSON
 * report), {@code export.stacks} (a file: the FX thread's stacks in every gap over 33 ms),
 * {@code export.timeoutSeconds} (600). Run on the class path ({@code src/bench/scripts/export-frames.sh}). Past 250
 * lines because it is one run driven pulse by pulse on the FX thread: setting up each step, following it to its end
 * and reporting it share the run's state, which split classes would hand back and forth.
 */
public final class ExportFrames extends Application {
    private final long origin = System.nanoTime();
    private final PulseGapRecorder recorder = new PulseGapRecorder();
    private final Path file = Path.of(System.getProperty("export.file"));
    private final Path dir = Path.of(System.getProperty("export.dir", "/tmp/export-frames"));
    private final Path out = Path.of(System.getProperty("export.out", "target/export-frames.json"));
    private final String stacksOut = System.getProperty("export.stacks");
    private final int rounds = Integer.getInteger("export.rounds", 3);
    private final List<String> kinds = List.of(System.getProperty("export.steps", "xlsx,csv,all,cancel,brief,print")
            .split(","));
    private final long cancelAfter = Long.getLong("export.cancelAfterMs", 150) * 1_000_000L;
    private final long after = Long.getLong("export.afterMs", 300) * 1_000_000L;
    private final long pause = Long.getLong("export.pauseMs", 1500) * 1_000_000L;
    private final long timeout = Long.getLong("export.timeoutSeconds", 600) * 1_000_000_000L;
    private ExportFramesDialogs dialogs;
    private Stage window;
    private StackSampler sampler;
    private final List<String> results = new ArrayList<>();
    private final List<long[]> stackWindows = new ArrayList<>();

    // the run's state, on the FX thread
    private int rowsSeen = -1;
    private long rowsSince;
    private long readyAt = -1;
    private long rowsFirstAt = -1;
    private String idle = "null";
    private int next;
    private Step step;
    private long nextAt;
    private long lastPoll;
    private boolean finished;
    private EventRow largestEvent;

    /** One command and what it came to. */
    private final class Step {
        final String kind;
        final int round;
        final Path target;
        final long start = System.nanoTime();
        long shown = -1;
        long cancelled = -1;
        volatile long stopped = -1;
        String note = "";

        Step(String kind, int round, Path target) {
            this.kind = kind;
            this.round = round;
            this.target = target;
        }

        /** When the span ends (the notice, the preview or the stop, plus export.afterMs); -1 while not there. */
        long end() {
            long at = cancels(kind) ? stopped : shown;
            return at < 0 ? -1 : at + after;
        }
    }

    public static void main(String[] args) {
        launch(ExportFrames.class, args);
    }

    @Override
    public void start(Stage stage) throws IOException {
        Files.createDirectories(dir);
        recorder.onPulse(this::tick);
        recorder.start();
        if (stacksOut != null) {
            sampler = new StackSampler(Thread.currentThread(), Long.getLong("export.stackPeriodMicros", 2000));
            sampler.start();
        }
        dialogs = new ExportFramesDialogs(new FxDialogs(() -> stage,
                () -> (NoticeLayer) stage.getScene().lookup("#noticeLayer"), () -> Messages.of(UiLanguage.ENGLISH),
                uri -> {
                }));
        var prefs = AppPreferences.userNode(AppPreferences.DEFAULT_NODE);
        prefs.setLanguage(UiLanguage.ENGLISH);
        window = stage;
        BenchWindow.start(stage, prefs, dialogs, file);
    }

    private void tick() {
        long now = System.nanoTime();
        if (finished) {
            return;
        }
        if (now - origin > timeout) {
            finish("timed out");
            return;
        }
        if (readyAt < 0) {
            if (now - lastPoll > 200_000_000L) {
                lastPoll = now;
                waitForRows(now);
            }
            return;
        }
        if (step == null) {
            if (now >= nextAt) {
                if (next == rounds * kinds.size()) {
                    finish(null);
                } else {
                    begin(kinds.get(next % kinds.size()), next / kinds.size() + 1);
                    next++;
                }
            }
            return;
        }
        follow(step, now);
    }

    /** Waits until the Events table holds its rows, unchanged for 3 s, then selects the largest event. */
    private void waitForRows(long now) {
        if (!ShownRows.showTab("tabEvents")) {
            return;
        }
        var items = ShownRows.itemsOf("eventsTable");
        int n = items == null ? 0 : items.size();
        if (n > 0 && rowsFirstAt < 0) {
            rowsFirstAt = now;
        }
        if (n != rowsSeen) {
            rowsSeen = n;
            rowsSince = now;
            return;
        }
        if (n > 0 && now - rowsSince > 3_000_000_000L) {
            recordIdle(now);
            largestEvent = largestEvent();
            readyAt = now;
            setUp(kinds.get(0));
            nextAt = now + pause;
            System.out.printf(Locale.ROOT, "%.1f ms: %d events shown%n", (now - origin) / 1e6, n);
        }
    }

    /**
     * Puts in front what the step exports, a pause before its command: the Events tab with the largest event selected,
     * or for a step ending in "country" (briefcountry, printcountry) the Countries tab with the country of the most
     * places selected.
     */
    @SuppressWarnings("unchecked")
    private void setUp(String kind) {
        if (what(kind).endsWith("country")) {
            ShownRows.showTab("tabCountries");
            TableView<CountryRow> table = (TableView<CountryRow>) lookup("#countriesTable");
            CountryRow most = table.getItems().stream().max(Comparator.comparingInt(CountryRow::placeCount))
                    .orElseThrow();
            table.getSelectionModel().select(most);
            table.scrollTo(most);
            System.out.printf("country of the most places %s: %d places%n", most.code(), most.placeCount());
        } else {
            ShownRows.showTab("tabEvents");
            TableView<EventRow> table = (TableView<EventRow>) lookup("#eventsTable");
            table.getSelectionModel().select(largestEvent);
            table.scrollTo(largestEvent);
        }
    }

    /** The row of the top-level event with the most events inside (the brief's largest). */
    @SuppressWarnings("unchecked")
    private EventRow largestEvent() {
        TableView<EventRow> table = (TableView<EventRow>) lookup("#eventsTable");
        var parents = new HashMap<String, String>();
        for (EventRow row : table.getItems()) {
            parents.put(row.event().id(), row.event().parent());
        }
        Map<String, Integer> inside = new HashMap<>();
        for (String id : parents.keySet()) {
            String root = id;
            while (parents.get(root) != null && parents.containsKey(parents.get(root))) {
                root = parents.get(root);
            }
            inside.merge(root, 1, Integer::sum);
        }
        EventRow largest = table.getItems().stream().filter(r -> inside.containsKey(r.event().id()))
                .max((a, b) -> Integer.compare(inside.get(a.event().id()), inside.get(b.event().id()))).orElseThrow();
        System.out.printf("largest event %s: %d events%n", largest.event().id(), inside.get(largest.event().id()));
        return largest;
    }

    /** True for a step that cancels what it starts: "cancel", or "cancel-WHAT-WHEN". */
    private static boolean cancels(String kind) {
        return kind.equals("cancel") || kind.startsWith("cancel-");
    }

    /**
     * What a step exports: the step itself, or for "cancel-WHAT-WHEN" its WHAT (xlsx, csv, all, brief, briefcountry);
     * "cancel" is "xlsx".
     */
    private static String what(String kind) {
        if (kind.equals("cancel")) {
            return "xlsx";
        }
        return kind.startsWith("cancel-") ? kind.split("-")[1] : kind;
    }

    /**
     * Whether the step's Cancel is due: for "cancel" and "cancel-WHAT" {@code export.cancelAfterMs} after the command;
     * for "cancel-WHAT-MS" MS ms after it; for "cancel-WHAT-late" once the progress bar shows the last of the work:
     * every row told (1.0: what is left is the file format's ending and the move) or, for a brief, its last step
     * (the pages numbered and written, from 2/3 on); "cancel-WHAT-mid" once it shows half.
     */
    private boolean cancelDue(Step s, long now) {
        String[] parts = s.kind.split("-");
        String when = parts.length > 2 ? parts[2] : "";
        if (when.equals("late") || when.equals("mid")) {
            Node bar = lookup("#exportProgress");
            if (!(bar instanceof ProgressBar progress)) {
                return s.shown > 0; // written before the bar got there: told as such by cancel()
            }
            double at = when.equals("mid") ? 0.5 : what(s.kind).startsWith("brief") ? 0.66 : 1.0;
            return progress.getProgress() >= at;
        }
        long after = when.isEmpty() ? cancelAfter : Long.parseLong(when) * 1_000_000L;
        return now - s.start >= after;
    }

    private void begin(String kind, int round) {
        Path target = dir.resolve("events-" + kind + "-" + round + switch (what(kind)) {
            case "csv" -> ".csv";
            case "brief", "print", "briefcountry", "printcountry" -> ".pdf";
            default -> ".xlsx";
        });
        try {
            Files.deleteIfExists(target);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var how = new ExportChoice(what(kind).equals("csv") ? ExportFormat.CSV : ExportFormat.XLSX, ',', false);
        dialogs.answer(how, target);
        step = new Step(kind, round, target);
        String item = switch (what(kind)) {
            case "brief", "briefcountry" -> "menuExportBrief";
            case "print", "printcountry" -> "menuPrintBrief";
            case "all" -> "menuExportAll";
            default -> "menuExportTable";
        };
        if (!RecentMenu.fire(item)) {
            throw new IllegalStateException("no enabled menu item " + item);
        }
    }

    private void follow(Step s, long now) {
        if (s.shown < 0) {
            if (s.kind.startsWith("print")) {
                if (lookup("#printSheet") != null) {
                    s.shown = now;
                }
            } else if (dialogs.savedAt() > 0) {
                s.shown = dialogs.savedAt();
            }
        }
        if (cancels(s.kind) && s.cancelled < 0 && cancelDue(s, now)) {
            cancel(s, now);
        }
        long end = s.end();
        if (end > 0 && now >= end) {
            if (s.kind.startsWith("print")) {
                Window preview = windowWith("#printClose");
                if (preview != null) {
                    ((Button) preview.getScene().lookup("#printClose")).fire();
                }
            }
            record(s, now);
            step = null;
            nextAt = now + pause;
            if (next < rounds * kinds.size()) {
                setUp(kinds.get(next % kinds.size()));
            }
        }
    }

    /** Cancel in the progress strip; a thread of the harness notes when the writing thread has ended. */
    private void cancel(Step s, long now) {
        Window progress = windowWith("#exportCancel");
        if (progress == null) {
            if (s.shown > 0) {
                s.cancelled = now;
                s.stopped = s.shown;
                s.note = "written before the cancel";
            }
            return;
        }
        Thread writing = Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().equals("delegations-export") && t.isAlive()).findFirst().orElse(null);
        if (progress.getScene().lookup("#exportProgress") instanceof ProgressBar bar) {
            s.note = String.format(Locale.ROOT, "cancelled at %.0f %%", 100 * bar.getProgress());
        }
        s.cancelled = System.nanoTime();
        ((Button) progress.getScene().lookup("#exportCancel")).fire();
        if (writing == null) {
            s.stopped = s.cancelled;
            s.note = "no writing thread alive at the cancel";
            return;
        }
        var watch = new Thread(() -> {
            try {
                writing.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            s.stopped = System.nanoTime();
        }, "export-frames-watch");
        watch.setDaemon(true);
        watch.start();
    }

    private void record(Step s, long now) {
        long to = s.end();
        var report = recorder.report(s.start, to);
        stackWindows.addAll(report.gapWindows(33));
        double longestCpu = report.listedGaps().stream().filter(g -> g.nanos() == report.longestGapNanos())
                .mapToDouble(g -> g.cpuNanos() / 1e6).findFirst().orElse(-1);
        // the UI thread's CPU from the command on: in the frame the command ran in, and in all the span's frames
        List<PulseGapRecorder.Gap> frames = recorder.gapsFrom(s.start, Integer.MAX_VALUE).stream()
                .filter(g -> g.endNanos() <= to).toList();
        double commandCpu = frames.isEmpty() ? -1 : frames.get(0).cpuNanos() / 1e6;
        double uiCpu = frames.stream().mapToLong(PulseGapRecorder.Gap::cpuNanos).sum() / 1e6;
        boolean written = Files.exists(s.target);
        boolean partLeft;
        try (Stream<Path> files = Files.list(dir)) {
            partLeft = files.anyMatch(p -> p.getFileName().toString().endsWith(".part"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String json = String.format(Locale.ROOT, "{\"step\": \"%s\", \"round\": %d, \"startMs\": %.1f, "
                        + "\"commandToShownMs\": %.1f, \"cancelToStopMs\": %.1f, \"fileWritten\": %s, \"fileBytes\": %d, "
                        + "\"partLeft\": %s, \"note\": \"%s\", \"longestGapCpuMs\": %.1f, \"commandFrameCpuMs\": %.1f, "
                        + "\"uiCpuMs\": %.1f, \"span\": %s}",
                s.kind, s.round, (s.start - origin) / 1e6, s.shown < 0 ? -1 : (s.shown - s.start) / 1e6,
                s.cancelled < 0 ? -1 : (s.stopped - s.cancelled) / 1e6, written, written ? size(s.target) : -1,
                partLeft, s.note, longestCpu, commandCpu, uiCpu, report.toJson(origin));
        // the notice's own call, and the frame it fell in with the two after it (the notice drawn)
        String notice = "";
        if (s.shown > 0 && !s.kind.startsWith("print")) {
            var noticeFrames = recorder.gapsFrom(s.shown, 2).stream().map(g -> String.format(Locale.ROOT,
                    "%.1f (%.1f, render %.1f)", g.nanos() / 1e6, g.cpuNanos() / 1e6, g.renderCpuNanos() / 1e6)).toList();
            notice = String.format(Locale.ROOT, "notice: the call %.1f ms (UI CPU %.1f ms); its frame and the next "
                            + "two, ms (UI CPU, render CPU): %s", dialogs.noticeNanos() / 1e6, dialogs.noticeCpu() / 1e6,
                    String.join(", ", noticeFrames));
            json = json.substring(0, json.length() - 1) + String.format(Locale.ROOT, ", \"noticeCallMs\": %.1f, "
                    + "\"noticeCallCpuMs\": %.1f, \"noticeFrames\": %s}", dialogs.noticeNanos() / 1e6,
                    dialogs.noticeCpu() / 1e6, PulseGapRecorder.toJson(recorder.gapsFrom(s.shown, 2), origin));
        }
        results.add(json);
        System.out.printf(Locale.ROOT, "%s #%d: command to %s %.1f ms%s; longest gap %.1f ms (UI CPU %.1f ms), "
                        + "gaps > 50 ms: %d, > 33 ms: %d; UI CPU: command frame %.1f ms, span %.1f ms%n", s.kind, s.round,
                s.kind.startsWith("print") ? "preview" : cancels(s.kind) ? "stop" : "notice",
                ((cancels(s.kind) ? s.stopped : s.shown) - s.start) / 1e6,
                cancels(s.kind) ? String.format(Locale.ROOT, " (cancel to stop %.1f ms, file %s; %s)",
                        (s.stopped - s.cancelled) / 1e6, written ? "WRITTEN" : "none", s.note) : "",
                report.longestGapMs(), longestCpu, report.gapsOver50ms(), report.gapsOver33ms(), commandCpu, uiCpu);
        if (!notice.isEmpty()) {
            System.out.println("  " + notice);
        }
    }

    /**
     * The frames from the Events table's first rows until they have stayed as they are for 3 s (the data's last
     * steps, then what the window readies in idle time).
     */
    private void recordIdle(long now) {
        var report = recorder.report(rowsFirstAt, now);
        stackWindows.addAll(report.gapWindows(33));
        idle = report.toJson(origin);
        System.out.printf(Locale.ROOT, "idle from the first rows on (3 s unchanged): longest gap %.1f ms, "
                        + "gaps > 50 ms: %d, > 33 ms: %d, most UI CPU in one gap %.1f ms%n", report.longestGapMs(),
                report.gapsOver50ms(), report.gapsOver33ms(), report.longestCpuGapNanos() / 1e6);
    }

    private void finish(String failure) {
        finished = true;
        recorder.stop();
        // each style sheet once
        System.out.println("the window's style sheets: " + window.getScene().getStylesheets());
        String json = String.format(Locale.ROOT, "{%n  \"file\": \"%s\", \"rounds\": %d, \"readyMs\": %.1f, "
                        + "\"failure\": %s, \"error\": %s,%n  \"idle\": %s,%n  \"steps\": [%n    %s%n  ]%n}%n", file, rounds,
                (readyAt - origin) / 1e6, failure == null ? "null" : "\"" + failure + "\"",
                dialogs.error() == null ? "null" : "\"" + dialogs.error().replace("\"", "'") + "\"", idle,
                String.join(",\n    ", results));
        try {
            Files.createDirectories(out.toAbsolutePath().getParent());
            Files.writeString(out, json);
            if (sampler != null) {
                sampler.write(Path.of(stacksOut), stackWindows, origin);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Platform.exit();
        System.exit(failure == null && dialogs.error() == null ? 0 : 1);
    }

    private static Node lookup(String selector) {
        Window w = windowWith(selector);
        return w == null ? null : w.getScene().lookup(selector);
    }

    private static Window windowWith(String selector) {
        for (Window w : Window.getWindows()) {
            if (w.isShowing() && w.getScene() != null && w.getScene().lookup(selector) != null) {
                return w;
            }
        }
        return null;
    }

    private static long size(Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            return -1;
        }
    }
}
