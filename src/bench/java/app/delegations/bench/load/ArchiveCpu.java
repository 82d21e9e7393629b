package app.delegations.bench.load;

import app.delegations.bench.ArchiveRounds;
import app.delegations.data.Archive;
import app.delegations.data.ArchiveLoader;
import app.delegations.data.DatasetLoader;
import app.delegations.data.LoadProgress;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The same two loads as {@link ArchiveBenchmark} (opening the generated archive folder, loading the one file of
 * the same records), interleaved one after the other in one JVM and timed as the process's CPU time as well as
 * wall time. The archive is read by up to {@code ArchiveLoader.THREADS} threads, the one file by one: on a
 * machine shared with other builds the wall ratio depends on how many cores are free, the CPU ratio says what
 * the archive costs in work. A third load, {@code refreshOneFile}, is {@link ArchiveLoader#refresh} of the opened
 * archive with its middle event file named as changed (what the window does when a file changes on disk).
 * Prints the medians and p90 of {@code rounds} rounds after {@code warm} rounds.
 * <pre>
 * mvn -B -q -Pbench test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt
 * java -Xms3g -Xmx3g -Dbench.reuse=true -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
 *     app.delegations.bench.load.ArchiveCpu [RECORDS [FILES [ROUNDS [WARM]]]]
 * </pre>
 */
public final class ArchiveCpu {
    private ArchiveCpu() {
    }

    public static void main(String[] args) throws ReflectiveOperationException {
        var run = ArchiveRounds.of(args, 10, 3);
        int rounds = run.rounds();
        int warm = run.warm();
        var data = run.data();
        Path archive = data.archive();
        Path oneFile = data.oneFile();
        Supplier<Object> openArchive = () -> new ArchiveLoader(new DatasetLoader()).open(archive, LoadProgress.NONE);
        Supplier<Object> loadOneFile = () -> new DatasetLoader().load(oneFile);
        Archive opened = new ArchiveLoader(new DatasetLoader()).open(archive, LoadProgress.NONE);
        Set<Path> changed = Set.of(opened.files().get(opened.files().size() / 2));
        Supplier<Object> refreshOneFile = () -> new ArchiveLoader(new DatasetLoader()).refresh(opened, changed, LoadProgress.NONE);
        // java.management is reached by name (the app's module does not read it), as in DateRangeCpu
        Object os = Class.forName("java.lang.management.ManagementFactory").getMethod("getOperatingSystemMXBean").invoke(null);
        Method cpuTime = Class.forName("com.sun.management.OperatingSystemMXBean").getMethod("getProcessCpuTime");
        long[][] archiveTimes = new long[2][rounds];
        long[][] oneTimes = new long[2][rounds];
        long[][] refreshTimes = new long[2][rounds];
        for (int i = -warm; i < rounds; i++) {
            time(openArchive, os, cpuTime, archiveTimes, i);
            time(loadOneFile, os, cpuTime, oneTimes, i);
            time(refreshOneFile, os, cpuTime, refreshTimes, i);
        }
        System.out.printf("%d records, %d files, %d rounds after %d, %d cores; refreshed: %s%n", run.records(),
                run.files(), rounds, warm, Runtime.getRuntime().availableProcessors(), changed.iterator().next().getFileName());
        for (int k = 0; k < 2; k++) {
            Arrays.sort(archiveTimes[k]);
            Arrays.sort(oneTimes[k]);
            Arrays.sort(refreshTimes[k]);
            String what = k == 0 ? "wall" : "CPU ";
            System.out.printf("%s  openArchive median %.0f ms, p90 %.0f | loadOneFile median %.0f ms, p90 %.0f | ratio of medians %.2f%n",
                    what, archiveTimes[k][rounds / 2] / 1e6, archiveTimes[k][rounds * 9 / 10] / 1e6,
                    oneTimes[k][rounds / 2] / 1e6, oneTimes[k][rounds * 9 / 10] / 1e6,
                    archiveTimes[k][rounds / 2] / (double) oneTimes[k][rounds / 2]);
            System.out.printf("%s  refreshOneFile median %.0f ms, p90 %.0f%n", what, refreshTimes[k][rounds / 2] / 1e6,
                    refreshTimes[k][rounds * 9 / 10] / 1e6);
        }
    }

    private static void time(Supplier<Object> load, Object os, Method cpuTime, long[][] into, int i)
            throws ReflectiveOperationException {
        System.gc(); // the previous load's garbage is not counted against the next
        long c0 = (long) cpuTime.invoke(os);
        long w0 = System.nanoTime();
        Object kept = load.get();
        long wall = System.nanoTime() - w0;
        long cpu = (long) cpuTime.invoke(os) - c0;
        if (kept != null && i >= 0) {
            into[0][i] = wall;
            into[1][i] = cpu;
        }
    }
}
