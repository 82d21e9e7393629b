package app.delegations.index;

import app.delegations.data.Work;
import app.delegations.model.Event;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * Each place's meetings in the archive: how many events it took part in (the events {@link DatasetIndex#eventsOf}
 * lists, inherited participation included, as its details, the map and the figures count them, planned ones
 * included) and the latest of them held so far (of those begun on the day the index was built or before: the one
 * that began last; of those, the one that ended last; then the last in the file). A meeting the archive dates
 * later is planned: it is never a place's "last meeting". Built from the
 * {@link EventDates}' participant lists, one pass over the events and one over each list's places, so in time
 * linear in the events plus the participations written in the file, however many events inherit a list.
 */
public final class PlaceMeetings {
    private final List<Event> events;
    /** By entry index: the number of meetings. */
    private final int[] count;
    /** By entry index: the position of the latest meeting, or -1. */
    private final int[] latest;

    PlaceMeetings(List<Event> events, EventDates dates, List<PlaceEntry> entries, Function<String, PlaceEntry> byId,
                  Work work, LocalDate today) {
        this.events = events;
        long lastHeld = today.toEpochDay(); // meetings begun later are planned: counted, never the latest
        int lists = dates.lists();
        int[] listCount = new int[lists];
        int[] listLatest = new int[lists];
        Arrays.fill(listLatest, -1);
        for (int i = 0; i < dates.size(); i++) {
            int l = dates.list(i);
            listCount[l]++;
            if (dates.start(i) <= lastHeld) {
                listLatest[l] = later(dates, i, listLatest[l]);
            }
            work.step();
        }
        count = new int[entries.size()];
        latest = new int[entries.size()];
        Arrays.fill(latest, -1);
        for (int l = 0; l < lists; l++) {
            for (int p : dates.places(l)) {
                count[p] += listCount[l];
                latest[p] = later(dates, listLatest[l], latest[p]);
                work.step();
            }
        }
        for (PlaceEntry e : entries) { // a repeated id: its events are the first place's with that id
            PlaceEntry first = byId.apply(e.id());
            if (first != null && first.index() != e.index()) {
                count[e.index()] = count[first.index()];
                latest[e.index()] = latest[first.index()];
            }
        }
    }

    /** Of two event positions (or -1 for none), the later meeting; equal dates: the later in the file. */
    private static int later(EventDates dates, int a, int b) {
        if (a < 0 || b < 0) {
            return Math.max(a, b);
        }
        int byStart = Integer.compare(dates.start(a), dates.start(b));
        if (byStart != 0) {
            return byStart > 0 ? a : b;
        }
        int byEnd = Integer.compare(dates.end(a), dates.end(b));
        if (byEnd != 0) {
            return byEnd > 0 ? a : b;
        }
        return Math.max(a, b);
    }

    /** How many events the place of this entry took part in. */
    public int count(PlaceEntry entry) {
        return count[entry.index()];
    }

    /**
     * The latest event the place of this entry took part in that has begun (by the day the index was built), or
     * null when it took part in none or only in planned ones.
     */
    public Event latest(PlaceEntry entry) {
        int at = latest[entry.index()];
        return at < 0 ? null : events.get(at);
    }
}
