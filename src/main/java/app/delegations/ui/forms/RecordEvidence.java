package app.delegations.ui.forms;

import app.delegations.model.Citation;
import app.delegations.model.Country;
import app.delegations.model.Event;
import app.delegations.model.Organisation;
import app.delegations.model.Person;
import app.delegations.model.Place;
import app.delegations.model.Venue;
import java.util.List;

/** The citations of a record as a whole (of a data file's kinds; a source has none). */
final class RecordEvidence {
    private RecordEvidence() {
    }

    static List<Citation> of(Record r) {
        if (r instanceof Place p) {
            return p.evidence();
        } else if (r instanceof Country c) {
            return c.evidence();
        } else if (r instanceof Event e) {
            return e.evidence();
        } else if (r instanceof Person p) {
            return p.evidence();
        } else if (r instanceof Organisation o) {
            return o.evidence();
        } else if (r instanceof Venue v) {
            return v.evidence();
        }
        return List.of();
    }
}
