package app.delegations.ui.filter;

import app.delegations.index.DatasetIndex;
import app.delegations.index.PlaceEntry;
import app.delegations.model.Event;
import java.time.LocalDate;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Whether an event has a participant the filter leaves (through its parent's participants when it has none),
 * or the search finds the event itself ({@link SearchHits#eventFound}: its own texts, a person at it or an
 * organisation it names) and, when a country, kind or role is ticked, one of its participants passes those
 * facets; and, when periods are chosen, whether it covers a day of one of them. Events that inherit their participants share one
 * list per event that defines them, and each list is looked through at most once: a million children of one
 * parent naming 10,000 places cost 10,000 looks, not 10^10. Safe from any thread (the timeline lays out on
 * its own).
 */
final class EventMatch implements Predicate<Event> {
    private final DatasetIndex idx;
    private final boolean[] matches;
    private final Set<LocalDate> periods;
    private final SearchHits hits;
    private final boolean[] placeFacets;
    private final Map<List<String>, Boolean> byList = Collections.synchronizedMap(new IdentityHashMap<>());
    private final Map<List<String>, Boolean> byFacets = Collections.synchronizedMap(new IdentityHashMap<>());

    /**
     * @param matches which places the filter leaves, by entry index of {@code idx}; not written to afterwards
     * @param periods the chosen periods (empty: any), not written to afterwards
     */
    EventMatch(DatasetIndex idx, boolean[] matches, Set<LocalDate> periods) {
        this(idx, matches, periods, SearchHits.NONE, null);
    }

    /**
     * @param hits        what the search finds
     * @param placeFacets which places the country, kind and role facets leave, by entry index, or null when
     *                    none of them is set; not written to afterwards
     */
    EventMatch(DatasetIndex idx, boolean[] matches, Set<LocalDate> periods, SearchHits hits, boolean[] placeFacets) {
        this.idx = idx;
        this.matches = matches;
        this.periods = periods;
        this.hits = hits;
        this.placeFacets = placeFacets;
    }

    @Override
    public boolean test(Event e) {
        if (!periods.isEmpty() && periods.stream().noneMatch(p -> idx.overlaps(e, p))) {
            return false;
        }
        List<String> participants = idx.participants(e);
        if (byList.computeIfAbsent(participants, list -> any(list, matches))) {
            return true;
        }
        return hits.eventFound(e)
                && (placeFacets == null || byFacets.computeIfAbsent(participants, list -> any(list, placeFacets)));
    }

    /** How many participant lists have been looked through so far (one per event that defines them). */
    int listsLookedThrough() {
        return byList.size();
    }

    /** True when one of the places is true in {@code left}. */
    private boolean any(List<String> participants, boolean[] left) {
        for (String placeId : participants) {
            PlaceEntry entry = idx.entry(placeId);
            if (entry != null && left[entry.index()]) {
                return true;
            }
        }
        return false;
    }
}
