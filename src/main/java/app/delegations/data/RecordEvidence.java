package app.delegations.data;

import app.delegations.model.Citation;
import app.delegations.model.Country;
import app.delegations.model.Dataset;
import app.delegations.model.Event;
import app.delegations.model.Organisation;
import app.delegations.model.Person;
import app.delegations.model.Place;
import app.delegations.model.Venue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A record's own evidence as the data format has it, for citing and for "no source yet": the citations of a
 * country, place, venue, organisation, person or event, the record with a citation added, the fields a
 * citation of each kind may name (the loader's own list, so a citation made here is never refused for its
 * fields), and the records that have no citation of their own. A record with an empty evidence list is valid:
 * it was recorded before its source was at hand.
 */
public final class RecordEvidence {
    private static final Map<Class<?>, Section<?>> SECTIONS = Map.of(Country.class, Section.COUNTRIES,
            Place.class, Section.PLACES, Venue.class, Section.VENUES, Organisation.class, Section.ORGANISATIONS,
            Person.class, Section.PEOPLE, Event.class, Section.EVENTS);
    private static final Map<Class<?>, Fields> FIELDS = Map.of(Country.class, RecordParsers.COUNTRY,
            Place.class, RecordParsers.PLACE, Venue.class, RecordParsers.VENUE, Organisation.class,
            RecordParsers.ORGANISATION, Person.class, RecordParsers.PERSON, Event.class, EventParser.EVENT);

    private RecordEvidence() {
    }

    /** True for the kinds of record that carry evidence: country, place, venue, organisation, person, event. */
    public static boolean cites(Record record) {
        return SECTIONS.containsKey(record.getClass());
    }

    /** The record's own citations (not its participants' or people's). */
    public static List<Citation> of(Record record) {
        return section(record).evidence().apply(record);
    }

    /** True when the record has no citation of its own: "no source yet". */
    public static boolean none(Record record) {
        return of(record).isEmpty();
    }

    /** The same record with {@code citation} after its own citations. */
    public static <T extends Record> T with(T record, Citation citation) {
        var evidence = new ArrayList<>(of(record));
        evidence.add(citation);
        Section<T> s = section(record);
        return s.withEvidence().apply(record, List.copyOf(evidence));
    }

    /**
     * The fields a citation of a record of {@code kind} may name, as the loader accepts them, in the format's
     * order: each field but {@code evidence}, each followed by its parts ({@code names}, {@code names.pl}, …).
     */
    public static List<String> citableFields(Class<? extends Record> kind) {
        Fields fields = FIELDS.get(kind);
        if (fields == null) {
            throw new IllegalArgumentException("a " + kind.getSimpleName() + " cites nothing");
        }
        var out = new ArrayList<String>();
        collect(fields, "", out);
        return List.copyOf(out);
    }

    /** The records with no citation of their own, in the order of the data: countries, places, venues,
     *  organisations, people, events. */
    public static List<Record> unsourced(Dataset data) {
        var out = new ArrayList<Record>();
        for (var list : List.of(data.countries(), data.places(), data.venues(), data.organisations(), data.people(),
                data.events())) {
            for (Record r : list) {
                if (none(r)) {
                    out.add(r);
                }
            }
        }
        return out;
    }

    private static void collect(Fields fields, String prefix, List<String> out) {
        for (String name : fields.names()) {
            if (name.equals("evidence")) {
                continue;
            }
            out.add(prefix + name);
            Fields nested = fields.nested(name);
            if (nested != null) {
                collect(nested, prefix + name + ".", out);
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> Section<T> section(T record) {
        Section<?> s = SECTIONS.get(record.getClass());
        if (s == null) {
            throw new IllegalArgumentException("a " + record.getClass().getSimpleName() + " has no evidence");
        }
        return (Section<T>) s;
    }
}
