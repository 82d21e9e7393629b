package app.delegations.ui.organisations;

import app.delegations.ui.common.ColumnSpec;
import app.delegations.ui.common.DataColumn;

/** The columns of the Organisations table; {@link #id()} is the column's node id and preference key. */
public enum OrganisationColumn implements DataColumn<OrganisationRow> {
    NAME("name", "organisations.column.name", 280, Look.MATCHES),
    KIND("kind", "organisations.column.kind", 130, Look.TEXT),
    PLACE("place", "organisations.column.place", 220, Look.BADGE_AND_LABEL);

    private final ColumnSpec spec;

    OrganisationColumn(String id, String key, double width, Look look) {
        this.spec = new ColumnSpec(id, key, width, look);
    }

    @Override
    public ColumnSpec spec() {
        return spec;
    }

    @Override
    public String text(OrganisationRow row) {
        return row.text(this);
    }

    /** The place's country code. */
    @Override
    public String badge(OrganisationRow row) {
        return row.countryCode();
    }

    /** Beside the country code badge, the place's name. */
    @Override
    public String label(OrganisationRow row) {
        return this == PLACE ? row.placeName() : row.text(this);
    }
}
