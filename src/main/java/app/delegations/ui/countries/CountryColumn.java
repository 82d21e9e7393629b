package app.delegations.ui.countries;

/** The columns of the Countries table; {@link #id()} is the column's node id and preference key. */
public enum CountryColumn {
    CODE("code", "countries.column.code"),
    NAME("countryName", "countries.column.name"),
    COUNT("count", "countries.column.count"),
    PLACES("places", "countries.column.places");

    private final String id;
    private final String key;

    CountryColumn(String id, String key) {
        this.id = id;
        this.key = key;
    }

    public String id() {
        return id;
    }

    public String key() {
        return key;
    }
}
