package app.delegations.ui.common;

import app.delegations.model.Country;
import app.delegations.model.Event;
import app.delegations.model.Organisation;
import app.delegations.model.Person;
import app.delegations.model.Place;
import app.delegations.model.Venue;

/**
 * The kinds of record New makes, in the order a chooser lists them, each with the message keys of its name, of
 * "New …" and of "Edit …" (whole phrases: Polish inflects them by the kind's gender).
 */
public enum RecordKind {
    PLACE(Place.class, "record.kind.place", "record.new.place", "record.edit.place"),
    COUNTRY(Country.class, "record.kind.country", "record.new.country", "record.edit.country"),
    EVENT(Event.class, "record.kind.event", "record.new.event", "record.edit.event"),
    PERSON(Person.class, "record.kind.person", "record.new.person", "record.edit.person"),
    ORGANISATION(Organisation.class, "record.kind.organisation", "record.new.organisation",
            "record.edit.organisation"),
    VENUE(Venue.class, "record.kind.venue", "record.new.venue", "record.edit.venue");

    private final Class<? extends Record> type;
    private final String nameKey;
    private final String newKey;
    private final String editKey;

    RecordKind(Class<? extends Record> type, String nameKey, String newKey, String editKey) {
        this.type = type;
        this.nameKey = nameKey;
        this.newKey = newKey;
        this.editKey = editKey;
    }

    /** The record class, e.g. {@code Place.class}. */
    public Class<? extends Record> type() {
        return type;
    }

    /** The kind's name ("Place"). */
    public String nameKey() {
        return nameKey;
    }

    /** "New place". */
    public String newKey() {
        return newKey;
    }

    /** "Edit place". */
    public String editKey() {
        return editKey;
    }

    /** The kind of a record class. */
    public static RecordKind of(Class<? extends Record> type) {
        for (RecordKind k : values()) {
            if (k.type == type) {
                return k;
            }
        }
        throw new IllegalArgumentException("no kind of record: " + type.getSimpleName());
    }
}
