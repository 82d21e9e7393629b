package app.delegations.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.delegations.data.DatasetLoader;
import app.delegations.data.LoadProgress;
import app.delegations.data.LoadResult;
import app.delegations.ui.RecordingDialogs;
import app.delegations.ui.TestData;
import app.delegations.ui.TestPrefs;
import app.delegations.ui.common.AppPreferences;
import app.delegations.ui.common.UiLanguage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Cancel in the window, on the real loader and one loading thread as in the app: a load stuck in a long step
 * stops, and the next load does not wait behind it.
 */
class CancelLoadTest {
    private final AppPreferences prefs = TestPrefs.fresh();
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final ExecutorService loadingThread = Executors.newSingleThreadExecutor();

    @TempDir
    Path dir;

    @AfterEach
    void tearDown() throws InterruptedException {
        loadingThread.shutdownNow();
        // the last load may still be storing the shown file in the preferences: let it end before removing them
        assertTrue(loadingThread.awaitTermination(60, TimeUnit.SECONDS), "the loading thread ended");
        TestPrefs.remove(prefs);
    }

    /** A 15 MB note of "a"s and a 10,000-character quote "aaa…ab": a naive quote search takes minutes on it. */
    private Path hostileQuoteFile() throws IOException {
        Files.writeString(dir.resolve("note.txt"), "a".repeat(15 << 20));
        return Files.writeString(dir.resolve("hostile.json"), """
                {"schemaVersion": 1,
                 "sources": [{"id": "n", "file": "note.txt", "title": {"pl": "N", "en": "N"}, "language": "pl"}],
                 "countries": [{"code": "PL", "names": {"pl": "Polska", "en": "Poland", "native": "Polska"},
                   "evidence": [{"basis": "stated", "source": "n", "quote": "%s"}]}],
                 "places": [], "venues": [], "organisations": [], "people": [], "events": []}
                """.formatted("a".repeat(9_999) + "b"));
    }

    private static boolean inQuoteSearch() {
        return StackWalker.getInstance().walk(frames -> frames.anyMatch(f -> f.getClassName().endsWith(".QuoteSearch")));
    }

    @Test
    void cancelDuringTheQuoteSearchFreesTheLoadingThreadForTheNextFile() throws Exception {
        Path hostile = hostileQuoteFile();
        var searching = new CountDownLatch(1);
        var hostileResult = new AtomicReference<LoadResult>();
        DataSource source = (file, progress) -> {
            if (file == null) {
                return new LoadResult(DatasetLoader.BUNDLED_NAME, TestData.congress(), List.of());
            }
            LoadResult r = new DatasetLoader().load(file, new LoadProgress() {
                @Override
                public void progress(long done, long total) {
                    progress.progress(done, total);
                }

                @Override
                public boolean cancelled() {
                    if (inQuoteSearch()) {
                        searching.countDown();
                    }
                    return progress.cancelled();
                }
            });
            hostileResult.set(r);
            return r;
        };
        var shown = new CountDownLatch(1);
        var vm = new MainViewModel(source, loadingThread, Runnable::run, dialogs, prefs, UiLanguage.ENGLISH);
        vm.loadedProperty().addListener((o, a, b) -> shown.countDown());

        vm.open(hostile);
        // the limits below only guard against a hang; how often the search asks is bounded by its work
        assertTrue(searching.await(60, TimeUnit.SECONDS), "the load reached the quote search");
        vm.cancelLoad(); // the user presses Cancel while the quote is searched
        vm.openBundled();
        assertTrue(shown.await(60, TimeUnit.SECONDS), "the bundled data was shown");
        assertEquals(LoadResult.Status.CANCELLED, hostileResult.get().status());
        assertEquals(DatasetLoader.BUNDLED_NAME, vm.loaded().fileName());
        assertTrue(dialogs.problems.isEmpty(), "a cancelled load shows no problems");
    }
}
