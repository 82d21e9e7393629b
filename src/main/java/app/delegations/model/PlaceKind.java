package app.delegations.model;

/** What kind of place a delegation comes from. */
public enum PlaceKind {
    CITY("city"),
    /** A region, province, county or oblast. */
    REGION("region"),
    /** A political entity below a state that is not a region, e.g. Republika Srpska in Bosnia and Herzegovina. */
    ENTITY("entity");

    private final String json;

    PlaceKind(String json) {
        this.json = json;
    }

    public String json() {
        return json;
    }
}
