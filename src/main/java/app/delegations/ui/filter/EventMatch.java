package app.delegations.ui.filter;

import app.delegations.index.DatasetIndex;
import app.delegations.index.PlaceEntry;
import app.delegations.model.Event;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Whether an event passes the date part ({@link DatePass}) and has a participant (through its parent's
 * participants when it has none) that the rest of the filter leaves. A participant of an event that passes the
 * dates passes them too, so the participants are looked up among the places the filter leaves without its date
 * part. Events that inherit their participants share one list per event that defines them, and each list is
 * looked through at most once: a million children of one parent naming 10,000 places cost 10,000 looks, not
 * 10^10. Safe from any thread (the timeline lays out on its own).
 */
final class EventMatch implements Predicate<Event> {
    private final DatasetIndex idx;
    private final boolean[] undated;
    private final DatePass dates;
    private final Map<List<String>, Boolean> byList = Collections.synchronizedMap(new IdentityHashMap<>());

    /**
     * @param undated which places the filter without its date part leaves, by entry index of {@code idx}; not
     *                written to afterwards
     * @param dates   the date part
     */
    EventMatch(DatasetIndex idx, boolean[] undated, DatePass dates) {
        this.idx = idx;
        this.undated = undated;
        this.dates = dates;
    }

    @Override
    public boolean test(Event e) {
        if (!dates.event(e)) {
            return false;
        }
        return byList.computeIfAbsent(idx.participants(e), this::anyLeft);
    }

    /** How many participant lists have been looked through so far (one per event that defines them). */
    int listsLookedThrough() {
        return byList.size();
    }

    private boolean anyLeft(List<String> participants) {
        for (String placeId : participants) {
            PlaceEntry entry = idx.entry(placeId);
            if (entry != null && undated[entry.index()]) {
                return true;
            }
        }
        return false;
    }
}
