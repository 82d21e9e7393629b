package app.delegations.bench.edit;

import app.delegations.bench.ArchiveRounds;
import app.delegations.data.Archive;
import app.delegations.data.ArchiveLoader;
import app.delegations.data.DatasetLoader;
import app.delegations.data.LoadProgress;
import app.delegations.data.edit.Change;
import app.delegations.data.edit.RecordCheck;
import app.delegations.data.edit.RecordEdit;
import app.delegations.data.write.CanonicalWriter;
import app.delegations.model.Event;
import app.delegations.ui.RecordingDialogs;
import app.delegations.ui.common.Messages;
import app.delegations.ui.common.UiLanguage;
import app.delegations.ui.edit.ArchiveSaving;
import app.delegations.ui.edit.EditSession;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

/**
 * Issue 15's "committing an edit in a 100,000-record archive updates the views without a frame over 16 ms", the
 * edit session's part: the longest task a commit (and its undo) gives the UI thread, with the check on the UI
 * thread as before ({@code EditSession(check, show)}: the check runs in the call) and off it as now (a worker
 * thread checks, the UI thread takes the answer), alternating in one run; the worker's time beside it. A
 * single-thread executor stands in for the UI thread and measures each task it runs (thread CPU and wall time).
 * {@code show} does nothing here: the window's incremental update of the views it starts
 * ({@code MainViewModel.showEdited}) is measured by {@code UpdateCpu}. Then the whole File › Save of the changed
 * event ({@link ArchiveSaving#save}: the file's canonical bytes, the stamps compared, {@code SafeSave}, the session
 * marked saved), on the UI thread as in the window. Each session edits its own copy of the generated archive.
 * <pre>
 * mvn -B -q -Pbench test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt
 * java -Xms3g -Xmx3g -Dbench.reuse=true -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
 *     app.delegations.bench.edit.EditUiThread [RECORDS [FILES [ROUNDS [WARM]]]]
 * </pre>
 */
public final class EditUiThread {
    private static final Method CPU;
    private static final Object MX;

    static {
        try {
            // java.management is reached by name (the app's module does not read it), as in UpdateCpu
            MX = Class.forName("java.lang.management.ManagementFactory").getMethod("getThreadMXBean").invoke(null);
            CPU = Class.forName("java.lang.management.ThreadMXBean").getMethod("getCurrentThreadCpuTime");
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private EditUiThread() {
    }

    private static long cpu() {
        try {
            return (long) CPU.invoke(MX);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An executor on one thread that keeps the longest task it ran since the last {@link #reset}. */
    private static final class Timed implements Executor {
        private final ExecutorService thread;
        private volatile long maxCpu;
        private volatile long maxWall;
        private volatile long sumCpu;
        private volatile long sumWall;

        Timed(String name) {
            thread = Executors.newSingleThreadExecutor(r -> {
                var t = new Thread(r, name);
                t.setDaemon(true);
                return t;
            });
        }

        @Override
        public void execute(Runnable task) {
            thread.execute(() -> {
                long c0 = cpu();
                long w0 = System.nanoTime();
                task.run();
                long cpu = cpu() - c0;
                long wall = System.nanoTime() - w0;
                maxCpu = Math.max(maxCpu, cpu);
                maxWall = Math.max(maxWall, wall);
                sumCpu += cpu;
                sumWall += wall;
            });
        }

        <T> T call(Supplier<T> task) {
            var out = new CompletableFuture<T>();
            execute(() -> out.complete(task.get()));
            return get(out);
        }

        /** Waits until every task given so far has run (and been measured). */
        void drain() {
            call(() -> null);
        }

        void reset() {
            drain();
            maxCpu = 0;
            maxWall = 0;
            sumCpu = 0;
            sumWall = 0;
        }
    }

    public static void main(String[] args) throws IOException {
        var asked = ArchiveRounds.of(args, 20, 5);
        int rounds = asked.rounds();
        int warm = asked.warm();
        Path generated = asked.data().archive();
        var ui = new Timed("ui");
        var worker = new Timed("worker");
        var loader = new ArchiveLoader(new DatasetLoader());
        var check = new RecordCheck(loader, CanonicalWriter::write);
        Path before = copy(generated);
        Path after = copy(generated);
        EditSession sync = ui.call(() -> new EditSession(check, (d, c) -> { }));
        EditSession async = ui.call(() -> new EditSession(check, (d, c) -> { }, worker, ui));
        ArchiveSaving saveBefore = open(ui, sync, check, loader, before);
        ArchiveSaving saveAfter = open(ui, async, check, loader, after);
        String[] steps = {"commit", "undo", "save"};
        long[][][] uiCpu = new long[2][steps.length][rounds];
        long[][][] uiWall = new long[2][steps.length][rounds];
        long[][][] workerCpu = new long[2][steps.length][rounds];
        for (int i = -warm; i < rounds; i++) {
            for (int run = 0; run < 2; run++) {
                EditSession session = run == 0 ? sync : async;
                ArchiveSaving saving = run == 0 ? saveBefore : saveAfter;
                for (int step = 0; step < steps.length; step++) {
                    ui.reset();
                    worker.reset();
                    boolean ok = switch (step) {
                        case 0 -> get(ui.call(() -> session.commit(rename(session))));
                        case 1 -> get(ui.call(session::undo)) && get(ui.call(session::redo));
                        default -> ui.call(saving::save);
                    };
                    ui.drain();
                    worker.drain();
                    ui.drain();
                    if (!ok) {
                        throw new IllegalStateException(steps[step] + " refused");
                    }
                    if (i >= 0) {
                        uiCpu[run][step][i] = ui.maxCpu;
                        uiWall[run][step][i] = ui.maxWall;
                        workerCpu[run][step][i] = worker.sumCpu;
                    }
                }
            }
        }
        System.out.printf("%d records, %d files, %d rounds after %d, %d cores%n", asked.records(), asked.files(), rounds,
                warm, Runtime.getRuntime().availableProcessors());
        System.out.printf("%-34s %-24s %-24s %-24s%n", "", "UI thread longest CPU", "UI thread longest wall",
                "worker CPU");
        for (int run = 0; run < 2; run++) {
            for (int step = 0; step < steps.length; step++) {
                String name = (run == 0 ? "before, " : "after, ") + (step == 1 ? "undo + redo" : steps[step]);
                System.out.printf("%-34s %-24s %-24s %-24s%n", name, stats(uiCpu[run][step]),
                        stats(uiWall[run][step]), stats(workerCpu[run][step]));
            }
        }
        ArchiveRounds.delete(before);
        ArchiveRounds.delete(after);
        System.exit(0);
    }

    /** The session and its saving on a copy of the archive, as the window has them once it is shown. */
    private static ArchiveSaving open(Timed ui, EditSession session, RecordCheck check, ArchiveLoader loader,
                                      Path folder) {
        Archive archive = loader.open(folder, LoadProgress.NONE);
        if (!archive.result().ok()) {
            throw new IllegalStateException(archive.result().problems().toString());
        }
        return ui.call(() -> {
            var saving = new ArchiveSaving(session, check, loader, CanonicalWriter::write, new RecordingDialogs(),
                    () -> Messages.of(UiLanguage.ENGLISH), Runnable::run, p -> { });
            get(session.shown(archive.result().datasetOrNull(), archive));
            saving.shown(archive);
            return saving;
        });
    }

    /** The middle event's English title with " (corrected)" added, or taken away again. */
    private static Change rename(EditSession session) {
        var events = session.dataset().events();
        Event before = events.get(events.size() / 2);
        return Change.of(RecordEdit.replace(before, EditCpu.corrected(before)));
    }

    private static <T> T get(CompletableFuture<T> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    private static String stats(long[] times) {
        long[] sorted = times.clone();
        Arrays.sort(sorted);
        return String.format("%6.1f / %6.1f / %6.1f", sorted[sorted.length / 2] / 1e6,
                sorted[sorted.length * 9 / 10] / 1e6, sorted[sorted.length - 1] / 1e6);
    }

    private static Path copy(Path from) throws IOException {
        Path to = Files.createTempDirectory("edit-ui-bench");
        ArchiveRounds.copy(from, to);
        return to;
    }
}
