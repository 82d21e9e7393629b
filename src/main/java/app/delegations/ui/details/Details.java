package app.delegations.ui.details;

import app.delegations.model.Basis;
import app.delegations.model.Entity;
import java.util.List;

/**
 * What the detail pane shows about the selected record, in the UI language: a title, sections of facts, and
 * for each fact every citation that supports it (the pane shows each citation once, at its first mention). Built by {@code DetailsBuilder} for
 * {@link DetailsViewModel}; the view only lays it out.
 *
 * @param kind     what the record is ("City", "Presentation", "Country", "Foundation")
 * @param title    the record's name (or an event's title) in the UI language
 * @param subtitle the line under the title: the kind with the country, date or place ("City · Poland",
 *                 "Summary · 30 November 2016"), or a country's code and count of places ("RS · 3 places")
 * @param sections the groups of facts, in the order they are shown
 * @param evidence the citations for the record as a whole (that it exists and took part)
 * @param noSource true when the record has no citation of its own yet ("no source yet": an empty evidence list)
 */
public record Details(String kind, String title, String subtitle, List<Section> sections, List<Evidence> evidence,
                      boolean noSource) {

    public Details(String kind, String title, String subtitle, List<Section> sections, List<Evidence> evidence) {
        this(kind, title, subtitle, sections, evidence, false);
    }

    /** The same details, marked as of a record with no source yet. */
    public Details withNoSource() {
        return new Details(kind, title, subtitle, sections, evidence, true);
    }

    /**
     * A titled group of facts, in the order they are shown. {@code id} names it ("meetings", "names", "about", "events", ...;
     * the view gives its node the id {@code details-section-<id>}). A section present with no facts is shown
     * as such, saying the source names none; a section that does not apply to the record is left out of
     * {@link Details#sections()} instead.
     */
    public record Section(String id, String title, List<Fact> facts) {
    }

    /**
     * One fact: a label, its value, and the citations for it. {@code link} is a record the fact points to (an
     * event, a place, a country), opened when clicked, else null; {@code note} qualifies the value (e.g.
     * "through the Congress"), else null.
     */
    public record Fact(String label, String value, String note, List<Evidence> evidence, Entity link) {
        public Fact(String label, String value, List<Evidence> evidence) {
            this(label, value, null, evidence, null);
        }
    }

    /**
     * One citation, ready to show: {@code quote} is the passage (null for reference data), {@code explanation}
     * the reason for an inferred or reference fact, {@code source} the source's title in the UI language (its id
     * when the dataset has no such source; null when the citation names none); {@code start}/{@code end} locate
     * the quote in the source {@code sourceId} (-1 when there is no quote to locate). Two citations equal in every
     * part are the same citation: the pane shows it once ({@code FirstMentions}).
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
