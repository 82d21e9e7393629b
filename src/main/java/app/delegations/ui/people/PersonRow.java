package app.delegations.ui.people;

import app.delegations.data.Checkpoint;
import app.delegations.data.LoadCancelled;
import app.delegations.data.Work;
import app.delegations.index.DatasetIndex;
import app.delegations.index.PlaceEntry;
import app.delegations.model.Person;
import app.delegations.model.Position;
import app.delegations.ui.common.Messages;
import app.delegations.ui.common.SameParts;
import app.delegations.ui.filter.PersonTies;
import app.delegations.ui.filter.PersonTies.Attended;
import java.text.CollationKey;
import java.text.Collator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One row of the People table in one UI language: the texts shown, their collation keys and the person's
 * {@link PersonTies} (what the filter asks), computed once (off the UI thread) so that sorting compares
 * precomputed keys and filtering tests a string. The name is shown after the honorific ("dr Andreja Rihter")
 * and sorted without it; the events are in date order, each with the person's role there.
 * Past 250 lines because an update's test of whether a row shows the same ({@link #rebuild}) must read the same
 * records as the texts the row is made of: the two are kept side by side.
 */
public final class PersonRow {
    /** Events by date: first day, then the order the source mentions them in; ties keep the file's order. */
    private static final Comparator<Attended> BY_DATE = Comparator.comparing((Attended a) -> a.event().start())
            .thenComparingInt(a -> a.event().order());

    private final PersonTies ties;
    private final int fileIndex;
    private final String name;
    private final CollationKey nameKey;
    private final String positions;
    private final CollationKey positionsKey;
    private final String organisations;
    private final CollationKey organisationsKey;
    private final String placeNames;
    private final CollationKey placeKey;
    private final String countryCode;
    private final String events;
    private final CollationKey eventsKey;
    /** The first day of the earliest event attended; null for none. */
    private final LocalDate firstDay;

    private PersonRow(PersonTies ties, int fileIndex, String name, CollationKey nameKey, String positions,
                      CollationKey positionsKey, String organisations, CollationKey organisationsKey,
                      String placeNames, CollationKey placeKey, String events, CollationKey eventsKey) {
        this.ties = ties;
        this.fileIndex = fileIndex;
        this.name = name;
        this.nameKey = nameKey;
        this.positions = positions;
        this.positionsKey = positionsKey;
        this.organisations = organisations;
        this.organisationsKey = organisationsKey;
        this.placeNames = placeNames;
        this.placeKey = placeKey;
        this.countryCode = ties.places().isEmpty() ? "" : ties.places().get(0).place().country();
        this.events = events;
        this.eventsKey = eventsKey;
        LocalDate first = null;
        for (Attended at : ties.events()) {
            if (first == null || at.event().start().isBefore(first)) {
                first = at.event().start();
            }
        }
        this.firstDay = first;
    }

    /**
     * Rows for every person of the index's dataset, in the file's order, with texts and keys in the given
     * language; asks {@code checkpoint} every {@link Work#CHECK_EVERY} rows and throws {@link LoadCancelled}
     * when it says the load is cancelled.
     */
    public static List<PersonRow> build(DatasetIndex index, Messages messages, Checkpoint checkpoint) {
        return rebuild(null, List.of(), index, messages, checkpoint);
    }

    /**
     * {@link #build} for {@code index}, an update of {@code before} whose rows (in the same language) are
     * {@code previous}: the row of {@code previous} is taken again, not made, for every person who is the same
     * object at the same position, with ties of the same objects (events, attendances, place entries) and the same
     * search text, and whose positions name the same organisation objects (all the row shows), so that it is
     * {@link #sameAs} the row it stands for.
     */
    public static List<PersonRow> rebuild(DatasetIndex before, List<PersonRow> previous, DatasetIndex index,
                                          Messages messages, Checkpoint checkpoint) {
        var was = new HashMap<String, PersonRow>(previous.size() * 2);
        for (PersonRow r : previous) {
            was.put(r.id(), r);
        }
        List<PersonTies> all = PersonTies.all(index, checkpoint);
        var work = new Work(checkpoint);
        Locale locale = messages.locale();
        Collator collator = Collator.getInstance(locale);
        collator.setStrength(Collator.TERTIARY);
        var shared = new HashMap<String, CollationKey>();
        var rows = new ArrayList<PersonRow>(all.size());
        for (PersonTies t : all) {
            Person p = t.person();
            PersonRow old = was.get(p.id());
            if (old != null && old.fileIndex == rows.size() && sameTies(old.ties, t)
                    && sameOrganisations(before, index, p)) {
                rows.add(old);
                work.step();
                continue;
            }
            String plainName = p.names().in(locale);
            String name = p.honorific() == null ? plainName : p.honorific() + " " + plainName;
            String positions = positions(p, locale);
            String organisations = organisations(index, p, locale);
            String places = places(t, locale);
            String events = events(t, messages);
            rows.add(new PersonRow(t, rows.size(), name, collator.getCollationKey(plainName), positions,
                    key(shared, collator, positions), organisations, key(shared, collator, organisations), places,
                    key(shared, collator, places), events, key(shared, collator, events)));
            work.step();
        }
        return rows;
    }

    /** True when the two ties are of the same objects, and so equal. */
    private static boolean sameTies(PersonTies a, PersonTies b) {
        if (a.person() != b.person() || a.events().size() != b.events().size()
                || a.places().size() != b.places().size() || !a.searchText().equals(b.searchText())) {
            return false;
        }
        for (int i = 0; i < a.events().size(); i++) {
            Attended x = a.events().get(i);
            Attended y = b.events().get(i);
            if (x.event() != y.event() || x.attendance() != y.attendance()) {
                return false;
            }
        }
        for (int i = 0; i < a.places().size(); i++) {
            if (!SameParts.entries(a.places().get(i), b.places().get(i))) {
                return false;
            }
        }
        return true;
    }

    /** True when the organisations the person's positions name are the same objects (or absent) in both. */
    private static boolean sameOrganisations(DatasetIndex before, DatasetIndex after, Person p) {
        for (Position pos : p.positions()) {
            String id = pos.organisation();
            if (id != null && before.dataset().organisation(id).orElse(null)
                    != after.dataset().organisation(id).orElse(null)) {
                return false;
            }
        }
        return true;
    }

    /** The titles of the positions, separated by "; ". */
    private static String positions(Person p, Locale locale) {
        var titles = new ArrayList<String>();
        for (Position pos : p.positions()) {
            titles.add(pos.title().in(locale));
        }
        return String.join("; ", titles);
    }

    /** The organisations of the positions, each once, separated by ", "; one the file does not define, by its id. */
    private static String organisations(DatasetIndex index, Person p, Locale locale) {
        var names = new LinkedHashSet<String>();
        for (Position pos : p.positions()) {
            if (pos.organisation() != null) {
                names.add(index.dataset().organisation(pos.organisation()).map(o -> o.names().in(locale))
                        .orElse(pos.organisation()));
            }
        }
        return String.join(", ", names);
    }

    private static String places(PersonTies t, Locale locale) {
        var names = new ArrayList<String>();
        for (PlaceEntry e : t.places()) {
            names.add(e.place().names().in(locale));
        }
        return String.join(", ", names);
    }

    /** "Congress — Honorary guest; Conference — Speaker": the events in date order, with the role at each. */
    private static String events(PersonTies t, Messages messages) {
        var attended = new ArrayList<>(t.events());
        attended.sort(BY_DATE);
        var parts = new ArrayList<String>(attended.size());
        for (Attended a : attended) {
            parts.add(messages.format("people.event.role", a.event().title().in(messages.locale()),
                    messages.label("person", a.attendance().role().json())));
        }
        return String.join("; ", parts);
    }

    private static CollationKey key(Map<String, CollationKey> shared, Collator collator, String s) {
        return shared.computeIfAbsent(s, collator::getCollationKey);
    }

    public Person person() {
        return ties.person();
    }

    public String id() {
        return ties.person().id();
    }

    /** The events, places and search text the filter asks about. */
    public PersonTies ties() {
        return ties;
    }

    /** The person's position in the file: the last tie-breaker of every sort. */
    int fileIndex() {
        return fileIndex;
    }

    /** The name in the UI language, after the honorific when there is one. */
    public String name() {
        return name;
    }

    /** The titles of the positions in the UI language, separated by "; ". */
    public String positions() {
        return positions;
    }

    /** The organisations of the positions, separated by ", ". */
    public String organisations() {
        return organisations;
    }

    /** The places of the positions ({@link PersonTies#places}) in the UI language, separated by ", ". */
    public String placeNames() {
        return placeNames;
    }

    /** The country code of the first place; empty without a place. */
    public String countryCode() {
        return countryCode;
    }

    /** The events in date order with the role at each ("Congress — Honorary guest; …"). */
    public String events() {
        return events;
    }

    /** How many events the person attends. */
    public int eventCount() {
        return ties.events().size();
    }

    /** The text of a column, as shown and copied. */
    public String text(PersonColumn column) {
        return switch (column) {
            case NAME -> name;
            case POSITIONS -> positions;
            case ORGANISATION -> organisations;
            case PLACE -> placeNames; // the code is the cell's badge, not its text (what is copied, exported, read aloud)
            case EVENTS -> events;
            case EVENT_COUNT -> Integer.toString(eventCount());
        };
    }

    /** Compares rows by one column's precomputed key; events by the first event's date, then their text. */
    static int compare(PersonColumn column, PersonRow a, PersonRow b) {
        return switch (column) {
            case NAME -> a.nameKey.compareTo(b.nameKey);
            case POSITIONS -> a.positionsKey.compareTo(b.positionsKey);
            case ORGANISATION -> a.organisationsKey.compareTo(b.organisationsKey);
            case PLACE -> a.placeKey.compareTo(b.placeKey);
            case EVENTS -> compareEvents(a, b);
            case EVENT_COUNT -> Integer.compare(a.eventCount(), b.eventCount());
        };
    }

    private static int compareEvents(PersonRow a, PersonRow b) {
        if (a.firstDay == null || b.firstDay == null) {
            return a.firstDay == null ? (b.firstDay == null ? 0 : 1) : -1; // people at no event last
        }
        int c = a.firstDay.compareTo(b.firstDay);
        return c != 0 ? c : a.eventsKey.compareTo(b.eventsKey);
    }

    /**
     * True when {@code other} (a row of the same person, in the same language) shows the same, at the same
     * position in the file, with the same ties the filter reads: an update keeps the old row then.
     */
    public boolean sameAs(PersonRow other) {
        return fileIndex == other.fileIndex && ties.equals(other.ties) && name.equals(other.name)
                && positions.equals(other.positions) && organisations.equals(other.organisations)
                && placeNames.equals(other.placeNames) && events.equals(other.events);
    }

    @Override
    public String toString() {
        return name;
    }
}
