package app.delegations.ui.filter;

import app.delegations.data.Checkpoint;
import app.delegations.data.LoadCancelled;
import app.delegations.data.Work;
import app.delegations.index.DatasetIndex;
import app.delegations.index.PlaceEntry;
import app.delegations.model.Attendance;
import app.delegations.model.Dataset;
import app.delegations.model.Event;
import app.delegations.model.Organisation;
import app.delegations.model.Person;
import app.delegations.model.Position;
import app.delegations.model.Text;
import app.delegations.text.TextFold;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * What ties a person to the rest of a dataset, as the filter asks it ({@link FilterLeaves#people}) and the People
 * view shows it: the events they attend, with their attendance there, in the file's order; the places of their
 * positions (a position's place, or else its organisation's place), each once, in the order of the positions, as
 * the index's entries (a place the dataset does not define is left out); and the folded text the search looks in.
 *
 * @param searchText their names in every language, honorific, position titles (Polish and English), the names of
 *                   their positions' organisations, the searchable text of their places and those places'
 *                   countries, and their notes at events, folded ({@link TextFold}), one per line
 */
public record PersonTies(Person person, List<Attended> events, List<PlaceEntry> places, String searchText) {
    public PersonTies {
        events = List.copyOf(events);
        places = List.copyOf(places);
    }

    /** A person at an event: the event and their attendance there (role, note, evidence). */
    public record Attended(Event event, Attendance attendance) {
    }

    /** The ties of one person: one pass over the dataset's events. */
    public static PersonTies of(DatasetIndex index, Person person) {
        var events = new ArrayList<Attended>();
        for (Event e : index.dataset().events()) {
            for (Attendance a : e.people()) {
                if (a.person().equals(person.id())) {
                    events.add(new Attended(e, a));
                }
            }
        }
        return tie(index, person, events);
    }

    /**
     * The ties of every person of the index's dataset, in the file's order: one pass over the events' attendances
     * and one over the people; asks {@code checkpoint} every {@link Work#CHECK_EVERY} units of work and throws
     * {@link LoadCancelled} when it says the load is cancelled.
     */
    public static List<PersonTies> all(DatasetIndex index, Checkpoint checkpoint) {
        var work = new Work(checkpoint);
        Dataset data = index.dataset();
        var attended = new HashMap<String, List<Attended>>();
        for (Event e : data.events()) {
            for (Attendance a : e.people()) {
                attended.computeIfAbsent(a.person(), k -> new ArrayList<>()).add(new Attended(e, a));
            }
            work.step();
        }
        var all = new ArrayList<PersonTies>(data.people().size());
        for (Person p : data.people()) {
            all.add(tie(index, p, attended.getOrDefault(p.id(), List.of())));
            work.step();
        }
        return all;
    }

    private static PersonTies tie(DatasetIndex index, Person person, List<Attended> events) {
        Dataset data = index.dataset();
        var folded = new StringBuilder();
        for (String n : person.names().all()) {
            line(folded, n);
        }
        line(folded, person.honorific());
        var places = new LinkedHashSet<PlaceEntry>();
        for (Position pos : person.positions()) {
            text(folded, pos.title());
            Organisation o = pos.organisation() == null ? null : data.organisation(pos.organisation()).orElse(null);
            if (o != null) {
                o.names().all().forEach(n -> line(folded, n));
            }
            String placeId = pos.place() != null ? pos.place() : o == null ? null : o.place();
            PlaceEntry place = placeId == null ? null : index.entry(placeId);
            if (place != null) {
                places.add(place);
            }
        }
        for (PlaceEntry p : places) {
            folded.append(p.folded()).append('\n').append(index.countrySearchText(p.countryIndex())).append('\n');
        }
        for (Attended a : events) {
            text(folded, a.attendance().note());
        }
        return new PersonTies(person, events, List.copyOf(places), folded.toString());
    }

    private static void text(StringBuilder folded, Text t) {
        if (t != null) {
            line(folded, t.pl());
            line(folded, t.en());
        }
    }

    private static void line(StringBuilder folded, String s) {
        if (s != null) {
            folded.append(TextFold.fold(s)).append('\n');
        }
    }
}
