package app.delegations.model;

/** A place's role at an event. */
public enum PlaceRole {
    HOST("host"),
    PARTICIPANT("participant"),
    /** The place whose representatives give a presentation. */
    PRESENTER("presenter");

    private final String json;

    PlaceRole(String json) {
        this.json = json;
    }

    public String json() {
        return json;
    }
}
