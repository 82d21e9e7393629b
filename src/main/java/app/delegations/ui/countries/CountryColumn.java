package app.delegations.ui.countries;

import app.delegations.ui.common.ColumnSpec;
import app.delegations.ui.common.DataColumn;
import java.util.List;
import javafx.beans.Observable;

/** The columns of the Countries table; {@link #id()} is the column's node id and preference key. */
public enum CountryColumn implements DataColumn<CountryRow> {
    CODE("code", "countries.column.code", 64, Look.BADGE),
    NAME("countryName", "countries.column.name", 180, Look.TEXT),
    COUNT("count", "countries.column.count", 70, Look.NUMBER),
    PLACES("places", "countries.column.places", 360, Look.TEXT);

    private final ColumnSpec spec;

    CountryColumn(String id, String key, double width, Look look) {
        this.spec = new ColumnSpec(id, key, width, look);
    }

    @Override
    public ColumnSpec spec() {
        return spec;
    }

    @Override
    public String text(CountryRow row) {
        return row.text(this);
    }

    /** A file holds every place's name, where the table lists the first ones and "…". */
    @Override
    public Object value(CountryRow row) {
        if (this != PLACES) {
            return DataColumn.super.value(row);
        }
        String all = row.allPlaces();
        return all.isEmpty() ? null : all;
    }

    /** The count and the names change with the filter while the row is shown. */
    @Override
    public List<Observable> watched(CountryRow row) {
        return this == COUNT || this == PLACES ? List.of(row.placeCountProperty(), row.placesProperty()) : List.of();
    }
}
