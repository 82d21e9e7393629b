package app.delegations.ui.filter;

import app.delegations.index.DatasetIndex;
import app.delegations.index.EventDates;
import app.delegations.model.Event;
import java.util.List;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.function.Predicate;

/**
 * Whether an event passes the date part ({@link DatePass}) and has a participant (through its parent's
 * participants when it has none) that the rest of the filter leaves, or the search finds the event itself
 * ({@link SearchHits#eventFound}: its own texts, a person at it or an organisation it names) and, when a
 * country, kind or role is ticked, one of its participants passes those facets. A participant of an event that passes the
 * dates passes them too, so the participants are looked up among the places the filter leaves without its date
 * part. Events that inherit their participants share one list per event that defines them ({@link EventDates}),
 * and each list is looked through at most once: a million children of one parent naming 10,000 places cost
 * 10,000 looks, not 10^10. An event costs one look-up of its id, then array reads. Safe from any thread (the
 * timeline lays out on its own).
 */
final class EventMatch implements Predicate<Event> {
    private static final int UNKNOWN = 0;
    private static final int LEFT = 1;
    private static final int NONE_LEFT = 2;

    private final EventDates events;
    private final boolean[] undated;
    private final DatePass dates;
    /** Per participant list: {@link #UNKNOWN}, {@link #LEFT} or {@link #NONE_LEFT}. */
    private final AtomicIntegerArray lists;
    private final SearchHits hits;
    private final boolean[] placeFacets;
    /** Per participant list, as {@link #lists} for {@link #placeFacets}. */
    private final AtomicIntegerArray facetLists;

    /**
     * @param undated which places the filter without its date part leaves, by entry index of {@code idx}; not
     *                written to afterwards
     * @param dates   the date part, computed on {@code idx}
     */
    EventMatch(DatasetIndex idx, boolean[] undated, DatePass dates) {
        this(idx, undated, dates, SearchHits.NONE, null);
    }

    /**
     * @param hits        what the search finds
     * @param placeFacets which places the country, kind and role facets leave, by entry index, or null when
     *                    none of them is set; not written to afterwards
     */
    EventMatch(DatasetIndex idx, boolean[] undated, DatePass dates, SearchHits hits, boolean[] placeFacets) {
        this.events = idx.dates();
        this.undated = undated;
        this.dates = dates;
        this.lists = new AtomicIntegerArray(events.lists());
        this.hits = hits;
        this.placeFacets = placeFacets;
        this.facetLists = new AtomicIntegerArray(placeFacets == null ? 0 : events.lists());
    }

    /**
     * The same answers, every event of {@code all} (the index's events, in its order) asked once now: the match
     * returned answers an event with one look-up of its position and one array read. Meant for a thread other
     * than the UI thread, so that the UI thread, filtering every event, does not look through participant lists.
     */
    Predicate<Event> answered(List<Event> all) {
        var answers = new boolean[all.size()];
        for (int i = 0; i < answers.length; i++) {
            answers[i] = testAt(i, all.get(i));
        }
        EventDates positions = events;
        return e -> {
            int i = positions.position(e);
            return i >= 0 && i < answers.length && answers[i];
        };
    }

    @Override
    public boolean test(Event e) {
        return testAt(events.position(e), e);
    }

    /** {@link #test} of the event {@code e} at position {@code i} of the index (-1: not in it). */
    private boolean testAt(int i, Event e) {
        if (i < 0 || !dates.event(events, i)) {
            return false;
        }
        int list = events.list(i);
        if (left(lists, list, undated)) {
            return true;
        }
        return hits.eventFound(e) && (placeFacets == null || left(facetLists, list, placeFacets));
    }

    /** Whether a place of participant list {@code list} is true in {@code left}, looked through once per list. */
    private boolean left(AtomicIntegerArray known, int list, boolean[] left) {
        int state = known.get(list);
        if (state == UNKNOWN) {
            state = anyLeft(events.places(list), left) ? LEFT : NONE_LEFT;
            known.set(list, state); // a thread looking at the same time finds the same answer
        }
        return state == LEFT;
    }

    /** How many participant lists have been looked through so far (one per event that defines them). */
    int listsLookedThrough() {
        int n = 0;
        for (int l = 0; l < lists.length(); l++) {
            n += lists.get(l) == UNKNOWN ? 0 : 1;
        }
        return n;
    }

    private static boolean anyLeft(int[] places, boolean[] left) {
        for (int p : places) {
            if (p < left.length && left[p]) {
                return true;
            }
        }
        return false;
    }
}
