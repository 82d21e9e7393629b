package app.delegations.ui.filter;

import app.delegations.model.PlaceKind;
import app.delegations.model.PlaceRole;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * The filter's state at one moment, copied: the folded search words, the chosen countries, kinds, roles and
 * years, and the date range's ends (null: open). What a recompute applies to an index ({@link FilterResult});
 * immutable, so an update of the data can apply it off the UI thread while the user goes on choosing.
 */
record FilterState(List<String> words, Set<String> countries, Set<PlaceKind> kinds, Set<PlaceRole> roles,
                   LocalDate from, LocalDate to, Set<Integer> years) {

    /** Nothing chosen. */
    static final FilterState NONE = new FilterState(List.of(), Set.of(), Set.of(), Set.of(), null, null, Set.of());

    FilterState {
        words = List.copyOf(words);
        countries = Set.copyOf(countries);
        kinds = Set.copyOf(kinds);
        roles = Set.copyOf(roles);
        years = Set.copyOf(years);
    }
}
