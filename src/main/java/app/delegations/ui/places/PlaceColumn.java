package app.delegations.ui.places;

/** The columns of the Places table; {@link #id()} is the column's node id and preference key. */
public enum PlaceColumn {
    NAME("name", "places.column.name"),
    NATIVE("native", "places.column.native"),
    KIND("kind", "places.column.kind"),
    COUNTRY("country", "places.column.country"),
    ROLE("role", "places.column.role");

    private final String id;
    private final String key;

    PlaceColumn(String id, String key) {
        this.id = id;
        this.key = key;
    }

    public String id() {
        return id;
    }

    /** The message key of the header. */
    public String key() {
        return key;
    }
}
