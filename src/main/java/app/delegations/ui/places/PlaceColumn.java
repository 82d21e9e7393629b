package app.delegations.ui.places;

import app.delegations.ui.common.ColumnSpec;
import app.delegations.ui.common.DataColumn;

/**
 * The columns of the Places table; {@link #id()} is the column's node id and preference key. The meetings and the
 * latest meeting are the place's whole history in the archive, whatever the filter (README, "Places").
 */
public enum PlaceColumn implements DataColumn<PlaceRow> {
    NAME("name", "places.column.name", 176, Look.MATCHES),
    NATIVE("native", "places.column.native", 180, Look.MATCHES),
    KIND("kind", "places.column.kind", 76, Look.TEXT),
    COUNTRY("country", "places.column.country", 212, Look.BADGE_AND_LABEL),
    /** How many events the place took part in: a number. */
    MEETINGS("meetings", "places.column.meetings", 80, Look.NUMBER),
    /** The days of its latest meeting: a span of days, two date cells in a spreadsheet. */
    LAST_MEETING("lastMeeting", "places.column.lastMeeting", 170, Look.TEXT),
    ROLE("role", "places.column.role", 150, Look.TEXT);

    private final ColumnSpec spec;

    PlaceColumn(String id, String key, double width, Look look) {
        this.spec = new ColumnSpec(id, key, width, look);
    }

    @Override
    public ColumnSpec spec() {
        return spec;
    }

    @Override
    public String text(PlaceRow row) {
        return row.text(this);
    }

    /** The country's code, shown as a badge beside its name (the name alone is copied and exported). */
    @Override
    public String badge(PlaceRow row) {
        return row.countryCode();
    }

    /** The last meeting is a span of days in a spreadsheet (its first and last day as dates). */
    @Override
    public Type type() {
        return this == LAST_MEETING ? Type.DAYS : DataColumn.super.type();
    }

    /** The last meeting's days (null when the place had none); the meetings as a number. */
    @Override
    public Object value(PlaceRow row) {
        return switch (this) {
            case LAST_MEETING -> row.latest();
            case MEETINGS -> row.meetings();
            default -> DataColumn.super.value(row);
        };
    }

}
