package app.delegations.ui.filter;

import app.delegations.model.PlaceKind;
import app.delegations.model.PlaceRole;
import java.time.LocalDate;
import java.util.Map;

/**
 * For each facet value, how many places the filter would leave if that value were chosen: places matching
 * every other part of the filter (search and the other facets) that have the value.
 */
public record FacetCounts(Map<String, Integer> countries, Map<PlaceKind, Integer> kinds,
                          Map<PlaceRole, Integer> roles, Map<LocalDate, Integer> periods) {
    public static final FacetCounts NONE = new FacetCounts(Map.of(), Map.of(), Map.of(), Map.of());

    /**
     * Counts are equal only when they are the same object: each recompute makes new ones and the views redraw
     * them anyway. (A property compares old and new values on every change; comparing every map held the UI
     * thread for milliseconds when a 100,000-record file arrived.)
     */
    @Override
    public boolean equals(Object o) {
        return this == o;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }

    public int country(String code) {
        return countries.getOrDefault(code, 0);
    }

    public int kind(PlaceKind kind) {
        return kinds.getOrDefault(kind, 0);
    }

    public int role(PlaceRole role) {
        return roles.getOrDefault(role, 0);
    }

    public int period(LocalDate period) {
        return periods.getOrDefault(period, 0);
    }
}
