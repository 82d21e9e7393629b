package app.delegations.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.delegations.bench.DatasetGenerator;
import app.delegations.bench.GeneratorSpec;
import app.delegations.data.Checkpoint;
import app.delegations.data.DatasetLoader;
import app.delegations.index.DatasetIndex;
import app.delegations.model.Country;
import app.delegations.model.Dataset;
import app.delegations.model.Event;
import app.delegations.model.Names;
import app.delegations.model.Organisation;
import app.delegations.model.Person;
import app.delegations.model.Place;
import app.delegations.model.Venue;
import app.delegations.ui.common.Messages;
import app.delegations.ui.common.UiLanguage;
import app.delegations.ui.events.EventColumn;
import app.delegations.ui.events.EventRow;
import app.delegations.ui.organisations.OrganisationColumn;
import app.delegations.ui.organisations.OrganisationRow;
import app.delegations.ui.people.PersonColumn;
import app.delegations.ui.people.PersonRow;
import app.delegations.ui.places.PlaceColumn;
import app.delegations.ui.places.PlaceRow;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An update makes rows only for what changed and takes the others again: for random edits of a generated dataset
 * (records renamed, added, removed, moved, re-made unchanged; countries, venues, parent events and organisations
 * renamed, which other records' rows show), one after another, the rows of the update show exactly what a full build's do.
 */
class RowsRemadeTest {
    private final Messages messages = Messages.of(UiLanguage.ENGLISH);

    @TempDir
    Path dir;

    @Test
    void theRowsOfAnUpdateShowWhatAFullBuildsDoForRandomEdits() throws IOException {
        var summary = DatasetGenerator.generate(GeneratorSpec.of(1_000), dir);
        Dataset data = new DatasetLoader().load(summary.file()).dataset().orElseThrow();
        var random = new Random(16);
        DatasetIndex index = DatasetIndex.build(data);
        List<PlaceRow> places = PlaceRow.build(index, messages);
        List<EventRow> events = EventRow.build(index, messages, Checkpoint.NONE);
        List<PersonRow> people = PersonRow.build(index, messages, Checkpoint.NONE);
        List<OrganisationRow> organisations = OrganisationRow.build(index, messages, Checkpoint.NONE);
        int kept = 0;
        int keptEvents = 0;
        int keptOthers = 0;
        for (int round = 0; round < 25; round++) {
            Dataset next = edited(index.dataset(), random, 1 + random.nextInt(round % 5 == 4 ? 100 : 3));
            DatasetIndex after = DatasetIndex.updated(index, next, Checkpoint.NONE);
            List<PlaceRow> placesNow = PlaceRow.build(after, messages, Checkpoint.NONE, places);
            List<EventRow> eventsNow = EventRow.rebuild(index, events, after, messages, Checkpoint.NONE);
            List<PersonRow> peopleNow = PersonRow.rebuild(index, people, after, messages, Checkpoint.NONE);
            List<OrganisationRow> organisationsNow = OrganisationRow.rebuild(index, organisations, after, messages,
                    Checkpoint.NONE);
            String when = "round " + round;
            assertSameRows(PlaceRow.build(after, messages), placesNow,
                    (r, i) -> r.id() + texts(r, PlaceColumn.values(), PlaceRow::text) + r.entry(), when);
            List<EventRow> freshEvents = EventRow.build(after, messages, Checkpoint.NONE);
            assertSameRows(freshEvents, eventsNow,
                    (r, i) -> r.id() + r.depth() + texts(r, EventColumn.values(), EventRow::text), when);
            for (int i = 0; i < eventsNow.size(); i++) {
                assertTrue(freshEvents.get(i).sameAs(eventsNow.get(i)), when + ", event row " + i);
            }
            List<PersonRow> freshPeople = PersonRow.build(after, messages, Checkpoint.NONE);
            assertSameRows(freshPeople, peopleNow, (r, i) -> r.id() + texts(r, PersonColumn.values(), PersonRow::text),
                    when);
            List<OrganisationRow> freshOrganisations = OrganisationRow.build(after, messages, Checkpoint.NONE);
            assertSameRows(freshOrganisations, organisationsNow,
                    (r, i) -> r.id() + texts(r, OrganisationColumn.values(), OrganisationRow::text), when);
            for (int i = 0; i < peopleNow.size(); i++) {
                assertTrue(freshPeople.get(i).sameAs(peopleNow.get(i)), when + ", person row " + i);
            }
            for (int i = 0; i < organisationsNow.size(); i++) {
                assertTrue(freshOrganisations.get(i).sameAs(organisationsNow.get(i)), when + ", organisation row " + i);
            }
            var before = Collections.newSetFromMap(new IdentityHashMap<Object, Boolean>());
            before.addAll(places);
            before.addAll(events);
            before.addAll(people);
            before.addAll(organisations);
            kept += (int) placesNow.stream().filter(before::contains).count();
            keptEvents += (int) eventsNow.stream().filter(before::contains).count();
            keptOthers += (int) peopleNow.stream().filter(before::contains).count()
                    + (int) organisationsNow.stream().filter(before::contains).count();
            index = after;
            places = placesNow;
            events = eventsNow;
            people = peopleNow;
            organisations = organisationsNow;
        }
        assertTrue(kept > 0, "the rows of unchanged places are taken again");
        assertTrue(keptEvents > 0, "the rows of unchanged events are taken again");
        assertTrue(keptOthers > 0, "the rows of unchanged people and organisations are taken again");
    }

    private static <R, C> String texts(R row, C[] columns, BiFunction<R, C, String> text) {
        var out = new StringBuilder();
        for (C c : columns) {
            out.append('|').append(text.apply(row, c));
        }
        return out.toString();
    }

    private static <R> void assertSameRows(List<R> fresh, List<R> remade, BiFunction<R, Integer, String> shown,
                                           String when) {
        assertEquals(fresh.size(), remade.size(), when);
        for (int i = 0; i < fresh.size(); i++) {
            assertEquals(shown.apply(fresh.get(i), i), shown.apply(remade.get(i), i), when + ", row " + i);
        }
    }

    /** {@code d} with {@code edits} random edits. */
    private static Dataset edited(Dataset d, Random random, int edits) {
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
            switch (random.nextInt(11)) {
                case 0 -> {
                    int i = random.nextInt(places.size());
                    Place p = places.get(i);
                    places.set(i, new Place(p.id(), p.kind(), rename(p.names(), "Nowhere " + k), p.country(),
                            p.coordinates(), p.note(), p.evidence()));
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
                    countries.set(i, new Country(c.code(), rename(c.names(), "Land " + k), c.evidence()));
                }
                case 4 -> { // a venue renamed: its events' rows name it
                    if (!venues.isEmpty()) {
                        int i = random.nextInt(venues.size());
                        Venue v = venues.get(i);
                        venues.set(i, new Venue(v.id(), rename(v.names(), "Hall " + k), v.place(), v.coordinates(),
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
                    people.set(i, new Person(p.id(), rename(p.names(), "Jan Rihter " + k), p.honorific(),
                            p.positions(), p.evidence()));
                }
                case 9 -> { // an organisation renamed: its people's rows name it
                    if (!organisations.isEmpty()) {
                        int i = random.nextInt(organisations.size());
                        Organisation o = organisations.get(i);
                        organisations.set(i, new Organisation(o.id(), o.kind(), rename(o.names(), "Smart City " + k),
                                o.place(), o.description(), o.evidence()));
                    }
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

    private static Names rename(Names n, String en) {
        return new Names(n.pl(), en, n.nativeName(), n.aliases());
    }

    private static Event retitled(Event e, String en) {
        return new Event(e.id(), e.kind(), rename(e.title(), en), e.parent(), e.start(), e.end(), e.order(), e.venue(),
                e.place(), e.description(), e.participants(), e.people(), e.organisations(), e.evidence());
    }
}
