package app.delegations.ui.figures;

/** The charts of the Figures view, each with the node id of its chooser button and the message key of its title. */
public enum Figure {
    /** The places the filter leaves, per country. */
    COUNTRIES("figureCountries", "figures.countries"),
    /** The events the filter leaves per year, or per month when they span less than two years. */
    TIME("figureTime", "figures.years"),
    /** The events the filter leaves per kind. */
    KINDS("figureKinds", "figures.kinds"),
    /** The places the filter leaves that met most often (their events, as the details list them). */
    PARTNERS("figurePartners", "figures.partners");

    private final String id;
    private final String key;

    Figure(String id, String key) {
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
