package app.delegations.ui.places;

import app.delegations.ui.common.ColumnSpec;
import app.delegations.ui.common.DataColumn;

/** The columns of the Places table; {@link #id()} is the column's node id and preference key. */
public enum PlaceColumn implements DataColumn<PlaceRow> {
    NAME("name", "places.column.name", 176, Look.MATCHES),
    NATIVE("native", "places.column.native", 180, Look.MATCHES),
    KIND("kind", "places.column.kind", 76, Look.TEXT),
    COUNTRY("country", "places.column.country", 212, Look.BADGE_AND_LABEL),
    ROLE("role", "places.column.role", 94, Look.TEXT);

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

    /** The country's code. */
    @Override
    public String badge(PlaceRow row) {
        return row.countryCode();
    }

    /** Beside the country's code badge, its name. */
    @Override
    public String label(PlaceRow row) {
        return this == COUNTRY ? row.country() : row.text(this);
    }
}
