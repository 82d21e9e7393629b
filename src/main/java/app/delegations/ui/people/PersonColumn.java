package app.delegations.ui.people;

import app.delegations.ui.common.ColumnSpec;
import app.delegations.ui.common.DataColumn;

/** The columns of the People table; {@link #id()} is the column's node id and preference key. */
public enum PersonColumn implements DataColumn<PersonRow> {
    NAME("name", "people.column.name", 220, Look.MATCHES),
    POSITIONS("positions", "people.column.positions", 280, Look.MATCHES),
    ORGANISATION("organisation", "people.column.organisation", 240, Look.MATCHES),
    PLACE("place", "people.column.place", 180, Look.BADGE_AND_LABEL),
    EVENTS("events", "people.column.events", 320, Look.TEXT),
    EVENT_COUNT("eventCount", "people.column.eventCount", 70, Look.NUMBER);

    private final ColumnSpec spec;

    PersonColumn(String id, String key, double width, Look look) {
        this.spec = new ColumnSpec(id, key, width, look);
    }

    @Override
    public ColumnSpec spec() {
        return spec;
    }

    @Override
    public String text(PersonRow row) {
        return row.text(this);
    }

    /** The country code of the person's (first) place. */
    @Override
    public String badge(PersonRow row) {
        return row.countryCode();
    }

    /** Beside the country code badge, the names of the places. */
    @Override
    public String label(PersonRow row) {
        return this == PLACE ? row.placeNames() : row.text(this);
    }
}
