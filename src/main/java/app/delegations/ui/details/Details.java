package app.delegations.ui.details;

import app.delegations.model.Entity;
import app.delegations.model.Basis;
import java.util.List;

/**
 * What the detail pane shows about the selected record, in the UI language: a title, sections of facts, and
 * for each fact the citations that support it. Built by {@link DetailsViewModel}; the view only lays it out.
 *
 * @param kind     what the record is ("City", "Presentation", "Country")
 * @param evidence the citations for the record as a whole (that it exists and took part)
 */
public record Details(String kind, String title, String subtitle, List<Section> sections, List<Evidence> evidence) {

    /** A titled group of facts; {@code empty} is what to say when there are none (null: hide the section). */
    public record Section(String id, String title, List<Fact> facts) {
    }

    /**
     * One fact: a label, its value, and the citations for it. {@code link} is a record the fact points to (an
     * event, a place), opened when clicked; {@code note} qualifies the value (e.g. "through the Congress").
     */
    public record Fact(String label, String value, String note, List<Evidence> evidence, Entity link) {
        public Fact(String label, String value, List<Evidence> evidence) {
            this(label, value, null, evidence, null);
        }
    }

    /**
     * One citation, ready to show: {@code quote} is the passage (null for reference data), {@code explanation}
     * the reason for an inferred or reference fact, {@code source} the source's title; {@code start}/{@code end}
     * locate the quote in the source {@code sourceId}.
     */
    public record Evidence(Basis basis, String basisLabel, String quote, String explanation, String sourceId,
                           String source, int start, int end) {
        public boolean inferred() {
            return basis == Basis.INFERRED;
        }

        public boolean hasQuote() {
            return quote != null && sourceId != null && start >= 0;
        }
    }
}
