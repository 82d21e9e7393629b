package app.delegations.data;

import app.delegations.model.Attendance;
import app.delegations.model.Citation;
import app.delegations.model.Country;
import app.delegations.model.Dataset;
import app.delegations.model.Event;
import app.delegations.model.Organisation;
import app.delegations.model.Participation;
import app.delegations.model.Person;
import app.delegations.model.Place;
import app.delegations.model.Source;
import app.delegations.model.Venue;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * One list of a data file as an archive merges it: its name in the format, the kind of its ids, how to read a
 * record's id and evidence and to give a record another evidence list, and how to make a record with each of its
 * citation lists (an event's participants' and people's too) passed through a function.
 */
record Section<T>(String name, Ids.Kind kind, Function<Dataset, List<T>> list, Function<T, String> id,
                  Function<T, List<Citation>> evidence, BiFunction<T, List<Citation>, T> withEvidence,
                  BiFunction<T, UnaryOperator<List<Citation>>, T> citations) {

    static final Section<Source> SOURCES = new Section<>("sources", Ids.Kind.SOURCE, Dataset::sources, Source::id,
            s -> List.of(), (s, e) -> s, (s, f) -> s);
    static final Section<Country> COUNTRIES = new Section<>("countries", Ids.Kind.COUNTRY, Dataset::countries,
            Country::code, Country::evidence, (c, e) -> new Country(c.code(), c.names(), e),
            (c, f) -> new Country(c.code(), c.names(), f.apply(c.evidence())));
    static final Section<Place> PLACES = new Section<>("places", Ids.Kind.PLACE, Dataset::places, Place::id,
            Place::evidence, (p, e) -> new Place(p.id(), p.kind(), p.names(), p.country(), p.coordinates(), p.note(),
            e), (p, f) -> new Place(p.id(), p.kind(), p.names(), p.country(), p.coordinates(), p.note(),
            f.apply(p.evidence())));
    static final Section<Venue> VENUES = new Section<>("venues", Ids.Kind.VENUE, Dataset::venues, Venue::id,
            Venue::evidence, (v, e) -> new Venue(v.id(), v.names(), v.place(), v.coordinates(), v.description(), e),
            (v, f) -> new Venue(v.id(), v.names(), v.place(), v.coordinates(), v.description(), f.apply(v.evidence())));
    static final Section<Organisation> ORGANISATIONS = new Section<>("organisations", Ids.Kind.ORGANISATION,
            Dataset::organisations, Organisation::id, Organisation::evidence,
            (o, e) -> new Organisation(o.id(), o.kind(), o.names(), o.place(), o.description(), e),
            (o, f) -> new Organisation(o.id(), o.kind(), o.names(), o.place(), o.description(), f.apply(o.evidence())));
    static final Section<Person> PEOPLE = new Section<>("people", Ids.Kind.PERSON, Dataset::people, Person::id,
            Person::evidence, (p, e) -> new Person(p.id(), p.names(), p.honorific(), p.positions(), e),
            (p, f) -> new Person(p.id(), p.names(), p.honorific(), p.positions(), f.apply(p.evidence())));
    static final Section<Event> EVENTS = new Section<>("events", Ids.Kind.EVENT, Dataset::events, Event::id,
            Event::evidence, (v, e) -> new Event(v.id(), v.kind(), v.title(), v.parent(), v.start(), v.end(),
            v.order(), v.venue(), v.place(), v.description(), v.participants(), v.people(), v.organisations(), e),
            Section::eventCitations);

    private static Event eventCitations(Event v, UnaryOperator<List<Citation>> f) {
        var participants = v.participants().stream().map(p -> new Participation(p.place(), p.role(),
                f.apply(p.evidence()))).toList();
        var people = v.people().stream().map(a -> new Attendance(a.person(), a.role(), a.note(),
                f.apply(a.evidence()))).toList();
        return new Event(v.id(), v.kind(), v.title(), v.parent(), v.start(), v.end(), v.order(), v.venue(), v.place(),
                v.description(), participants, people, v.organisations(), f.apply(v.evidence()));
    }
}
