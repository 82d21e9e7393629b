package app.delegations.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.delegations.model.Dataset;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The loader on a background thread: progress, cancel, several loads at once, bundled and disk copies alike. */
class LoadProgressAndThreadsTest {

    @Test
    void theBundledDataAndItsCopyOnDiskGiveTheSameDataset() {
        LoadResult bundled = new DatasetLoader().loadBundled();
        LoadResult disk = new DatasetLoader().load(Path.of("data", DatasetLoader.BUNDLED_NAME));
        assertEquals(List.of(), bundled.problems());
        assertEquals(List.of(), disk.problems());
        Dataset a = bundled.dataset().orElseThrow();
        Dataset b = disk.dataset().orElseThrow();
        assertEquals(a.places(), b.places());
        assertEquals(a.events(), b.events());
        assertEquals(a.sources(), b.sources());
        assertEquals(DatasetLoader.BUNDLED_NAME, bundled.file());
    }

    @Test
    void progressRisesToTheFileSizeAndCancelStopsTheLoad(@TempDir Path dir) throws Exception {
        Path f = LargeDataset.write(dir, 20_000);
        long size = Files.size(f);
        var reports = new ArrayList<long[]>();
        LoadResult done = new DatasetLoader().load(f, new LoadProgress() {
            @Override
            public void progress(long bytesDone, long bytesTotal) {
                reports.add(new long[] {bytesDone, bytesTotal});
            }

            @Override
            public boolean cancelled() {
                return false;
            }
        });
        assertTrue(done.ok(), done.problems().toString());
        assertTrue(reports.size() >= 10, "reports: " + reports.size());
        for (int i = 0; i < reports.size(); i++) {
            assertEquals(size, reports.get(i)[1]);
            assertTrue(i == 0 || reports.get(i)[0] >= reports.get(i - 1)[0], "never goes back");
        }
        assertEquals(size, reports.get(reports.size() - 1)[0], "ends at the whole file");

        var calls = new AtomicInteger();
        LoadResult cancelled = new DatasetLoader().load(f, new LoadProgress() {
            @Override
            public void progress(long bytesDone, long bytesTotal) {
                assertTrue(bytesDone < bytesTotal, "stopped before the end");
            }

            @Override
            public boolean cancelled() {
                return calls.incrementAndGet() > 3;
            }
        });
        assertEquals(LoadResult.Status.CANCELLED, cancelled.status());
        assertEquals(List.of(f + ": loading was cancelled: open the file again to load it"),
                cancelled.problems().stream().map(Problem::format).toList());
        assertTrue(cancelled.dataset().isEmpty());
    }

    @Test
    void aCancelBeforeReadingReadsNothing(@TempDir Path dir) throws Exception {
        Path f = LargeDataset.write(dir, 100);
        LoadResult r = new DatasetLoader().load(f, new LoadProgress() {
            @Override
            public void progress(long bytesDone, long bytesTotal) {
            }

            @Override
            public boolean cancelled() {
                return true;
            }
        });
        assertTrue(r.cancelled());
    }

    /** A 15 MB note of "a"s and a 10,000-character quote "aaa…ab": the case a naive search takes minutes on. */
    static Path hostileQuoteFile(Path dir) throws IOException {
        return hostileQuoteFile(dir, 1);
    }

    /** The same, the quote cited {@code citations} times. */
    static Path hostileQuoteFile(Path dir, int citations) throws IOException {
        Files.writeString(dir.resolve("note.txt"), "a".repeat(15 << 20));
        String citation = "{\"basis\": \"stated\", \"source\": \"n\", \"quote\": \"" + "a".repeat(9_999) + "b\"}";
        return Files.writeString(dir.resolve("hostile.json"), """
                {"schemaVersion": 1,
                 "sources": [{"id": "n", "file": "note.txt", "title": {"pl": "N", "en": "N"}, "language": "pl"}],
                 "countries": [{"code": "PL", "names": {"pl": "Polska", "en": "Poland", "native": "Polska"},
                   "evidence": [%s]}],
                 "places": [], "venues": [], "organisations": [], "people": [], "events": []}
                """.formatted(String.join(", ", Collections.nCopies(citations, citation))));
    }

    private static boolean inQuoteSearch() {
        return StackWalker.getInstance().walk(frames -> frames.anyMatch(f -> f.getClassName().equals(
                QuoteSearch.class.getName())));
    }

    @Test
    void aHostileQuoteIsSearchedInLinearTimeAndReportedNotFound(@TempDir Path dir) throws Exception {
        Path f = hostileQuoteFile(dir);
        ExecutorService thread = Executors.newSingleThreadExecutor();
        try {
            // the limit only guards against a hang (a naive search takes minutes); QuoteSearchTest bounds the work
            LoadResult r = thread.submit(() -> new DatasetLoader().load(f)).get(60, TimeUnit.SECONDS);
            assertEquals(List.of("countries[0].evidence[0].quote"), r.problems().stream().map(Problem::path).toList());
            assertEquals(LoadResult.Status.INVALID, r.status(), "the quote is reported not found");
        } finally {
            thread.shutdownNow();
        }
    }

    @Test
    void aQuoteCitedAgainIsNotSearchedAgain(@TempDir Path dir) throws Exception {
        Path f = hostileQuoteFile(dir, 150);
        var asked = new AtomicInteger();
        LoadProgress countSearchWork = new LoadProgress() {
            @Override
            public void progress(long bytesDone, long bytesTotal) {
            }

            @Override
            public boolean cancelled() {
                if (inQuoteSearch()) {
                    asked.incrementAndGet(); // once per QuoteSearch.CHECK_EVERY comparisons
                }
                return false;
            }
        };
        LoadResult r = new DatasetLoader().load(f, countSearchWork);
        assertEquals(150, r.problemCount(), "each citation reported");
        long oneSearch = 2L * (15 << 20) / QuoteSearch.CHECK_EVERY + 1; // at most 2n comparisons for a search
        assertTrue(asked.get() <= oneSearch, asked.get() + " checkpoints: the quote was searched once (which"
                + " also says where it stops matching), not once per citation");
    }

    @Test
    void cancelStopsTheLoadInTheMiddleOfAQuoteSearch(@TempDir Path dir) throws Exception {
        Path f = hostileQuoteFile(dir);
        var askedInSearch = new AtomicInteger();
        var askedAfterwards = new AtomicInteger();
        LoadProgress cancelInSearch = new LoadProgress() {
            @Override
            public void progress(long bytesDone, long bytesTotal) {
            }

            @Override
            public boolean cancelled() {
                if (askedInSearch.get() > 0) {
                    askedAfterwards.incrementAndGet();
                    return true;
                }
                if (inQuoteSearch()) {
                    askedInSearch.incrementAndGet(); // the user presses Cancel while the quote is searched
                    return true;
                }
                return false;
            }
        };
        ExecutorService thread = Executors.newSingleThreadExecutor();
        try {
            // the limit only guards against a hang; the search asks after every fixed amount of work (QuoteSearchTest)
            LoadResult r = thread.submit(() -> new DatasetLoader().load(f, cancelInSearch)).get(60, TimeUnit.SECONDS);
            assertEquals(LoadResult.Status.CANCELLED, r.status());
            assertEquals(1, askedInSearch.get(), "the quote search asked whether the load was cancelled");
            assertEquals(0, askedAfterwards.get(), "and stopped at once");
        } finally {
            thread.shutdownNow();
        }
    }

    @Test
    void oneLoaderServesManyThreadsAtOnce() throws Exception {
        var loader = new DatasetLoader();
        List<Path> files = List.of(TestFiles.fixture(), TestFiles.resource("bad/unknown-country.json"),
                TestFiles.resource("bad/truncated.json"), TestFiles.resource("bad/parent-loop.json"));
        var expected = new ArrayList<List<Problem>>();
        for (Path f : files) {
            expected.add(loader.load(f).problems());
        }
        Dataset bundled = loader.loadBundled().dataset().orElseThrow();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            var tasks = new ArrayList<Callable<Boolean>>();
            for (int t = 0; t < 64; t++) {
                int k = t % (files.size() + 1);
                tasks.add(() -> k == files.size()
                        ? loader.loadBundled().dataset().orElseThrow().events().equals(bundled.events())
                        : loader.load(files.get(k)).problems().equals(expected.get(k)));
            }
            for (Future<Boolean> f : pool.invokeAll(tasks, 60, TimeUnit.SECONDS)) {
                assertTrue(f.get(), "a load on another thread gave another answer");
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
