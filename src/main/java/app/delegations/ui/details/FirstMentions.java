package app.delegations.ui.details;

import app.delegations.ui.details.Details.Evidence;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Where the detail pane shows each citation: once, at its first mention. The pane asks for the record's own
 * citations first, then for each fact in the order it lays them out; {@link #take} answers those not mentioned
 * before. So a citation supporting several fields of a record (the Polish name and the country) is shown at
 * the first of them only, and one repeated by a summary (the roles a place had at its meetings) is shown where
 * it first appeared; a later fact has no badge rather than a pointer such as "as cited above". Two citations
 * equal in every part (basis, passage, place in the source, reason) are one. Pure, no UI; one per layout.
 */
final class FirstMentions {
    private final Set<Evidence> mentioned = new HashSet<>();

    /** The citations of {@code list} not mentioned before, in order and without repeats; marks them mentioned. */
    List<Evidence> take(List<Evidence> list) {
        var fresh = new ArrayList<Evidence>(list.size());
        for (Evidence e : list) {
            if (mentioned.add(e)) {
                fresh.add(e);
            }
        }
        return fresh;
    }
}
