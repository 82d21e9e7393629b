package app.delegations.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.delegations.ui.MemoryPreferences;
import app.delegations.ui.RecordingDialogs;
import app.delegations.ui.TestPrefs;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every export's chooser opens in the folder of the last file exported, remembered across runs; a remembered folder
 * that is gone, a file, not a path or out of reach opens the user's Documents (or home) instead, never an error.
 */
class ExportFolderTest {
    private final AppPreferences prefs = TestPrefs.fresh();
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final CountDownLatch never = new CountDownLatch(1);

    @TempDir
    Path dir;

    @AfterEach
    void tearDown() {
        never.countDown();
        TestPrefs.remove(prefs);
    }

    private ExportFolder folder(AppPreferences p, Predicate<Path> isFolder) {
        return new ExportFolder(p, isFolder, dir.resolve("home"), Duration.ofMillis(200));
    }

    private Exports exports(AppPreferences p) {
        return new Exports(dialogs, () -> Messages.of(UiLanguage.ENGLISH), Runnable::run, Exports.PROGRESS_AFTER,
                folder(p, Files::isDirectory), null);
    }

    @Test
    void theNextExportOpensInTheFolderOfTheLastFileSavedEvenAfterARestart() throws IOException {
        Path reports = Files.createDirectories(dir.resolve("shared/reports"));
        Files.createDirectories(dir.resolve("home"));
        var png = new TestPng();
        dialogs.filesToChoose.add(reports.resolve("timeline.png"));
        exports(prefs).run(png);

        var restarted = new AppPreferences(prefs.node()); // the next run reads the same store
        dialogs.filesToChoose.add(reports.resolve("again.png"));
        exports(restarted).run(png);

        assertEquals(Arrays.asList(dir.resolve("home"), reports), dialogs.saveFolders,
                "the first export in home, the next where the last went");
    }

    @Test
    void aFolderNotWrittenToIsNotRemembered() throws IOException {
        Files.createDirectories(dir.resolve("home"));
        var png = new TestPng();
        png.failure = new IOException("disk full");
        dialogs.filesToChoose.add(Files.createDirectories(dir.resolve("full")).resolve("timeline.png"));
        exports(prefs).run(png);
        assertEquals(1, dialogs.errors.size());
        assertEquals(dir.resolve("home"), folder(prefs, Files::isDirectory).initial());
    }

    @Test
    void aRememberedFolderThatIsGoneOrAFileOpensDocuments() throws IOException {
        Path documents = Files.createDirectories(dir.resolve("home/Documents"));
        prefs.put(ExportFolder.KEY, dir.resolve("deleted").toString());
        assertEquals(documents, folder(prefs, Files::isDirectory).initial());
        prefs.put(ExportFolder.KEY, Files.writeString(dir.resolve("a-file"), "x").toString());
        assertEquals(documents, folder(prefs, Files::isDirectory).initial());
    }

    @Test
    void aRememberedFolderThatIsNoPathOpensHome() {
        var node = new MemoryPreferences();
        node.putRaw("export.folder", "\u0000::garbage");
        assertEquals(dir.resolve("home"), folder(new AppPreferences(node), Files::isDirectory).initial());
    }

    @Test
    void aShareThatDoesNotAnswerOpensHomeWithoutWaitingForIt() {
        Path share = Path.of("/mnt/unreachable-share/reports").toAbsolutePath();
        prefs.put(ExportFolder.KEY, share.toString());
        Predicate<Path> hangsOnTheShare = p -> {
            if (p.equals(share)) {
                try {
                    never.await(); // as an SMB share out of reach: no answer
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return Files.isDirectory(p);
        };
        assertEquals(dir.resolve("home"), folder(prefs, hangsOnTheShare).initial());
    }

    @Test
    @Timeout(20)
    void aShareThatStayedSilentIsNotWaitedForAgainUntilItAnswers() throws InterruptedException, IOException {
        Path share = Files.createDirectories(dir.resolve("share/reports"));
        prefs.put(ExportFolder.KEY, share.toString());
        var reachable = new AtomicBoolean();
        var answered = new CountDownLatch(1);
        ExportFolder exportFolder = folder(prefs, p -> {
            if (p.equals(share) && !reachable.get()) {
                try {
                    never.await(); // out of reach: no answer
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            boolean is = Files.isDirectory(p);
            if (p.equals(share)) {
                answered.countDown();
            }
            return is;
        });
        assertEquals(dir.resolve("home"), exportFolder.initial(), "the first export waited, then opened home");
        reachable.set(true); // the share is back, but the next export does not wait to find out
        assertEquals(dir.resolve("home"), exportFolder.initial(), "silent before: not waited for");
        answered.await(); // the question asked in the background meanwhile found it
        while (exportFolder.silent(share)) {
            Thread.onSpinWait(); // the asking thread notes the answer just after giving it
        }
        assertEquals(share, exportFolder.initial(), "found again: the next export opens it");
    }

    @Test
    void aFolderThatFailsToAnswerOpensHome() {
        prefs.put(ExportFolder.KEY, dir.toString());
        assertEquals(dir.resolve("home"), folder(prefs, p -> {
            throw new SecurityException("no access");
        }).initial());
    }
}
