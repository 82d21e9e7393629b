package app.delegations.ui;

import app.delegations.model.Dataset;
import app.delegations.model.Event;
import app.delegations.model.EventKind;
import app.delegations.model.Names;
import app.delegations.model.Participation;
import app.delegations.model.Place;
import app.delegations.model.PlaceKind;
import app.delegations.model.PlaceRole;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Large datasets of one shape each, built in memory (no file, no loader): the shapes a hostile or merely
 * big file can take within the loader's limits.
 */
public final class Shapes {
    public static final LocalDate DAY = LocalDate.of(2016, 11, 29);

    private Shapes() {
    }

    public static Place place(String id) {
        return new Place(id, PlaceKind.CITY, new Names(id, id, id), "PL", null, null, List.of());
    }

    public static List<Place> places(int count) {
        var list = new ArrayList<Place>(count);
        for (int i = 0; i < count; i++) {
            list.add(place("p" + i));
        }
        return list;
    }

    /** An event naming {@code places} as participants (none: it inherits its parent's). */
    public static Event event(String id, String parent, LocalDate start, LocalDate end, List<String> places) {
        var participants = new ArrayList<Participation>(places.size());
        for (String p : places) {
            participants.add(new Participation(p, PlaceRole.PARTICIPANT, List.of()));
        }
        return new Event(id, EventKind.VISIT, new Names(id, id, id), parent, start, end, 1, null, null, null,
                participants, List.of(), List.of(), List.of());
    }

    public static Dataset dataset(List<Place> places, List<Event> events) {
        return new Dataset(Dataset.SCHEMA_VERSION, List.of(), List.of(), places, List.of(), List.of(), List.of(),
                events);
    }

    /**
     * An event "parent" naming places p0 … p(places − 1), then {@code children} events c0, c1 … inside it that
     * name no participants of their own (they inherit the parent's).
     */
    public static List<Event> parentAndChildren(int places, int children) {
        var names = new ArrayList<String>(places);
        for (int i = 0; i < places; i++) {
            names.add("p" + i);
        }
        var events = new ArrayList<Event>(children + 1);
        events.add(event("parent", null, DAY, DAY, names));
        for (int i = 0; i < children; i++) {
            events.add(event("c" + i, "parent", DAY, DAY, List.of()));
        }
        return events;
    }

    /** {@code count} places and {@code count} one-day events, event i naming place i. */
    public static Dataset wide(int count) {
        var events = new ArrayList<Event>(count);
        for (int i = 0; i < count; i++) {
            events.add(event("e" + i, null, DAY.plusDays(i % 400), DAY.plusDays(i % 400), List.of("p" + i)));
        }
        return dataset(places(count), events);
    }
}
