package app.delegations.data.save;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import app.delegations.data.DatasetLoader;
import app.delegations.data.LoadResult;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A crash during a save leaves every file either old or new (issue 15): {@value #TRIALS} times, a child JVM
 * ({@link SaveCrashChild}) saves four data files through {@link SafeSave} round after round, alternating two
 * versions, and is killed with SIGKILL ({@link Process#destroyForcibly()}) at a random moment; then every file is
 * byte for byte one of its two versions and loads without a problem, and a save from here on works and clears
 * what the crash left.
 *
 * <p>The moment: the child prints a line as each round starts; the parent waits for a seeded number of lines
 * (2 to 4) and then for a seeded fraction of the time the last round took (busy-waiting on {@link System#nanoTime},
 * so microseconds count), which spreads the kills over every step of a save: the check, the temporary file, its
 * flush, the backup, the rename, the pruning. That wait is the only waiting here; what is asserted does not depend
 * on time. The trials whose kill left a temporary file or the files of two versions are counted to show that the
 * kills do land inside saves. A SIGKILL stops the process, not the machine: the page cache survives, so the test
 * proves the order of the steps (the rename is the only moment the file's name changes content), not the flushes
 * a power cut needs. Each child is a quick JVM (class data sharing, C1 only, a small heap) on the main and test
 * classes alone.
 */
class SaveCrashTest {
    static final int TRIALS = 200;
    /** {@code -Dsave.crash.trials=N} runs another number of trials (e.g. more, to hunt a rare failure). */
    private static final int RUN = Integer.getInteger("save.crash.trials", TRIALS);
    private static final long SEED = 15_2026L;

    @TempDir
    Path temp;

    @Test
    void aSaveKilledAtAnyMomentLeavesEachFileWholeInItsOldOrNewVersion() throws Exception {
        var random = new Random(SEED);
        List<String> command = childCommand();
        var loader = new DatasetLoader();
        var versions = new HashMap<String, byte[][]>();
        SaveCrashChild.FILES.keySet().forEach(name -> versions.put(name, new byte[][] {
                SaveCrashChild.version(name, "A"), SaveCrashChild.version(name, "B")}));
        int mixed = 0;
        int leftovers = 0;
        var starts = new ArrayList<Long>();
        var rounds = new ArrayList<Long>();
        long start = System.nanoTime();
        for (int trial = 0; trial < RUN; trial++) {
            Path folder = Files.createDirectory(temp.resolve("trial-" + trial));
            versions.forEach((name, v) -> SaveFiles.write(folder.resolve(name), v[0]));
            long[] times = runAndKill(command, folder, 2 + random.nextInt(3), random.nextDouble());
            starts.add(times[0]);
            rounds.add(times[1]);

            int t = trial;
            var found = new ArrayList<Integer>();
            for (var e : versions.entrySet()) {
                byte[] bytes = SaveFiles.read(folder.resolve(e.getKey()));
                int which = Arrays.equals(bytes, e.getValue()[0]) ? 0 : Arrays.equals(bytes, e.getValue()[1]) ? 1
                        : -1;
                if (which < 0) {
                    fail("trial " + trial + ": " + e.getKey() + " is neither version (" + bytes.length + " bytes)");
                }
                found.add(which);
                LoadResult loaded = loader.load(folder.resolve(e.getKey()));
                assertTrue(loaded.ok() && loaded.problems().isEmpty(), () -> "trial " + t + ": " + e.getKey()
                        + " does not load cleanly: " + loaded.problems());
            }
            mixed += found.stream().distinct().count() > 1 ? 1 : 0;
            boolean leftover = hasLeftovers(folder);
            leftovers += leftover ? 1 : 0;
            if (trial % 10 == 0 || leftover) {
                saveAfterTheCrash(folder, versions);
            }
            deleteTree(folder);
        }
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        System.out.printf("SaveCrashTest: %d kills in %.1f s (%.0f ms each; median start of a child to its first"
                + " round %d ms, median round %.1f ms): %d left files of both versions, %d a temporary file%n", RUN,
                millis / 1000.0, millis / (double) RUN, median(starts) / 1_000_000, median(rounds) / 1e6, mixed,
                leftovers);
        assertTrue(mixed + leftovers > 0, "some kills land inside a save");
    }

    /**
     * Starts the child, waits for its {@code lines}-th round and a {@code fraction} of a round, kills it; gives
     * the nanoseconds from the start to the first round and of the round before the last.
     */
    private static long[] runAndKill(List<String> command, Path folder, int lines, double fraction)
            throws IOException, InterruptedException {
        var all = new ArrayList<>(command);
        all.add(folder.toString());
        Path errors = folder.resolveSibling(folder.getFileName() + ".err");
        long started = System.nanoTime();
        Process child = new ProcessBuilder(all).redirectError(errors.toFile()).start();
        long first = 0;
        long round = 0;
        try (var out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.US_ASCII))) {
            long previous = 0;
            for (int i = 0; i < lines; i++) {
                if (out.readLine() == null) {
                    child.waitFor();
                    fail("the child stopped by itself (" + child.exitValue() + "): " + Files.readString(errors));
                }
                long now = System.nanoTime();
                first = i == 0 ? now - started : first;
                round = now - previous;
                previous = now;
            }
            long until = previous + (long) (fraction * round);
            while (System.nanoTime() < until) {
                Thread.onSpinWait();
            }
            child.destroyForcibly();
            child.waitFor();
        } finally {
            child.destroyForcibly();
        }
        Files.deleteIfExists(errors);
        return new long[] {first, round};
    }

    private static long median(List<Long> values) {
        return values.stream().sorted().skip(values.size() / 2).findFirst().orElse(0L);
    }

    /** A save after the crash, from the files as they are, works and deletes the crash's temporary files. */
    private static void saveAfterTheCrash(Path folder, Map<String, byte[][]> versions) throws IOException {
        var changed = new HashMap<Path, byte[]>();
        var stamps = new HashMap<Path, FileStamp>();
        for (var e : versions.entrySet()) {
            Path file = folder.resolve(e.getKey());
            changed.put(file, e.getValue()[1]);
            stamps.put(file, FileStamp.read(file));
        }
        var save = new SafeSave(folder);
        assertTrue(!save.save(changed, stamps).refused());
        assertTrue(!hasLeftovers(folder), "the next save deletes what the crash left");
        for (String name : versions.keySet()) {
            List<Path> backups = save.backups().of(folder.resolve(name));
            assertTrue(!backups.isEmpty() && backups.size() <= Backups.KEEP, name + ": " + backups.size());
        }
    }

    private static boolean hasLeftovers(Path folder) throws IOException {
        try (Stream<Path> in = Files.list(folder)) {
            return in.anyMatch(p -> p.getFileName().toString().contains(Replacement.TEMP));
        }
    }

    /** {@code java} of this JVM on the main and test classes only, started for speed. */
    private static List<String> childCommand() throws URISyntaxException {
        String classpath = location(SafeSave.class) + File.pathSeparator + location(SaveCrashChild.class);
        return new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xshare:auto", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx64m", "-XX:-UsePerfData",
                "-cp", classpath, SaveCrashChild.class.getName()));
    }

    private static String location(Class<?> type) throws URISyntaxException {
        return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    }

    private static void deleteTree(Path folder) throws IOException {
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    @Test
    void theChildsTwoVersionsDifferAndEachLoads() {
        var loader = new DatasetLoader();
        SaveCrashChild.FILES.keySet().forEach(name -> {
            byte[] a = SaveCrashChild.version(name, "A");
            byte[] b = SaveCrashChild.version(name, "B");
            assertTrue(!Arrays.equals(a, b), name);
            assertEquals(a.length, b.length, "same size: only the content tells them apart");
            Path file = SaveFiles.write(temp.resolve(name), a);
            assertTrue(loader.load(file).ok(), name);
        });
    }
}
