package app.delegations.model;

public enum EventKind {
    CONGRESS("congress"),
    CONFERENCE("conference"),
    SESSION("session"),
    VISIT("visit"),
    PRESENTATION("presentation"),
    SUMMARY("summary"),
    MEETING("meeting"),
    OTHER("other");

    private final String json;

    EventKind(String json) {
        this.json = json;
    }

    public String json() {
        return json;
    }
}
