package app.delegations.model;

/** Why a fact is in the data. */
public enum Basis {
    /** The source says it, in the quoted passage. */
    STATED("stated"),
    /** Derived from what the source says; the citation's reason says how. */
    INFERRED("inferred"),
    /** Reference data the source does not give (native spellings, ISO codes, coordinates). */
    REFERENCE("reference");

    private final String json;

    Basis(String json) {
        this.json = json;
    }

    public String json() {
        return json;
    }
}
