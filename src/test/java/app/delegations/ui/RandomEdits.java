package app.delegations.ui;

import static app.delegations.ui.DatasetEdits.renamed;
import static app.delegations.ui.DatasetEdits.retitled;

import app.delegations.model.Country;
import app.delegations.model.Dataset;
import app.delegations.model.Event;
import app.delegations.model.Organisation;
import app.delegations.model.Person;
import app.delegations.model.Place;
import app.delegations.model.Venue;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Random edits of a dataset, for the tests that hold an update (of the index, of the rows) to what a build afresh
 * gives: records renamed (places, events, people, organisations; and countries, venues and parent events, which
 * other records show), added (a copy under a new id), removed (an event that is nobody's parent), moved (two
 * places swapped), re-made unchanged (an equal record, another object), and an event's participants dropped (it
 * then inherits its parent's). The same seed gives the same edits.
 */
public final class RandomEdits {
    private RandomEdits() {
    }

    /** {@code d} with {@code edits} random edits. */
    public static Dataset edited(Dataset d, Random random, int edits) {
        var countries = new ArrayList<>(d.countries());
        var places = new ArrayList<>(d.places());
        var venues = new ArrayList<>(d.venues());
        var people = new ArrayList<>(d.people());
        var organisations = new ArrayList<>(d.organisations());
        var events = new ArrayList<>(d.events());
        Set<String> parents = new HashSet<>();
        for (Event e : events) {
            if (e.parent() != null) {
                parents.add(e.parent());
            }
        }
        for (int k = 0; k < edits; k++) {
            switch (random.nextInt(12)) {
                case 0 -> {
                    int i = random.nextInt(places.size());
                    places.set(i, renamed(places.get(i), "Nowhere " + k));
                }
                case 1 -> {
                    int i = random.nextInt(events.size());
                    events.set(i, retitled(events.get(i), "Monitoring " + k));
                }
                case 2 -> { // a parent event renamed: its children's rows name it
                    List<Event> ps = events.stream().filter(e -> parents.contains(e.id())).toList();
                    if (!ps.isEmpty()) {
                        Event e = ps.get(random.nextInt(ps.size()));
                        events.set(events.indexOf(e), retitled(e, "Congress " + k));
                    }
                }
                case 3 -> { // a country renamed: its places' rows name it
                    int i = random.nextInt(countries.size());
                    Country c = countries.get(i);
                    countries.set(i, new Country(c.code(), renamed(c.names(), "Land " + k), c.evidence()));
                }
                case 4 -> { // a venue renamed: its events' rows name it
                    if (!venues.isEmpty()) {
                        int i = random.nextInt(venues.size());
                        Venue v = venues.get(i);
                        venues.set(i, new Venue(v.id(), renamed(v.names(), "Hall " + k), v.place(), v.coordinates(),
                                v.description(), v.evidence()));
                    }
                }
                case 5 -> { // an event that is nobody's parent removed: the later ones move up
                    int i = random.nextInt(events.size());
                    if (!parents.contains(events.get(i).id()) && events.size() > 1) {
                        events.remove(i);
                    }
                }
                case 6 -> { // a new event, a copy of one under a new id, somewhere
                    Event e = events.get(random.nextInt(events.size()));
                    events.add(random.nextInt(events.size() + 1), new Event(e.id() + "-copy-" + k, e.kind(),
                            e.title(), e.parent(), e.start(), e.end(), e.order(), e.venue(), e.place(),
                            e.description(), e.participants(), e.people(), e.organisations(), e.evidence()));
                }
                case 7 -> { // two places change places: the same objects at other positions
                    int i = random.nextInt(places.size());
                    int j = random.nextInt(places.size());
                    Place p = places.get(i);
                    places.set(i, places.get(j));
                    places.set(j, p);
                }
                case 8 -> {
                    int i = random.nextInt(people.size());
                    Person p = people.get(i);
                    people.set(i, new Person(p.id(), renamed(p.names(), "Jan Rihter " + k), p.honorific(),
                            p.positions(), p.evidence()));
                }
                case 9 -> { // an organisation renamed: its people's rows name it
                    if (!organisations.isEmpty()) {
                        int i = random.nextInt(organisations.size());
                        Organisation o = organisations.get(i);
                        organisations.set(i, new Organisation(o.id(), o.kind(), renamed(o.names(), "Smart City " + k),
                                o.place(), o.description(), o.evidence()));
                    }
                }
                case 10 -> { // an event read again unchanged: an equal record, another object
                    int i = random.nextInt(events.size());
                    Event e = events.get(i);
                    events.set(i, new Event(e.id(), e.kind(), e.title(), e.parent(), e.start(), e.end(), e.order(),
                            e.venue(), e.place(), e.description(), List.copyOf(e.participants()), e.people(),
                            e.organisations(), e.evidence()));
                }
                default -> { // an event loses its participants: it inherits its parent's, if any
                    int i = random.nextInt(events.size());
                    Event e = events.get(i);
                    events.set(i, new Event(e.id(), e.kind(), e.title(), e.parent(), e.start(), e.end(), e.order(),
                            e.venue(), e.place(), e.description(), List.of(), e.people(), e.organisations(),
                            e.evidence()));
                }
            }
        }
        return new Dataset(d.schemaVersion(), d.sources(), countries, places, venues, organisations, people, events);
    }
}
