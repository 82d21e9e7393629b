package app.delegations.data.edit;

import app.delegations.model.Attendance;
import app.delegations.model.Citation;
import app.delegations.model.Country;
import app.delegations.model.Event;
import app.delegations.model.Organisation;
import app.delegations.model.Participation;
import app.delegations.model.Person;
import app.delegations.model.Place;
import app.delegations.model.Position;
import app.delegations.model.Source;
import app.delegations.model.Venue;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A record that stays when others are deleted, without its references to them: what {@link Removal} takes off
 * (the references the data format lets go: the optional fields, and entries of lists), and what it found to take.
 */
final class Unlink {
    private Unlink() {
    }

    /** What {@code r} would lose if the records {@code gone} went (empty: it does not refer to them). */
    static Set<Removal.Link> links(Record r, Set<References.Ref> gone) {
        var links = EnumSet.noneOf(Removal.Link.class);
        if (References.of(r).stream().noneMatch(gone::contains)) {
            return links;
        }
        Set<References.Ref> records = gone.stream().filter(ref -> ref.kind() != Source.class)
                .collect(Collectors.toSet()); // a deleted source is a citation taken off, told apart
        Record kept = without(r, records);
        if (!kept.equals(r)) {
            if (r instanceof Event e && kept instanceof Event k) {
                if (k.participants().size() != e.participants().size()) {
                    links.add(Removal.Link.PARTICIPANT);
                }
                if (k.people().size() != e.people().size()) {
                    links.add(Removal.Link.PERSON);
                }
                if (k.organisations().size() != e.organisations().size()) {
                    links.add(Removal.Link.ORGANISATION);
                }
                if (!Objects.equals(k.place(), e.place()) || !Objects.equals(k.venue(), e.venue())) {
                    links.add(Removal.Link.EVENT_PLACE);
                }
            } else if (!(r instanceof Place) && !(r instanceof Country)) {
                links.add(Removal.Link.OTHER);
            }
        }
        if (citesGone(r, gone)) {
            links.add(Removal.Link.CITATION);
        }
        return links;
    }

    /** {@code r} without its references to the records {@code gone}. */
    static Record without(Record r, Set<References.Ref> gone) {
        if (r instanceof Place p) {
            return new Place(p.id(), p.kind(), p.names(), p.country(), p.coordinates(), p.note(),
                    cited(p.evidence(), gone));
        } else if (r instanceof Country c) {
            return new Country(c.code(), c.names(), cited(c.evidence(), gone));
        } else if (r instanceof Venue v) {
            return new Venue(v.id(), v.names(), keep(Place.class, v.place(), gone), v.coordinates(), v.description(),
                    cited(v.evidence(), gone));
        } else if (r instanceof Organisation o) {
            return new Organisation(o.id(), o.kind(), o.names(), keep(Place.class, o.place(), gone), o.description(),
                    cited(o.evidence(), gone));
        } else if (r instanceof Person p) {
            var positions = new ArrayList<Position>();
            for (Position x : p.positions()) {
                positions.add(new Position(x.title(), keep(Organisation.class, x.organisation(), gone),
                        keep(Place.class, x.place(), gone)));
            }
            return new Person(p.id(), p.names(), p.honorific(), positions, cited(p.evidence(), gone));
        } else if (r instanceof Event e) {
            return event(e, gone);
        }
        return r; // a source refers to nothing
    }

    private static Event event(Event e, Set<References.Ref> gone) {
        var participants = new ArrayList<Participation>();
        for (Participation p : e.participants()) {
            if (!gone.contains(new References.Ref(Place.class, p.place()))) {
                participants.add(new Participation(p.place(), p.role(), cited(p.evidence(), gone)));
            }
        }
        var people = new ArrayList<Attendance>();
        for (Attendance a : e.people()) {
            if (!gone.contains(new References.Ref(Person.class, a.person()))) {
                people.add(new Attendance(a.person(), a.role(), a.note(), cited(a.evidence(), gone)));
            }
        }
        List<String> organisations = e.organisations().stream()
                .filter(o -> !gone.contains(new References.Ref(Organisation.class, o))).toList();
        return new Event(e.id(), e.kind(), e.title(), keep(Event.class, e.parent(), gone), e.start(), e.end(),
                e.order(), keep(Venue.class, e.venue(), gone), keep(Place.class, e.place(), gone), e.description(),
                participants, people, organisations, cited(e.evidence(), gone));
    }

    private static String keep(Class<? extends Record> kind, String id, Set<References.Ref> gone) {
        return id != null && gone.contains(new References.Ref(kind, id)) ? null : id;
    }

    private static List<Citation> cited(List<Citation> evidence, Set<References.Ref> gone) {
        return evidence.stream().filter(c -> !cites(c, gone)).toList();
    }

    private static boolean cites(Citation c, Set<References.Ref> gone) {
        return c.source() != null && gone.contains(new References.Ref(Source.class, c.source()));
    }

    private static boolean citesGone(Record r, Set<References.Ref> gone) {
        return References.of(r).stream().anyMatch(ref -> ref.kind() == Source.class && gone.contains(ref));
    }
}
