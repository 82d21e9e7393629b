package app.delegations.bench.pulse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.application.Platform;
import javafx.application.Preloader;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.stage.Stage;

/**
 * Hooks a {@link PulseGapRecorder} into the real app without changing it: JavaFX starts a preloader named
 * by {@code -Djavafx.preloader=app.delegations.bench.pulse.PulseGapPreloader} before the application's
 * {@code init}/{@code start}, on the same toolkit. It records every pulse from then on, notes when the app's
 * first window shows and when the data is shown (a table or list in a showing window holds at least
 * {@code pulse.expectRows} rows), waits {@code pulse.settleMs} more, writes a JSON report and ends the
 * process. Without {@code pulse.expectRows} it records for {@code pulse.durationSeconds}.
 *
 * <p>System properties: {@code pulse.expectRows}, {@code pulse.settleMs} (2000), {@code pulse.durationSeconds}
 * (20), {@code pulse.timeoutSeconds} (120), {@code pulse.out} (target/pulse-gap.json); {@code pulse.changeFile},
 * {@code pulse.changeFrom}, {@code pulse.changeTo}: 1 s after the data shows ({@code pulse.changeAfterMs}), that
 * file is rewritten on disk ({@link FileChange}), the span reported starts there and the data counts as shown again
 * once the largest table shows rows built anew (the reload of an archive shown), or the People table (shown before
 * the change) changes rows; the report's {@code changeShown} gives the gaps between pulses from that moment. With
 * {@code pulse.edit=true} instead, an edit is committed through the window's controls ({@link WindowEdit}) and
 * the span reported starts at its Apply and ends once the Events table shows it. With {@code pulse.search=WORD},
 * the word is typed into the search field ({@link SearchTyping}) and the span reported starts at its first key.
 * Exit status: 0 data shown in time, 1 timed out.
 */
public final class PulseGapPreloader extends Preloader {
    private final long origin = System.nanoTime();
    private final PulseGapRecorder recorder = new PulseGapRecorder();
    private final int expectRows = Integer.getInteger("pulse.expectRows", -1);
    private final long settleNanos = Long.getLong("pulse.settleMs", 2000) * 1_000_000L;
    private final long durationNanos = Long.getLong("pulse.durationSeconds", 20) * 1_000_000_000L;
    private final long timeoutNanos = Long.getLong("pulse.timeoutSeconds", 120) * 1_000_000_000L;
    private final Path out = Path.of(System.getProperty("pulse.out", "target/pulse-gap.json"));
    private long appStart = -1;
    private long shown = -1;
    private long loaded = -1;
    private long lastPoll;
    private boolean finished;
    private final String stacksOut = System.getProperty("pulse.stacks");
    /** With pulse.openRecentAfterRows=N: once N rows show (the bundled data), open File › Recent's first file. */
    private final int openAfterRows = Integer.getInteger("pulse.openRecentAfterRows", -1);
    private long opened = -1;
    private long rowsSeen = -1;
    /** With pulse.thenFire=MENU-ITEM-ID: 1 s after the data shows, that menu item is chosen (e.g. another language). */
    private final String thenFire = System.getProperty("pulse.thenFire");
    private StackSampler sampler;
    /** With pulse.changeFile=FILE: 1 s after the data shows, FILE is rewritten on disk (see {@link FileChange}). */
    private final FileChange change = FileChange.fromProperties();
    /** With pulse.edit=true: an edit committed in the window ({@link WindowEdit}), pulse.changeAfterMs after the data shows. */
    private final WindowEdit edit = WindowEdit.fromProperties();
    /** With pulse.tabs=true: each table tab shown once, pulse.changeAfterMs after the data shows ({@link TabTour}). */
    private final TabTour tour = TabTour.fromProperties();
    /** With pulse.language=MENU-ITEM-ID: that language chosen pulse.changeAfterMs after the data shows ({@link LanguageSwitch}). */
    private final LanguageSwitch language = LanguageSwitch.fromProperties();
    /** With pulse.search=WORD: the word typed into the search field, key by key ({@link SearchTyping}). */
    private final SearchTyping typing = SearchTyping.fromProperties();
    /** With pulse.changeFile or pulse.edit: how long after the data shows the change is made (pulse.changeAfterMs, 1000). */
    private final long changeAfterNanos = Long.getLong("pulse.changeAfterMs", 1000) * 1_000_000L;
    private Object rowBefore;
    /** True once the People table's rows changed after the change on disk. */
    private boolean peopleChanged;
    /** When the People table's rows first changed after the change on disk (System.nanoTime); -1 before. */
    private long peopleChangedAt = -1;

    @Override
    public void start(Stage preloaderStage) {
        recorder.onPulse(this::check);
        recorder.start();
        if (stacksOut != null) {
            sampler = new StackSampler(Thread.currentThread(), Long.getLong("pulse.stackPeriodMicros", 2000));
            sampler.start();
        }
    }

    @Override
    public void handleStateChangeNotification(StateChangeNotification info) {
        if (info.getType() == StateChangeNotification.Type.BEFORE_START) {
            appStart = System.nanoTime();
        }
    }

    private void check() {
        long now = System.nanoTime();
        if (finished || now - lastPoll < 50_000_000L) {
            return;
        }
        lastPoll = now;
        if (shown < 0 && ShownRows.anyWindowShowing()) {
            shown = now;
        }
        if (openAfterRows >= 0 && opened < 0) {
            // the bundled rows shown, then 1 s for the window's first layout and drawing (start-up, not opening)
            if (rowsSeen < 0 && ShownRows.inShowingWindows() >= openAfterRows) {
                rowsSeen = now;
            }
            if (rowsSeen >= 0 && now - rowsSeen >= 1_000_000_000L && RecentMenu.openFirst()) {
                opened = System.nanoTime();
            }
            return;
        }
        if (language != null && opened >= 0) { // the span reported ends settleMs after the new language shows
            loaded = loaded < 0 && language.shown(now, expectRows) ? now : loaded;
            if (loaded >= 0 && now - loaded >= settleNanos || now - origin >= timeoutNanos) {
                finish(now, loaded >= 0);
            }
            return;
        }
        if (loaded < 0 && expectRows >= 0 && ShownRows.inShowingWindows() >= expectRows
                && (rowBefore == null || ShownRows.firstOfLargest() != rowBefore
                    || peopleChanged || edit != null && edit.shown())) {
            // after a change on disk: once the largest table shows rows built anew (a reload), or the People
            // table's rows changed (an update replaces only the rows it changes: the changed person's); after an
            // edit in the window: once the Events table shows the new title
            if (change != null && rowBefore == null) {
                ShownRows.showTab("tabPeople"); // the table of the changed record, made and shown before the change
            }
            loaded = now;
        }
        if (change != null && opened < 0) {
            if (loaded >= 0 && now - loaded >= changeAfterNanos) {
                rowBefore = ShownRows.firstOfLargest();
                ObservableList<?> people = ShownRows.itemsOf("peopleTable");
                if (people != null) {
                    people.addListener((ListChangeListener<Object>) c -> {
                        peopleChanged = true;
                        if (peopleChangedAt < 0) {
                            peopleChangedAt = System.nanoTime();
                        }
                    });
                }
                opened = System.nanoTime(); // the span reported starts here
                loaded = -1;
                change.start();
            }
            return;
        }
        if (edit != null && opened < 0) {
            if (loaded >= 0 && now - loaded >= changeAfterNanos && edit.advance()) {
                rowBefore = ShownRows.firstOfLargest();
                opened = System.nanoTime(); // the span reported starts at Apply
                loaded = -1;
            }
            return;
        }
        if (tour != null && loaded >= 0 && now - loaded >= changeAfterNanos) {
            if (opened < 0) {
                opened = now; // the span reported starts at the first tab shown
            }
            if (!tour.advance(now)) {
                return;
            }
            finish(now, true);
            return;
        }
        if (language != null && opened < 0) {
            if (loaded >= 0 && now - loaded >= changeAfterNanos && language.choose()) {
                opened = language.chosenAt(); // the span reported starts here
                loaded = -1;
            }
            return;
        }
        if (typing != null && loaded >= 0 && now - loaded >= changeAfterNanos) {
            if (!typing.advance(now, settleNanos)) {
                return;
            }
            opened = typing.firstKeyAt(); // the span reported starts at the first key
            finish(now, true);
            return;
        }
        if (thenFire != null && opened < 0) {
            if (loaded >= 0 && now - loaded >= 1_000_000_000L && RecentMenu.fire(thenFire)) {
                opened = System.nanoTime(); // the span reported starts here
                loaded = -1;    // and ends when the rows show again (+ settle), in the rebuilt window
            }
            return;
        }
        boolean done = expectRows >= 0 ? loaded >= 0 && now - loaded >= settleNanos : now - origin >= durationNanos;
        if (done || now - origin >= timeoutNanos) {
            finish(now, done);
        }
    }

    private void finish(long now, boolean done) {
        finished = true;
        recorder.stop();
        // the span reported: from the file's opening in a running window, else from the window's first showing
        long from = opened >= 0 ? opened : shown >= 0 ? shown : origin;
        String whole = recorder.report(origin, now).toJson(origin);
        String afterShown = recorder.report(from, now).toJson(origin);
        if (sampler != null) {
            try {
                sampler.write(Path.of(stacksOut), recorder.report(from, now).gapWindows(50), origin);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        Runtime rt = Runtime.getRuntime();
        long heap = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            System.gc();
            heap = Math.min(heap, rt.totalMemory() - rt.freeMemory());
        }
        List<String> args = getParameters() == null ? List.of() : getParameters().getUnnamed();
        String file = args.isEmpty() ? System.getProperty("pulse.file", "") : args.get(0);
        long fileBytes = file.isEmpty() ? -1 : size(Path.of(file));
        String json = String.format(Locale.ROOT, "{%n  \"originNanos\": %d, \"file\": \"%s\", \"fileBytes\": %d, \"expectRows\": %d, \"dataShown\": %s, \"completed\": %s,%n"
                        + "  \"appStartMs\": %.1f, \"windowShownMs\": %.1f, \"openedMs\": %.1f, \"dataShownMs\": %.1f,%n"
                        + "  \"change\": %s,%n"
                        + "  \"changeShown\": %s,%n"
                        + "  \"applyFrames\": %s,%n"
                        + "  \"tabs\": %s,%n"
                        + "  \"language\": %s,%n"
                        + "  \"search\": %s,%n"
                        + "  \"heapAfterLoadBytes\": %d, \"heapToFileRatio\": %.2f,%n"
                        + "  \"afterWindowShown\": %s,%n  \"wholeRun\": %s%n}%n",
                origin, file.replace("\\", "\\\\").replace("\"", "\\\""), fileBytes, expectRows,
                loaded >= 0, done, ms(appStart), ms(shown), ms(opened), ms(loaded),
                change == null ? "null" : change.toJson(origin), changeShown(), applyFrames(),
                tour == null ? "null" : tour.toJson(recorder, origin, now),
                language == null ? "null" : language.toJson(recorder, origin, now),
                typing == null ? "null" : typing.toJson(recorder, origin, now), heap, fileBytes > 0 ? heap / (double) fileBytes : -1.0,
                afterShown, whole);
        try {
            Files.createDirectories(out.toAbsolutePath().getParent());
            Files.writeString(out, json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        System.out.print(json);
        System.out.flush();
        Platform.exit();
        System.exit(done ? 0 : 1);
    }

    /**
     * When the People table (a change on disk) or the Events table (an edit) heard of the change and the gap between
     * pulses it fell in with the two after it (the change applied, then laid out and drawn), or null.
     */
    private String changeShown() {
        long at = peopleChangedAt >= 0 ? peopleChangedAt : edit != null ? edit.heardAt() : -1;
        if (at < 0) {
            return "null";
        }
        return String.format(Locale.ROOT, "{\"atMs\": %.1f, \"gaps\": %s}", ms(at),
                PulseGapRecorder.toJson(recorder.gapsFrom(at, 2), origin));
    }

    /**
     * After an edit in the window: the gap between pulses in which Apply was pressed (its work, then the CSS, layout
     * and drawing of that pulse) and the two after it, each with its UI-thread CPU; else null.
     */
    private String applyFrames() {
        if (edit == null || opened < 0) {
            return "null";
        }
        return PulseGapRecorder.toJson(recorder.gapsFrom(opened, 2), origin);
    }

    private double ms(long at) {
        return at < 0 ? -1 : (at - origin) / 1e6;
    }

    private static long size(Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            return -1;
        }
    }
}
