package app.delegations.index;

import app.delegations.data.Work;
import app.delegations.model.Attendance;
import app.delegations.model.Dataset;
import app.delegations.model.Event;
import app.delegations.model.Names;
import app.delegations.model.Organisation;
import app.delegations.model.Person;
import app.delegations.model.Position;
import app.delegations.model.Text;
import app.delegations.text.TextFold;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the search looks in for the events, people and organisations of a dataset, folded by {@link TextFold}
 * once per dataset (with the index, off the UI thread) and read-only after; the places' texts are their
 * {@link PlaceEntry#folded()}, the countries' {@link DatasetIndex#countrySearchText}. Arrays are by the record's
 * position in its {@link Dataset} list; each kind's texts are its own, every language in one string:
 * <ul>
 *   <li>an event: its title (Polish, English, native, aliases), description and the notes on the people at it;</li>
 *   <li>a person: names, honorific and the titles of their positions;</li>
 *   <li>an organisation: names and description.</li>
 * </ul>
 * Also, per event, the positions of the people at it and of the organisations it names (a person or an
 * organisation the search finds brings its events along), as {@code values[start[i] .. start[i + 1])}.
 * Built in time and memory linear in those texts.
 */
public final class SearchTexts {
    private final String[] events;
    private final String[] people;
    private final String[] organisations;
    private final Map<String, Integer> eventAt;
    private final Map<String, Integer> personAt;
    private final Map<String, Integer> organisationAt;
    private final int[] peopleStart;
    private final int[] peopleOfEvent;
    private final int[] organisationsStart;
    private final int[] organisationsOfEvent;

    SearchTexts(Dataset dataset, Work work) {
        this(dataset, work, null, null);
    }

    /**
     * The texts of {@code dataset}, taking from {@code before} (the texts of {@code beforeData}, or null) the text
     * of every record that is the same object there: a record's texts are its own alone, so an update folds only
     * the records it changed.
     */
    SearchTexts(Dataset dataset, Work work, SearchTexts before, Dataset beforeData) {
        List<Person> ps = dataset.people();
        people = new String[ps.size()];
        personAt = positions(ps.size());
        for (int i = 0; i < people.length; i++) {
            Person p = ps.get(i);
            String kept = before == null ? null
                    : Carried.text(beforeData.people(), before.people, i, p, () -> before.personAt(p.id()));
            people[i] = kept != null ? kept : personText(p);
            personAt.putIfAbsent(p.id(), i);
            work.step();
        }
        List<Organisation> os = dataset.organisations();
        organisations = new String[os.size()];
        organisationAt = positions(os.size());
        for (int i = 0; i < organisations.length; i++) {
            Organisation o = os.get(i);
            String kept = before == null ? null : Carried.text(beforeData.organisations(), before.organisations, i, o,
                    () -> before.organisationAt(o.id()));
            organisations[i] = kept != null ? kept : text(names(o.names()), o.description()).toString();
            organisationAt.putIfAbsent(o.id(), i);
            work.step();
        }
        List<Event> es = dataset.events();
        events = new String[es.size()];
        eventAt = positions(es.size());
        peopleStart = new int[es.size() + 1];
        organisationsStart = new int[es.size() + 1];
        int attendances = 0;
        int named = 0;
        for (Event e : es) {
            attendances += e.people().size();
            named += e.organisations().size();
        }
        peopleOfEvent = new int[attendances];
        organisationsOfEvent = new int[named];
        int p = 0;
        int o = 0;
        for (int i = 0; i < events.length; i++) {
            Event e = es.get(i);
            String kept = before == null ? null
                    : Carried.text(beforeData.events(), before.events, i, e, () -> before.eventAt(e.id()));
            events[i] = kept != null ? kept : eventText(e);
            peopleStart[i] = p;
            for (Attendance a : e.people()) {
                Integer at = personAt.get(a.person());
                if (at != null) {
                    peopleOfEvent[p++] = at;
                }
            }
            organisationsStart[i] = o;
            for (String id : e.organisations()) {
                Integer at = organisationAt.get(id);
                if (at != null) {
                    organisationsOfEvent[o++] = at;
                }
            }
            eventAt.putIfAbsent(e.id(), i);
            work.step();
        }
        peopleStart[events.length] = p;
        organisationsStart[events.length] = o;
    }

    /** A person's text: names, honorific and the titles of their positions. */
    private static String personText(Person p) {
        var sb = names(p.names());
        line(sb, p.honorific());
        for (Position position : p.positions()) {
            text(sb, position.title());
        }
        return sb.toString();
    }

    /** An event's text: title, description and the notes on the people at it. */
    private static String eventText(Event e) {
        var sb = text(names(e.title()), e.description());
        for (Attendance a : e.people()) {
            text(sb, a.note());
        }
        return sb.toString();
    }

    /** Folded texts of the events, by position in {@link Dataset#events()}; not to be written to. */
    public String[] events() {
        return events;
    }

    /** Folded texts of the people, by position in {@link Dataset#people()}; not to be written to. */
    public String[] people() {
        return people;
    }

    /** Folded texts of the organisations, by position in {@link Dataset#organisations()}; not to be written to. */
    public String[] organisations() {
        return organisations;
    }

    /** The position of the first event with this id, or -1. */
    public int eventAt(String id) {
        return eventAt.getOrDefault(id, -1);
    }

    /** The position of the first person with this id, or -1. */
    public int personAt(String id) {
        return personAt.getOrDefault(id, -1);
    }

    /** The position of the first organisation with this id, or -1. */
    public int organisationAt(String id) {
        return organisationAt.getOrDefault(id, -1);
    }

    /** Where the people of event {@code i} start in {@link #peopleOfEvent()}; entry {@code events} ends the last. */
    public int[] peopleStart() {
        return peopleStart;
    }

    /** The positions of the people at each event (those the dataset defines), event after event. */
    public int[] peopleOfEvent() {
        return peopleOfEvent;
    }

    /** Where the organisations of event {@code i} start in {@link #organisationsOfEvent()}. */
    public int[] organisationsStart() {
        return organisationsStart;
    }

    /** The positions of the organisations each event names (those the dataset defines), event after event. */
    public int[] organisationsOfEvent() {
        return organisationsOfEvent;
    }

    private static Map<String, Integer> positions(int n) {
        return new HashMap<>(Math.max(16, n * 2)); // only looked up: no order kept
    }

    /** The names, folded, each spelling once (a native name is often the Polish one): less to search. */
    private static StringBuilder names(Names names) {
        var sb = new StringBuilder();
        List<String> all = names.all();
        var folded = new ArrayList<String>(all.size());
        for (String n : all) {
            String f = TextFold.fold(n);
            if (!f.isEmpty() && !folded.contains(f)) {
                folded.add(f);
                sb.append(f).append('\n');
            }
        }
        return sb;
    }

    private static StringBuilder text(StringBuilder sb, Text text) {
        if (text != null) {
            line(sb, text.pl());
            line(sb, text.en());
        }
        return sb;
    }

    /** Appends the folded text and a line end: no word runs from one text into the next. */
    private static void line(StringBuilder sb, String s) {
        if (s != null && !s.isEmpty()) {
            sb.append(TextFold.fold(s)).append('\n');
        }
    }
}
