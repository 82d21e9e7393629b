package app.delegations.ui.filter;

import app.delegations.index.DatasetIndex;
import app.delegations.index.EventDates;
import app.delegations.model.Event;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.function.Predicate;

/**
 * Whether an event passes the date part ({@link DatePass}) and has a participant (through its parent's
 * participants when it has none) that the rest of the filter leaves. A participant of an event that passes the
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

    /**
     * @param undated which places the filter without its date part leaves, by entry index of {@code idx}; not
     *                written to afterwards
     * @param dates   the date part, computed on {@code idx}
     */
    EventMatch(DatasetIndex idx, boolean[] undated, DatePass dates) {
        this.events = idx.dates();
        this.undated = undated;
        this.dates = dates;
        this.lists = new AtomicIntegerArray(events.lists());
    }

    @Override
    public boolean test(Event e) {
        int i = events.position(e);
        if (i < 0 || !dates.event(events, i)) {
            return false;
        }
        int list = events.list(i);
        int state = lists.get(list);
        if (state == UNKNOWN) {
            state = anyLeft(events.places(list)) ? LEFT : NONE_LEFT;
            lists.set(list, state); // a thread looking at the same time finds the same answer
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

    private boolean anyLeft(int[] places) {
        for (int p : places) {
            if (p < undated.length && undated[p]) {
                return true;
            }
        }
        return false;
    }
}
