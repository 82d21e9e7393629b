package app.delegations.ui.filter;

import app.delegations.model.PlaceKind;
import app.delegations.model.PlaceRole;
import java.util.List;
import java.util.Set;

/**
 * What the user chose, as {@link FilterPass} reads it: the folded search words (all must match), per facet the
 * chosen values (alternatives; none chosen means any), and the places the date part leaves ({@link DatePass},
 * by entry index; null when no date part is set). The sets and array are read, never written, and only while a
 * pass runs, so the filter's live sets can be given without a copy.
 */
record FilterChoice(List<String> words, Set<String> countries, Set<PlaceKind> kinds, Set<PlaceRole> roles,
                    boolean[] dated) {

    /** Nothing chosen: every place is left. */
    static final FilterChoice NONE = new FilterChoice(List.of(), Set.of(), Set.of(), Set.of(), null);

    /** True when any part is set, i.e. the filter may leave out a place. */
    boolean any() {
        return !words.isEmpty() || !countries.isEmpty() || !kinds.isEmpty() || !roles.isEmpty() || dated != null;
    }
}
