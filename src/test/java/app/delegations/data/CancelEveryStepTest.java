package app.delegations.data;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Cancel stops a load in whichever step it is: each step that loops over input-sized data asks whether the
 * load is cancelled while it works (after a bounded amount of work: see QuoteSearchTest and the steps'
 * CHECK_EVERY), and the first "yes" ends the load. Here the user cancels at the third question a step asks.
 */
class CancelEveryStepTest {
    @TempDir
    Path dir;

    /** A valid file of 10,000 places and 10,000 events, the events first: every reference is checked at the end. */
    private Path eventsBeforePlaces() throws IOException {
        Path f = LargeDataset.write(dir, 20_000);
        String json = Files.readString(f);
        int places = json.indexOf("  \"places\": [");
        int venues = json.indexOf("  \"venues\": [");
        String placeList = json.substring(places, venues);
        String rest = json.substring(venues, json.lastIndexOf("  ]\n}"));
        return Files.writeString(f, json.substring(0, places) + rest + "  ],\n"
                + placeList.substring(0, placeList.lastIndexOf(',')) + "\n}\n", StandardCharsets.UTF_8);
    }

    private static boolean askedFrom(String step) {
        return StackWalker.getInstance().walk(frames -> frames.anyMatch(f -> f.getClassName().startsWith(step)));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"app.delegations.data.TextEncoding", "com.fasterxml.jackson",
        "app.delegations.data.Ids", "app.delegations.data.EventChecks", "app.delegations.data.QuoteIndex"})
    void cancelStopsTheLoadInTheMiddleOfEachStep(String step) throws Exception {
        Path f = step.endsWith("QuoteIndex") ? LoadProgressAndThreadsTest.hostileQuoteFile(dir) : eventsBeforePlaces();
        var asked = new AtomicInteger();
        var askedAfterwards = new AtomicInteger();
        LoadProgress cancelInStep = new LoadProgress() {
            @Override
            public void progress(long bytesDone, long bytesTotal) {
            }

            @Override
            public boolean cancelled() {
                if (asked.get() == 3) {
                    askedAfterwards.incrementAndGet();
                    return true;
                }
                return askedFrom(step) && asked.incrementAndGet() == 3; // the user presses Cancel now
            }
        };
        ExecutorService thread = Executors.newSingleThreadExecutor();
        try {
            // the limit only guards against a hang; how often a step asks is bounded by its work, not by time
            LoadResult r = thread.submit(() -> new DatasetLoader().load(f, cancelInStep)).get(60, TimeUnit.SECONDS);
            assertEquals(3, asked.get(), "the step asked three times");
            assertEquals(LoadResult.Status.CANCELLED, r.status());
            assertEquals(0, askedAfterwards.get(), "the load stopped at once");
        } finally {
            thread.shutdownNow();
        }
    }
}
