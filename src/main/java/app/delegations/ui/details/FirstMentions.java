package app.delegations.ui.details;

import app.delegations.ui.details.Details.Evidence;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where the detail pane shows each citation: once, at its first mention. The pane asks for the record's own
 * citations first, then for each fact in the order it lays them out; {@link #take} answers those not mentioned
 * before. So a citation supporting several fields of a record (the Polish name and the country) is shown at
 * the first of them only, and one repeated by a summary (the roles a place had at its meetings) where it first
 * appeared; a later fact has no badge rather than a pointer such as "as cited above", and the citation names
 * those later facts instead ({@link #alsoFor}). A citation is one object ({@link Citations} makes one
 * {@link Evidence} per citation of the data): another record's citation quoting the same words is shown at
 * its own fact. Pure, no UI; one per layout.
 */
final class FirstMentions {
    /** Each citation mentioned so far: the label of its first fact and those of the later facts it supports. */
    private final Map<Evidence, List<String>> mentioned = new IdentityHashMap<>();

    /**
     * The citations of a fact not mentioned before, in order and without repeats; marks them mentioned, and
     * notes {@code label} for those that were.
     *
     * @param label the fact's label, or null for the record as a whole
     */
    List<Evidence> take(List<Evidence> list, String label) {
        var fresh = new ArrayList<Evidence>(list.size());
        for (Evidence e : list) {
            List<String> labels = mentioned.get(e);
            if (labels == null) {
                labels = new ArrayList<>();
                labels.add(label);
                mentioned.put(e, labels);
                fresh.add(e);
            } else if (label != null && !labels.contains(label)) {
                labels.add(label);
            }
        }
        return fresh;
    }

    /** The labels of the facts after its first mention that the citation also supports, in order. */
    List<String> alsoFor(Evidence e) {
        List<String> labels = mentioned.get(e);
        return labels == null ? List.of() : List.copyOf(labels.subList(1, labels.size()));
    }
}
