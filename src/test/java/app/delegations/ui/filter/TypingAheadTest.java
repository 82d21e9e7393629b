package app.delegations.ui.filter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.delegations.index.DatasetIndex;
import app.delegations.index.PlaceEntry;
import app.delegations.model.Dataset;
import app.delegations.model.Event;
import app.delegations.model.PlaceKind;
import app.delegations.ui.TestData;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Typing in the search box of a large dataset (issue #12): the search runs off the UI thread, keys typed while it
 * runs are coalesced, and what the views are told is always the newest text's result. The two threads are queues
 * run by hand here, so every interleaving is chosen; the data counts as large from any size.
 */
class TypingAheadTest {
    private final Deque<Runnable> searchThread = new ArrayDeque<>();
    private final Deque<Runnable> uiThread = new ArrayDeque<>();
    private Dataset data;
    private DatasetIndex index;
    private FilterModel filter;
    /** The same filter, every change applied at once: what the typed one must show once its search is done. */
    private FilterModel atOnce;
    private int published;

    @BeforeEach
    void setUp() {
        data = TestData.congress();
        index = DatasetIndex.build(data);
        filter = new FilterModel(Clock.systemUTC(), new SearchAhead(searchThread::add, uiThread::add, 0));
        filter.setIndex(index);
        filter.searchHitsProperty().addListener((o, a, b) -> published++);
        atOnce = new FilterModel();
        atOnce.setIndex(index);
    }

    @Test
    void typingFastThenStoppingShowsTheLastTextsResultsPublishedOnce() {
        published = 0;
        for (String typed : List.of("k", "kr", "kra", "krak", "krako", "krakow")) {
            filter.searchTextProperty().set(typed);
        }
        assertTrue(filter.searchPendingProperty().get(), "the keys cost the UI thread nothing: the search waits");
        assertEquals(index.entries().size(), left(filter).size(), "the last result shows until the search is done");
        assertEquals(0, published);

        run(searchThread);
        assertEquals(1, uiThread.size(), "six keys typed while the search thread was busy: one search, the newest");
        run(uiThread);

        assertFalse(filter.searchPendingProperty().get());
        assertEquals(List.of("krakow"), left(filter));
        assertEquals(1, published, "the views filter their rows once, not once per key");
        atOnce.searchTextProperty().set("krakow");
        assertEquals(eventsLeft(atOnce), eventsLeft(filter));
        assertEquals(atOnce.matchCountProperty().get(), filter.matchCountProperty().get());
    }

    @Test
    void aSlowerResultOfAnOlderTextNeverReplacesTheNewerOne() {
        filter.searchTextProperty().set("serbia");
        run(searchThread); // "serbia" searched: its result waits for the UI thread
        filter.searchTextProperty().set("krakow");
        run(searchThread);
        assertEquals(2, uiThread.size());

        uiThread.removeLast().run(); // the newer result first, then the older one arrives
        uiThread.removeFirst().run();

        assertEquals(List.of("krakow"), left(filter));
        assertEquals(List.of("krakow"), filter.searchWordsProperty().get());
        assertFalse(filter.searchPendingProperty().get());
    }

    @Test
    void anOlderResultArrivingFirstIsDroppedAndTheNewerShown() {
        filter.searchTextProperty().set("serbia");
        run(searchThread);
        filter.searchTextProperty().set("krakow");
        run(searchThread);
        uiThread.removeFirst().run(); // "serbia": a newer text is in the box
        assertEquals(index.entries().size(), left(filter).size(), "the stale result is not shown, not even briefly");
        assertTrue(filter.searchPendingProperty().get());
        run(uiThread);
        assertEquals(List.of("krakow"), left(filter));
    }

    @Test
    void aFacetTickedWhileTheSearchRunsIsAppliedAtOnceWithTheTypedText() {
        filter.searchTextProperty().set("serbia");
        filter.kinds().add(PlaceKind.CITY);
        atOnce.searchTextProperty().set("serbia");
        atOnce.kinds().add(PlaceKind.CITY);
        assertFalse(filter.searchPendingProperty().get(), "the tick applied the text typed too");
        assertEquals(left(atOnce), left(filter));

        published = 0;
        run(searchThread);
        run(uiThread);
        assertEquals(0, published, "the search of the text alone, started before the tick, is dropped");
        assertEquals(left(atOnce), left(filter));
        assertEquals(eventsLeft(atOnce), eventsLeft(filter));
    }

    @Test
    void newDataArrivingWhileTheSearchRunsIsFilteredByTheTypedText() {
        filter.searchTextProperty().set("kosice");
        DatasetIndex again = DatasetIndex.build(TestData.congress());
        filter.setIndex(again);
        run(searchThread);
        run(uiThread);
        assertEquals(again, filter.index());
        assertEquals(List.of("kosice"), left(filter));
    }

    @Test
    void theEventsFoundOffTheUiThreadAreThoseTheFilterFindsAtOnce() {
        filter.kinds().add(PlaceKind.CITY);
        atOnce.kinds().add(PlaceKind.CITY);
        for (String text : List.of("k", "kra", "serbia", "congress", "rihter", "xyz", "")) {
            filter.searchTextProperty().set(text);
            run(searchThread);
            run(uiThread);
            atOnce.searchTextProperty().set(text);
            assertEquals(eventsLeft(atOnce), eventsLeft(filter), text);
            assertEquals(left(atOnce), left(filter), text);
            assertEquals(atOnce.countsProperty().get().kind(PlaceKind.CITY),
                    filter.countsProperty().get().kind(PlaceKind.CITY), text);
        }
    }

    @Test
    void smallDataIsSearchedAtOnce() {
        var small = new FilterModel(Clock.systemUTC(),
                new SearchAhead(searchThread::add, uiThread::add, Integer.MAX_VALUE));
        small.setIndex(index);
        small.searchTextProperty().set("krakow");
        assertEquals(List.of("krakow"), left(small));
        assertTrue(searchThread.isEmpty());
        assertFalse(small.searchPendingProperty().get());
    }

    private static void run(Deque<Runnable> thread) {
        while (!thread.isEmpty()) {
            thread.removeFirst().run();
        }
    }

    private List<String> left(FilterModel f) {
        Predicate<PlaceEntry> p = f.placePredicateProperty().get();
        return f.index().entries().stream().filter(p).map(PlaceEntry::id).toList();
    }

    private List<String> eventsLeft(FilterModel f) {
        Predicate<Event> p = f.eventPredicateProperty().get();
        return f.index().dataset().events().stream().filter(p).map(Event::id).toList();
    }
}
