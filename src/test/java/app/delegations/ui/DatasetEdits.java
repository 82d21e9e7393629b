package app.delegations.ui;

import app.delegations.model.Dataset;
import app.delegations.model.Event;
import app.delegations.model.Names;
import app.delegations.model.Place;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Edits of a dataset as an edit session makes them: a record under another English name, and a new dataset with
 * one record replaced or removed. {@link RandomEdits} makes many of them at once.
 */
public final class DatasetEdits {
    private DatasetEdits() {
    }

    /** The place with {@code id} under another English name. */
    public static Place renamed(Dataset d, String id, String en) {
        return renamed(d.place(id).orElseThrow(), en);
    }

    /** The place under another English name. */
    public static Place renamed(Place p, String en) {
        return new Place(p.id(), p.kind(), renamed(p.names(), en), p.country(), p.coordinates(), p.note(),
                p.evidence());
    }

    /** The names with another English one, the others (and the aliases) kept. */
    public static Names renamed(Names n, String en) {
        return new Names(n.pl(), en, n.nativeName(), n.aliases());
    }

    /** The event under another English title. */
    public static Event retitled(Event e, String en) {
        return new Event(e.id(), e.kind(), renamed(e.title(), en), e.parent(), e.start(), e.end(), e.order(),
                e.venue(), e.place(), e.description(), e.participants(), e.people(), e.organisations(), e.evidence());
    }

    /** {@code d} with its place of the same id replaced by {@code place}. */
    public static Dataset with(Dataset d, Place place) {
        return new Dataset(d.schemaVersion(), d.sources(), d.countries(),
                replace(d.places(), p -> p.id().equals(place.id()) ? place : p), d.venues(), d.organisations(),
                d.people(), d.events());
    }

    /** {@code d} with its event of the same id replaced by {@code event}. */
    public static Dataset with(Dataset d, Event event) {
        return new Dataset(d.schemaVersion(), d.sources(), d.countries(), d.places(), d.venues(), d.organisations(),
                d.people(), replace(d.events(), e -> e.id().equals(event.id()) ? event : e));
    }

    /** {@code d} without the event {@code id} (and with no other change: it must be nobody's parent). */
    public static Dataset without(Dataset d, Event event) {
        return new Dataset(d.schemaVersion(), d.sources(), d.countries(), d.places(), d.venues(), d.organisations(),
                d.people(), d.events().stream().filter(e -> !e.id().equals(event.id())).toList());
    }

    private static <T> List<T> replace(List<T> list, UnaryOperator<T> change) {
        var out = new ArrayList<T>(list.size());
        for (T t : list) {
            out.add(change.apply(t));
        }
        return out;
    }
}
