package app.delegations.data.edit;

import app.delegations.model.Country;
import app.delegations.model.Event;
import app.delegations.model.Organisation;
import app.delegations.model.Person;
import app.delegations.model.Place;
import app.delegations.model.Source;
import app.delegations.model.Venue;

import java.util.Objects;
import java.util.Set;

/**
 * One record added, replaced or removed: {@code before} is null for a new record, {@code after} is null for a
 * removed one. Both, when given, are records of one kind with one id (a country's code): an id is never changed
 * by an edit. The kinds are those a data file holds: country, place, venue, organisation, person, event, source.
 */
public record RecordEdit(Record before, Record after) {
    private static final Set<Class<?>> KINDS = Set.of(Country.class, Place.class, Venue.class,
            Organisation.class, Person.class, Event.class, Source.class);

    public RecordEdit {
        if (before == null && after == null) {
            throw new IllegalArgumentException("an edit needs a record before or after it");
        }
        Record some = after != null ? after : before;
        if (!KINDS.contains(some.getClass())) {
            throw new IllegalArgumentException("not a record of a data file: " + some.getClass().getSimpleName());
        }
        if (before != null && after != null
                && (before.getClass() != after.getClass() || !id(before).equals(id(after)))) {
            throw new IllegalArgumentException("an edit keeps the record's kind and id: " + id(before)
                    + " -> " + id(after));
        }
    }

    /** A new record. */
    public static RecordEdit add(Record record) {
        return new RecordEdit(null, Objects.requireNonNull(record, "record"));
    }

    /** A record replaced by another of the same kind and id. */
    public static RecordEdit replace(Record before, Record after) {
        return new RecordEdit(Objects.requireNonNull(before, "before"), Objects.requireNonNull(after, "after"));
    }

    /** A record removed. */
    public static RecordEdit remove(Record record) {
        return new RecordEdit(Objects.requireNonNull(record, "record"), null);
    }

    /** The edited record's kind. */
    public Class<? extends Record> kind() {
        return (after != null ? after : before).getClass();
    }

    /** The edited record's id (a country's code). */
    public String id() {
        return id(after != null ? after : before);
    }

    /** The edit that undoes this one. */
    public RecordEdit inverse() {
        return new RecordEdit(after, before);
    }

    /** The id of a record of a data file (a country's code). */
    public static String id(Record r) {
        if (r instanceof Country c) {
            return c.code();
        } else if (r instanceof Place p) {
            return p.id();
        } else if (r instanceof Venue v) {
            return v.id();
        } else if (r instanceof Organisation o) {
            return o.id();
        } else if (r instanceof Person p) {
            return p.id();
        } else if (r instanceof Event e) {
            return e.id();
        } else if (r instanceof Source s) {
            return s.id();
        }
        throw new IllegalArgumentException("not a record of a data file: " + r.getClass().getSimpleName());
    }
}
