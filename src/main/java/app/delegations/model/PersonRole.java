package app.delegations.model;

/** A person's role at an event. */
public enum PersonRole {
    HOST_OFFICIAL("host-official"),
    HONORARY_GUEST("honorary-guest"),
    SPEAKER("speaker"),
    PARTICIPANT("participant");

    private final String json;

    PersonRole(String json) {
        this.json = json;
    }

    public String json() {
        return json;
    }
}
