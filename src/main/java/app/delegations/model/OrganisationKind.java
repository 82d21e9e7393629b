package app.delegations.model;

public enum OrganisationKind {
    ADMINISTRATION("administration"),
    CITY_UNIT("city-unit"),
    UNIVERSITY("university"),
    COMPANY("company"),
    FOUNDATION("foundation"),
    OTHER("other");

    private final String json;

    OrganisationKind(String json) {
        this.json = json;
    }

    public String json() {
        return json;
    }
}
