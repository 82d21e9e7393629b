package app.delegations.data.edit;

import app.delegations.model.Country;
import app.delegations.model.Dataset;
import app.delegations.model.Event;
import app.delegations.model.Organisation;
import app.delegations.model.Person;
import app.delegations.model.Place;
import app.delegations.model.Source;
import app.delegations.model.Venue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The records one data file of an archive defines, in the file's order: what the canonical writer writes as that
 * file. Immutable: each edit gives a new one, sharing the lists it does not change. Where each id stands is looked
 * up in an index made on the first lookup of its kind ({@code ids}, not part of equality), so that finding the
 * files that define a record costs one lookup per file, not a look at each of their records.
 */
record DraftFile(List<Source> sources, List<Country> countries, List<Place> places, List<Venue> venues,
                   List<Organisation> organisations, List<Person> people, List<Event> events, IdPositions ids) {

    /** Each kind's ids by their position in its list, made when first asked for (the lists never change). */
    static final class IdPositions {
        private final Map<Class<? extends Record>, Map<String, Integer>> byKind = new ConcurrentHashMap<>();
    }

    static final DraftFile EMPTY = new DraftFile(List.of(), List.of(), List.of(), List.of(), List.of(),
            List.of(), List.of());

    DraftFile(List<Source> sources, List<Country> countries, List<Place> places, List<Venue> venues,
              List<Organisation> organisations, List<Person> people, List<Event> events) {
        this(sources, countries, places, venues, organisations, people, events, new IdPositions());
    }

    DraftFile {
        sources = List.copyOf(sources);
        countries = List.copyOf(countries);
        places = List.copyOf(places);
        venues = List.copyOf(venues);
        organisations = List.copyOf(organisations);
        people = List.copyOf(people);
        events = List.copyOf(events);
    }

    /** The records of a file as the loader read it on its own (a part of an archive). */
    static DraftFile of(Dataset file) {
        return new DraftFile(file.sources(), file.countries(), file.places(), file.venues(), file.organisations(),
                file.people(), file.events());
    }

    /** The file's records as a dataset, for the writer. */
    Dataset dataset() {
        return new Dataset(Dataset.SCHEMA_VERSION, sources, countries, places, venues, organisations, people, events);
    }

    boolean isEmpty() {
        return sources.isEmpty() && countries.isEmpty() && places.isEmpty() && venues.isEmpty()
                && organisations.isEmpty() && people.isEmpty() && events.isEmpty();
    }

    /** The list of {@code kind}'s records. */
    List<? extends Record> list(Class<? extends Record> kind) {
        if (kind == Source.class) {
            return sources;
        } else if (kind == Country.class) {
            return countries;
        } else if (kind == Place.class) {
            return places;
        } else if (kind == Venue.class) {
            return venues;
        } else if (kind == Organisation.class) {
            return organisations;
        } else if (kind == Person.class) {
            return people;
        } else if (kind == Event.class) {
            return events;
        }
        throw new IllegalArgumentException("not a record of a data file: " + kind.getSimpleName());
    }

    /** The position of the record of {@code kind} with {@code id} in its list, or -1. */
    int indexOf(Class<? extends Record> kind, String id) {
        Integer at = ids.byKind.computeIfAbsent(kind, k -> {
            List<? extends Record> list = list(k);
            var positions = new HashMap<String, Integer>(list.size() * 2);
            for (int i = 0; i < list.size(); i++) {
                positions.putIfAbsent(RecordEdit.id(list.get(i)), i);
            }
            return positions;
        }).get(id);
        return at == null ? -1 : at;
    }

    boolean defines(Class<? extends Record> kind, String id) {
        return indexOf(kind, id) >= 0;
    }

    /** This file with {@code record} in place of the one of its kind and id, or added at the end of its list. */
    DraftFile with(Record record) {
        return change(record.getClass(), list -> {
            var out = new ArrayList<Record>(list);
            int i = indexOf(record.getClass(), RecordEdit.id(record));
            if (i >= 0) {
                out.set(i, record);
            } else {
                out.add(record);
            }
            return out;
        });
    }

    /** This file with {@code record}, which it does not define, inserted at {@code index} of its list (or last). */
    DraftFile insert(Record record, int index) {
        return change(record.getClass(), list -> {
            var out = new ArrayList<Record>(list);
            out.add(Math.min(Math.max(0, index), out.size()), record);
            return out;
        });
    }

    /** This file without the record of {@code kind} with {@code id} (itself when it has none). */
    DraftFile without(Class<? extends Record> kind, String id) {
        int i = indexOf(kind, id);
        if (i < 0) {
            return this;
        }
        return change(kind, list -> {
            var out = new ArrayList<Record>(list);
            out.remove(i);
            return out;
        });
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DraftFile f && sources.equals(f.sources) && countries.equals(f.countries)
                && places.equals(f.places) && venues.equals(f.venues) && organisations.equals(f.organisations)
                && people.equals(f.people) && events.equals(f.events);
    }

    @Override
    public int hashCode() {
        return Objects.hash(sources, countries, places, venues, organisations, people, events);
    }

    @Override
    public String toString() {
        return "DraftFile[" + sources.size() + " sources, " + countries.size() + " countries, " + places.size()
                + " places, " + venues.size() + " venues, " + organisations.size() + " organisations, "
                + people.size() + " people, " + events.size() + " events]";
    }

    @SuppressWarnings("unchecked") // each list is cast back to the kind it was taken from
    private DraftFile change(Class<? extends Record> kind, Function<List<? extends Record>, List<Record>> f) {
        List<Record> changed = f.apply(list(kind));
        return new DraftFile(
                kind == Source.class ? (List<Source>) (List<?>) changed : sources,
                kind == Country.class ? (List<Country>) (List<?>) changed : countries,
                kind == Place.class ? (List<Place>) (List<?>) changed : places,
                kind == Venue.class ? (List<Venue>) (List<?>) changed : venues,
                kind == Organisation.class ? (List<Organisation>) (List<?>) changed : organisations,
                kind == Person.class ? (List<Person>) (List<?>) changed : people,
                kind == Event.class ? (List<Event>) (List<?>) changed : events);
    }
}
