package app.delegations.ui.filter;

import app.delegations.model.PlaceKind;
import app.delegations.model.PlaceRole;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * For each facet value, what the filter would leave if that value were chosen: for a country, kind or role, the
 * places matching every other part of the filter (search, dates and the other facets) that have the value; for a
 * year, the events in the date range covering a day of it that have a participant the rest of the filter leaves.
 * Unmodifiable; a value absent from a map counts 0.
 */
public record FacetCounts(Map<String, Integer> countries, Map<PlaceKind, Integer> kinds,
                          Map<PlaceRole, Integer> roles, Map<Integer, Integer> years) {
    public static final FacetCounts NONE = new FacetCounts(Map.of(), Map.of(), Map.of(), Map.of());

    /**
     * Counts are equal only when they are the same object: each recompute makes new ones and the views redraw
     * them anyway, and a property compares old and new values on every change, which must not cost a
     * comparison of every map.
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

    public int year(int year) {
        return years.getOrDefault(year, 0);
    }

    /** These counts with the year facet's counts replaced (by year, unmodifiable). */
    FacetCounts withYears(Map<Integer, Integer> yearCounts) {
        return new FacetCounts(countries, kinds, roles, yearCounts);
    }

    /**
     * The counts from arrays by position: countries as in {@code codes}, kinds and roles by ordinal; no year
     * counts yet ({@link #withYears}). Values counting 0 are left out.
     */
    static FacetCounts of(List<String> codes, int[] countryCounts, int[] kindCounts, int[] roleCounts) {
        var c = new HashMap<String, Integer>();
        for (int i = 0; i < codes.size(); i++) {
            if (countryCounts[i] > 0) {
                c.put(codes.get(i), countryCounts[i]);
            }
        }
        var k = new EnumMap<PlaceKind, Integer>(PlaceKind.class);
        for (PlaceKind kind : PlaceKind.values()) {
            if (kindCounts[kind.ordinal()] > 0) {
                k.put(kind, kindCounts[kind.ordinal()]);
            }
        }
        var r = new EnumMap<PlaceRole, Integer>(PlaceRole.class);
        for (PlaceRole role : PlaceRole.values()) {
            if (roleCounts[role.ordinal()] > 0) {
                r.put(role, roleCounts[role.ordinal()]);
            }
        }
        return new FacetCounts(Collections.unmodifiableMap(c), Collections.unmodifiableMap(k),
                Collections.unmodifiableMap(r), Map.of());
    }
}
