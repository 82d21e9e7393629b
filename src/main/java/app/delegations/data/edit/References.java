package app.delegations.data.edit;

import app.delegations.model.Attendance;
import app.delegations.model.Citation;
import app.delegations.model.Country;
import app.delegations.model.Dataset;
import app.delegations.model.Event;
import app.delegations.model.Organisation;
import app.delegations.model.Participation;
import app.delegations.model.Person;
import app.delegations.model.Place;
import app.delegations.model.Position;
import app.delegations.model.Source;
import app.delegations.model.Venue;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Who refers to whom, as the data format's references go: a place's country; a venue's place; an organisation's
 * place; a person's positions' organisations and places; an event's parent, venue, place, participating places,
 * people and organisations; and every citation's source (the evidence of a record, of an event's participants and
 * of its people). What a Delete takes off the records that stay, or takes along ({@link Removal}).
 */
public final class References {
    /** A reference: the kind of record referred to and its id (a country's code). */
    public record Ref(Class<? extends Record> kind, String id) {
        static Ref to(Record r) {
            return new Ref(r.getClass(), RecordEdit.id(r));
        }
    }

    private References() {
    }

    /** The records {@code record} refers to, in the order of its fields, each once. */
    public static Set<Ref> of(Record record) {
        var refs = new LinkedHashSet<Ref>();
        if (record instanceof Place p) {
            refs.add(new Ref(Country.class, p.country()));
            cited(refs, p.evidence());
        } else if (record instanceof Venue v) {
            add(refs, Place.class, v.place());
            cited(refs, v.evidence());
        } else if (record instanceof Organisation o) {
            add(refs, Place.class, o.place());
            cited(refs, o.evidence());
        } else if (record instanceof Person p) {
            for (Position position : p.positions()) {
                add(refs, Organisation.class, position.organisation());
                add(refs, Place.class, position.place());
            }
            cited(refs, p.evidence());
        } else if (record instanceof Event e) {
            add(refs, Event.class, e.parent());
            add(refs, Venue.class, e.venue());
            add(refs, Place.class, e.place());
            for (Participation p : e.participants()) {
                add(refs, Place.class, p.place());
                cited(refs, p.evidence());
            }
            for (Attendance a : e.people()) {
                add(refs, Person.class, a.person());
                cited(refs, a.evidence());
            }
            for (String o : e.organisations()) {
                add(refs, Organisation.class, o);
            }
            cited(refs, e.evidence());
        } else if (record instanceof Country c) {
            cited(refs, c.evidence());
        }
        return refs;
    }

    /** The records of {@code data} that refer to {@code record}, in the order of the data's lists. */
    public static List<Record> to(Dataset data, Record record) {
        Ref target = Ref.to(record);
        var out = new ArrayList<Record>();
        all(data).forEach(r -> {
            if (r != record && of(r).contains(target)) {
                out.add(r);
            }
        });
        return out;
    }

    /** Every record of {@code data}, list by list in the format's order. */
    public static Stream<Record> all(Dataset data) {
        return Stream.of(data.sources(), data.countries(), data.places(), data.venues(), data.organisations(),
                data.people(), data.events()).flatMap(l -> l.stream().map(r -> (Record) r));
    }

    private static void add(Set<Ref> refs, Class<? extends Record> kind, String id) {
        if (id != null) {
            refs.add(new Ref(kind, id));
        }
    }

    private static void cited(Set<Ref> refs, List<Citation> evidence) {
        for (Citation c : evidence) {
            add(refs, Source.class, c.source());
        }
    }
}
