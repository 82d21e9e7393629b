package app.delegations.ui.filter;

import app.delegations.model.PlaceKind;
import app.delegations.model.PlaceRole;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * For each facet value, how many places the filter would leave if that value were chosen: places matching
 * every other part of the filter (search and the other facets) that have the value. Unmodifiable; a value
 * absent from a map counts 0.
 */
public record FacetCounts(Map<String, Integer> countries, Map<PlaceKind, Integer> kinds,
                          Map<PlaceRole, Integer> roles, Map<LocalDate, Integer> periods) {
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

    public int period(LocalDate period) {
        return periods.getOrDefault(period, 0);
    }

    /**
     * The counts from arrays by position: countries as in {@code codes}, kinds and roles by ordinal, periods as
     * in {@code allPeriods}. Values counting 0 are left out.
     */
    static FacetCounts of(List<String> codes, int[] countryCounts, int[] kindCounts, int[] roleCounts,
                          List<LocalDate> allPeriods, int[] periodCounts) {
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
        var p = new TreeMap<LocalDate, Integer>();
        for (int i = 0; i < allPeriods.size(); i++) {
            if (periodCounts[i] > 0) {
                p.put(allPeriods.get(i), periodCounts[i]);
            }
        }
        return new FacetCounts(Collections.unmodifiableMap(c), Collections.unmodifiableMap(k),
                Collections.unmodifiableMap(r), Collections.unmodifiableMap(p));
    }
}
