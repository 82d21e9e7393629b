package app.delegations.ui.filter;

import app.delegations.model.PlaceKind;
import app.delegations.model.PlaceRole;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * What the user chose, as {@link FilterPass} reads it: the folded search words (all must match) and, per
 * facet, the chosen values (alternatives; none chosen means any). The sets are read, never written, and only
 * while a pass runs, so the filter's live sets can be given without a copy.
 */
record FilterChoice(List<String> words, Set<String> countries, Set<PlaceKind> kinds, Set<PlaceRole> roles,
                    Set<LocalDate> periods) {

    /** Nothing chosen: every place is left. */
    static final FilterChoice NONE = new FilterChoice(List.of(), Set.of(), Set.of(), Set.of(), Set.of());

    /** True when any part is set, i.e. the filter may leave out a place. */
    boolean any() {
        return !words.isEmpty() || !countries.isEmpty() || !kinds.isEmpty() || !roles.isEmpty() || !periods.isEmpty();
    }
}
