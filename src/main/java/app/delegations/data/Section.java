package app.delegations.data;

import app.delegations.model.Citation;
import app.delegations.model.Country;
import app.delegations.model.Dataset;
import app.delegations.model.Event;
import app.delegations.model.Organisation;
import app.delegations.model.Person;
import app.delegations.model.Place;
import app.delegations.model.Source;
import app.delegations.model.Venue;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * One list of a data file as an archive merges it: its name in the format, the kind of its ids, and how to read
 * a record's id and evidence and to give a record another evidence list.
 */
record Section<T>(String name, Ids.Kind kind, Function<Dataset, List<T>> list, Function<T, String> id,
                  Function<T, List<Citation>> evidence, BiFunction<T, List<Citation>, T> withEvidence) {

    static final Section<Source> SOURCES = new Section<>("sources", Ids.Kind.SOURCE, Dataset::sources, Source::id,
            s -> List.of(), (s, e) -> s);
    static final Section<Country> COUNTRIES = new Section<>("countries", Ids.Kind.COUNTRY, Dataset::countries,
            Country::code, Country::evidence, (c, e) -> new Country(c.code(), c.names(), e));
    static final Section<Place> PLACES = new Section<>("places", Ids.Kind.PLACE, Dataset::places, Place::id,
            Place::evidence, (p, e) -> new Place(p.id(), p.kind(), p.names(), p.country(), p.coordinates(), p.note(),
            e));
    static final Section<Venue> VENUES = new Section<>("venues", Ids.Kind.VENUE, Dataset::venues, Venue::id,
            Venue::evidence, (v, e) -> new Venue(v.id(), v.names(), v.place(), v.coordinates(), v.description(), e));
    static final Section<Organisation> ORGANISATIONS = new Section<>("organisations", Ids.Kind.ORGANISATION,
            Dataset::organisations, Organisation::id, Organisation::evidence,
            (o, e) -> new Organisation(o.id(), o.kind(), o.names(), o.place(), o.description(), e));
    static final Section<Person> PEOPLE = new Section<>("people", Ids.Kind.PERSON, Dataset::people, Person::id,
            Person::evidence, (p, e) -> new Person(p.id(), p.names(), p.honorific(), p.positions(), e));
    static final Section<Event> EVENTS = new Section<>("events", Ids.Kind.EVENT, Dataset::events, Event::id,
            Event::evidence, (v, e) -> new Event(v.id(), v.kind(), v.title(), v.parent(), v.start(), v.end(),
            v.order(), v.venue(), v.place(), v.description(), v.participants(), v.people(), v.organisations(), e));
}
