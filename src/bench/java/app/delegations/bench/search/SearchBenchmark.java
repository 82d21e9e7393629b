package app.delegations.bench.search;

import app.delegations.bench.BenchData;
import app.delegations.bench.KeystrokeRun;
import app.delegations.index.DatasetIndex;
import app.delegations.model.Dataset;
import app.delegations.model.Event;
import app.delegations.ui.filter.FilterModel;
import app.delegations.ui.filter.SearchHits;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;

/**
 * One keystroke of the all-kinds search (issue 14) over the standard generated archive of N records (places,
 * events, people, organisations, venues, countries), through the window's real {@link FilterModel}: the search
 * of every kind's folded texts, the events found through people and organisations, the facets' pass over the
 * places and the new predicates. {@code keystroke} is that alone; {@code keystrokeAndEvents} also asks the new
 * event predicate of every event, as the Events table and the timeline do, against the floor
 * {@code eventsByIdFloor}: one look-up by id per event, the least a predicate keyed on the event costs (a ratio
 * measured in one run holds on a busy machine where absolute figures do not). Typing words of the generated
 * names letter by letter, then clearing the box, each call one keystroke (a growing word re-tests only the last
 * matches); the words are many, so no answer is found again among the {@code SearchMatch} answers kept for
 * Backspace. {@code freshWord} searches a new two-letter word on every call: every record of every kind is
 * tested. Sample mode: the summary reads the median. Target (issue 14): one keystroke ≤ 16 ms at 100,000
 * records.
 */
public class SearchBenchmark extends KeystrokeRun {
    private static final String[] WORDS = {"krak", "bo", "sta", "wie", "mal", "pol", "zie", "tar", "kos", "now",
        "lub", "sie", "ra", "gro", "mi", "ja", "sla", "ur", "ane", "dro"};
    private static final String[] TYPING = typing();
    private static final String[] FRESH = {"ko", "ta", "ma", "po", "wi", "ra", "no", "sk", "ce", "ow", "ni", "li",
        "ja", "ro", "ze", "ga", "mi", "ba", "du", "ch", "le", "ny"};

    @Param({"100000"})
    public int records;

    private List<Event> events;
    private Map<String, Event> byId;
    private FilterModel filter;
    private int step;

    @Setup
    public void setUp() {
        Dataset dataset = BenchData.load(BenchData.standard(records));
        events = dataset.events();
        byId = new HashMap<>();
        events.forEach(e -> byId.put(e.id(), e));
        filter = new FilterModel();
        filter.setIndex(DatasetIndex.build(dataset));
    }

    /** One keystroke: the filter's recompute of every kind. */
    @Benchmark
    public SearchHits keystroke() {
        filter.searchTextProperty().set(TYPING[step++ % TYPING.length]);
        return filter.searchHitsProperty().get();
    }

    /** One keystroke, then the new event predicate asked of every event (the Events table, the timeline). */
    @Benchmark
    public int keystrokeAndEvents() {
        filter.searchTextProperty().set(TYPING[step++ % TYPING.length]);
        return eventsShown();
    }

    /** A word unrelated to the last: every record of every kind tested again. */
    @Benchmark
    public SearchHits freshWord() {
        filter.searchTextProperty().set(FRESH[step++ % FRESH.length]);
        return filter.searchHitsProperty().get();
    }

    /** The floor: one look-up by id per event. */
    @Benchmark
    public int eventsByIdFloor() {
        int n = 0;
        for (Event e : events) {
            if (byId.get(e.id()) == e) {
                n++;
            }
        }
        return n;
    }

    /** Every word's prefixes of one letter more each, then the empty box. */
    private static String[] typing() {
        var keys = new ArrayList<String>();
        for (String w : WORDS) {
            for (int i = 1; i <= w.length(); i++) {
                keys.add(w.substring(0, i));
            }
            keys.add("");
        }
        return keys.toArray(new String[0]);
    }

    private int eventsShown() {
        Predicate<Event> shown = filter.eventPredicateProperty().get();
        int n = 0;
        for (Event e : events) {
            if (shown.test(e)) {
                n++;
            }
        }
        return n;
    }
}
