package app.delegations.model;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Everything one data file holds, validated by the loader: ids are unique and every reference resolves.
 * Lists keep the file's order; lookups by id are O(1). Immutable (a class rather than a record only so that
 * the id indexes are built once, not compared in equals/hashCode).
 */
public final class Dataset {

    /** The {@code schemaVersion} this build reads and writes. */
    public static final int SCHEMA_VERSION = 1;

    private final int schemaVersion;
    private final List<Source> sources;
    private final List<Country> countries;
    private final List<Place> places;
    private final List<Venue> venues;
    private final List<Organisation> organisations;
    private final List<Person> people;
    private final List<Event> events;

    private final Map<String, Source> sourceById;
    private final Map<String, Country> countryByCode;
    private final Map<String, Place> placeById;
    private final Map<String, Venue> venueById;
    private final Map<String, Organisation> organisationById;
    private final Map<String, Person> personById;
    private final Map<String, Event> eventById;

    public Dataset(int schemaVersion, List<Source> sources, List<Country> countries, List<Place> places,
                   List<Venue> venues, List<Organisation> organisations, List<Person> people, List<Event> events) {
        this.schemaVersion = schemaVersion;
        this.sources = List.copyOf(sources);
        this.countries = List.copyOf(countries);
        this.places = List.copyOf(places);
        this.venues = List.copyOf(venues);
        this.organisations = List.copyOf(organisations);
        this.people = List.copyOf(people);
        this.events = List.copyOf(events);
        this.sourceById = byId(this.sources, Source::id);
        this.countryByCode = byId(this.countries, Country::code);
        this.placeById = byId(this.places, Place::id);
        this.venueById = byId(this.venues, Venue::id);
        this.organisationById = byId(this.organisations, Organisation::id);
        this.personById = byId(this.people, Person::id);
        this.eventById = byId(this.events, Event::id);
    }

    public static Dataset empty() {
        return new Dataset(SCHEMA_VERSION, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    }

    public int schemaVersion() { return schemaVersion; }
    public List<Source> sources() { return sources; }
    public List<Country> countries() { return countries; }
    public List<Place> places() { return places; }
    public List<Venue> venues() { return venues; }
    public List<Organisation> organisations() { return organisations; }
    public List<Person> people() { return people; }
    public List<Event> events() { return events; }

    /** Whether {@code other} holds the same records, equal and in the same order, at the same schema version. */
    public boolean sameRecords(Dataset other) {
        return other == this || other != null && schemaVersion == other.schemaVersion && sources.equals(other.sources)
                && countries.equals(other.countries) && places.equals(other.places) && venues.equals(other.venues)
                && organisations.equals(other.organisations) && people.equals(other.people)
                && events.equals(other.events);
    }

    public Optional<Source> source(String id) { return Optional.ofNullable(sourceById.get(id)); }
    public Optional<Country> country(String code) { return Optional.ofNullable(countryByCode.get(code)); }
    public Optional<Place> place(String id) { return Optional.ofNullable(placeById.get(id)); }
    public Optional<Venue> venue(String id) { return Optional.ofNullable(venueById.get(id)); }
    public Optional<Organisation> organisation(String id) { return Optional.ofNullable(organisationById.get(id)); }
    public Optional<Person> person(String id) { return Optional.ofNullable(personById.get(id)); }
    public Optional<Event> event(String id) { return Optional.ofNullable(eventById.get(id)); }

    /**
     * The record of this dataset with the same kind and id (code, for a country) as {@code record}, if it holds
     * one: how a selection is found again in a reloaded file. Each kind of {@link Entity} is answered here.
     */
    public Optional<? extends Entity> same(Entity record) {
        if (record instanceof Place p) {
            return place(p.id());
        }
        if (record instanceof Country c) {
            return country(c.code());
        }
        if (record instanceof Event e) {
            return event(e.id());
        }
        if (record instanceof Organisation o) {
            return organisation(o.id());
        }
        if (record instanceof Person p) {
            return person(p.id());
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return "Dataset[schemaVersion=" + schemaVersion + ", " + places.size() + " places, " + countries.size()
                + " countries, " + events.size() + " events]";
    }

    private static <T> Map<String, T> byId(List<T> items, Function<T, String> id) {
        var map = new HashMap<String, T>(Math.max(16, items.size() * 2)); // only looked up: no order kept
        for (T t : items) {
            map.putIfAbsent(id.apply(t), t);
        }
        return map;
    }
}
