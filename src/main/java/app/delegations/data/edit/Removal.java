package app.delegations.data.edit;

import app.delegations.model.Country;
import app.delegations.model.Dataset;
import app.delegations.model.Event;
import app.delegations.model.Participation;
import app.delegations.model.Place;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What Edit › Delete of a record does to the records around it, by what the data format requires
 * (data/schema/delegations.schema.json):
 * <ul>
 * <li>a record that cannot exist without it goes too ({@link #dependants()}, each with its {@link Why}): the
 * sub-events of a deleted event (an event's {@code parent} is where it happened), the places of a deleted country
 * ({@code country} is required), and an event whose every listed participant is deleted (an event with no
 * participants takes its parent's, so keeping it would credit them with it; a top-level one would be a meeting
 * of nobody);</li>
 * <li>every other record that merely mentions it keeps everything else and loses only the mention
 * ({@link #unlinked()}, each with the {@link Link}s it loses): a place is taken off an event's participants,
 * a person off its people, an organisation off its organisations, an event's place or venue is left empty, as
 * are a venue's or an organisation's place and a position's organisation or place, and a deleted source's
 * citations leave every evidence list;</li>
 * <li>references to a record that goes too are treated the same way.</li>
 * </ul>
 * So deleting one partner city leaves the congress it attended, with its other partners, and every presentation
 * given by another place. {@link #change()} is one change: one undo puts back every record as it was.
 */
public record Removal(Record record, Map<Record, Why> dependants, Map<Record, Set<Link>> unlinked) {
    /** Why a record goes with the deleted one. */
    public enum Why {
        /** A sub-event of an event deleted. */
        PART_OF_EVENT,
        /** A place in a country deleted. */
        IN_COUNTRY,
        /** An event whose every listed participant is deleted. */
        NO_OTHER_PARTICIPANT
    }

    /** What a record that stays loses. */
    public enum Link {
        /** A place off an event's participants. */
        PARTICIPANT,
        /** A person off an event's people. */
        PERSON,
        /** An organisation off an event's organisations. */
        ORGANISATION,
        /** An event's place or venue left empty. */
        EVENT_PLACE,
        /** A venue's or organisation's place, or a person's position's organisation or place, left empty. */
        OTHER,
        /** A source's citations off the record's evidence. */
        CITATION
    }

    public Removal {
        dependants = Collections.unmodifiableMap(new LinkedHashMap<>(dependants));
        unlinked = Collections.unmodifiableMap(new LinkedHashMap<>(unlinked));
    }

    /** What deleting {@code record} from {@code data} does (both in the data's order). */
    public static Removal of(Dataset data, Record record) {
        List<Record> records = References.all(data).toList();
        var gone = new LinkedHashMap<References.Ref, Why>();
        References.Ref self = References.Ref.to(record);
        var goneRefs = new HashSet<References.Ref>();
        goneRefs.add(self);
        boolean more = true;
        while (more) { // a dependant's own dependants go too (a session's presentations; a country's places' events)
            more = false;
            for (Record r : records) {
                References.Ref ref = References.Ref.to(r);
                if (!goneRefs.contains(ref)) {
                    Why why = why(r, goneRefs);
                    if (why != null) {
                        gone.put(ref, why);
                        goneRefs.add(ref);
                        more = true;
                    }
                }
            }
        }
        var dependants = new LinkedHashMap<Record, Why>();
        var unlinked = new LinkedHashMap<Record, Set<Link>>();
        for (Record r : records) {
            References.Ref ref = References.Ref.to(r);
            if (gone.containsKey(ref)) {
                dependants.put(r, gone.get(ref));
            } else if (!ref.equals(self)) {
                Set<Link> links = Unlink.links(r, goneRefs);
                if (!links.isEmpty()) {
                    unlinked.put(r, links);
                }
            }
        }
        return new Removal(record, dependants, unlinked);
    }

    /**
     * The one change that does it: the records that stay, without their references to what goes; then what goes,
     * the last in the data's order first (an event's sub-events before it), the record itself last.
     */
    public Change change() {
        var refs = new HashSet<References.Ref>();
        refs.add(References.Ref.to(record));
        dependants.keySet().forEach(r -> refs.add(References.Ref.to(r)));
        var edits = new ArrayList<RecordEdit>();
        for (Record r : unlinked.keySet()) {
            edits.add(RecordEdit.replace(r, Unlink.without(r, refs)));
        }
        List<Record> going = new ArrayList<>(dependants.keySet());
        for (int i = going.size() - 1; i >= 0; i--) {
            edits.add(RecordEdit.remove(going.get(i)));
        }
        edits.add(RecordEdit.remove(record));
        return new Change(edits);
    }

    /** True when deleting the record touches no other record (nothing to ask about). */
    public boolean alone() {
        return dependants.isEmpty() && unlinked.isEmpty();
    }

    /** The records that stay but lose {@code link}, in the data's order. */
    public List<Record> unlinked(Link link) {
        return unlinked.entrySet().stream().filter(e -> e.getValue().contains(link)).map(Map.Entry::getKey)
                .toList();
    }

    private static Why why(Record r, Set<References.Ref> gone) {
        if (r instanceof Place p && gone.contains(new References.Ref(Country.class, p.country()))) {
            return Why.IN_COUNTRY;
        }
        if (r instanceof Event e) {
            if (e.parent() != null && gone.contains(new References.Ref(Event.class, e.parent()))) {
                return Why.PART_OF_EVENT;
            }
            if (!e.participants().isEmpty() && e.participants().stream().map(Participation::place)
                    .allMatch(id -> gone.contains(new References.Ref(Place.class, id)))) {
                return Why.NO_OTHER_PARTICIPANT;
            }
        }
        return null;
    }
}
