package app.delegations.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real watch on a real folder (with a short quiet period): a data file saved in the folder and a source
 * text saved under its {@code sources/} are reported; other files in the folder are not.
 */
class FolderWatchTest {
    /** What the watch reported, in turn (delivered on the watch's own thread here, as the test's "UI thread"). */
    private final BlockingQueue<Set<Path>> reports = new LinkedBlockingQueue<>();

    @TempDir
    Path dir;

    /** The next report, all paths reported until the data file {@code until} is among them. */
    private Set<Path> reportedUntil(Path until) throws InterruptedException {
        var all = new HashSet<Path>();
        while (!all.contains(until)) {
            Set<Path> next = reports.poll(30, TimeUnit.SECONDS); // a guard against a hang only
            assertNotNull(next, "reported " + all + ", waiting for " + until);
            all.addAll(next);
        }
        return all;
    }

    @Test
    void dataFilesAndSourceTextsThatChangeAreReportedOtherFilesAreNot() throws IOException, InterruptedException {
        Files.createDirectories(dir.resolve("sources"));
        Runnable stop = FolderWatch.starter(Runnable::run, Duration.ofMillis(50)).watch(dir, reports::add);
        try {
            Files.writeString(dir.resolve("notes.txt"), "not data");
            Path a = Files.writeString(dir.resolve("a.json"), "{}");
            Set<Path> first = reportedUntil(a);
            assertTrue(first.stream().noneMatch(p -> p.endsWith("notes.txt")), first.toString());

            Path note = Files.writeString(dir.resolve("sources/note.txt"), "a note");
            assertTrue(reportedUntil(note).contains(note));

            Files.delete(a);
            assertEquals(Set.of(a), reportedUntil(a), "a removed file is reported too");
        } finally {
            stop.run();
        }
    }
}
