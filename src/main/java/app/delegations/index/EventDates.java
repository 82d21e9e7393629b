package app.delegations.index;

import app.delegations.data.Work;
import app.delegations.model.Event;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * What the date filter reads, as plain arrays by an event's position in the file: its first and last day (epoch
 * days), the positions in {@link #years()} of its first and last year, and which participant list it has (events
 * sharing a definer share one, see {@link Inheritance}) with each list's places as entry indices; an event's
 * position is found by its id. A range or a
 * year choice is then answered in one pass over these arrays, with no date objects and no map look-up per
 * event, and a place's events are reached through the lists, never copied per inheriting child. Built in time
 * linear in the events plus the lists' places (after a sort of the year ranges); read-only after.
 */
public final class EventDates {
    private final int[] start;
    private final int[] end;
    private final int[] firstYear;
    private final int[] lastYear;
    private final int[] list;
    private final int[][] listPlaces;
    private final int[] years;
    private final Map<String, Integer> positionById;

    EventDates(List<Event> events, Function<Event, List<String>> participants, Function<String, PlaceEntry> entries,
               Work work) {
        int n = events.size();
        start = new int[n];
        end = new int[n];
        firstYear = new int[n];
        lastYear = new int[n];
        list = new int[n];
        years = new Periods(Granularity.YEAR, events, work).all().stream().mapToInt(LocalDate::getYear).toArray();
        positionById = new HashMap<>(n * 2);
        Map<List<String>, Integer> ids = new IdentityHashMap<>();
        int[][] places = new int[Math.max(1, n)][];
        for (int i = 0; i < n; i++) {
            Event e = events.get(i);
            start[i] = (int) e.start().toEpochDay();
            end[i] = (int) e.end().toEpochDay();
            firstYear[i] = Arrays.binarySearch(years, e.start().getYear());
            lastYear[i] = Arrays.binarySearch(years, e.end().getYear());
            List<String> names = participants.apply(e);
            Integer id = ids.get(names);
            if (id == null) {
                id = ids.size();
                ids.put(names, id);
                places[id] = entryIndices(names, entries, work);
            }
            list[i] = id;
            positionById.put(e.id(), i);
            work.step();
        }
        listPlaces = Arrays.copyOf(places, ids.size());
    }

    private static int[] entryIndices(List<String> names, Function<String, PlaceEntry> entries, Work work) {
        int[] out = new int[names.size()];
        int count = 0;
        for (String name : names) {
            PlaceEntry e = entries.apply(name);
            if (e != null) {
                out[count++] = e.index();
            }
            work.step();
        }
        return Arrays.copyOf(out, count);
    }

    /** The event's position (the last event with its id), or -1 when this index has no event with its id. */
    public int position(Event e) {
        Integer at = positionById.get(e.id());
        return at == null ? -1 : at;
    }

    /** How many events (positions {@code 0 .. size() - 1}, in the file's order). */
    public int size() {
        return start.length;
    }

    /** The event's first day, as {@link LocalDate#toEpochDay()}. */
    public int start(int event) {
        return start[event];
    }

    /** The event's last day, as {@link LocalDate#toEpochDay()}. */
    public int end(int event) {
        return end[event];
    }

    /** The position in {@link #years()} of the event's first year (an event ending before it starts covers none). */
    public int firstYear(int event) {
        return firstYear[event];
    }

    /** The position in {@link #years()} of the event's last year (see {@link #firstYear}). */
    public int lastYear(int event) {
        return lastYear[event];
    }

    /** The id of the event's participant list, {@code 0 .. lists() - 1}. */
    public int list(int event) {
        return list[event];
    }

    /** How many distinct participant lists the events have. */
    public int lists() {
        return listPlaces.length;
    }

    /** The entry indices of the places of a participant list the dataset defines; not to be written to. */
    public int[] places(int list) {
        return listPlaces[list];
    }

    /** The years holding a day of some event, ascending; not to be written to. */
    public int[] years() {
        return years;
    }
}
