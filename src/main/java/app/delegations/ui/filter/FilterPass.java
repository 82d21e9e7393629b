package app.delegations.ui.filter;

import app.delegations.index.Columns;
import app.delegations.index.DatasetIndex;
import app.delegations.model.PlaceKind;
import app.delegations.model.PlaceRole;
import java.util.List;

/**
 * Applies a {@link FilterChoice} to an index in one pass over the places: which places the whole filter
 * leaves and, per facet value, how many places choosing that value would leave (the search and the other
 * facets applied, that facet not). Each place costs O(1) plus its roles: the chosen values are turned into
 * arrays and bit masks first, and the date part comes as one flag per place ({@link FilterChoice#dated}).
 * Keeps the last search ({@link SearchMatch}) so that typing on tests only the places left, and what the
 * search finds of the other kinds ({@link SearchHits}). Not thread-safe; plain Java, no JavaFX.
 */
final class FilterPass {
    /**
     * The result of one pass.
     *
     * @param matches per place by entry index, whether the filter leaves it; never written to after the pass
     * @param undated per place by entry index, whether the filter without its date part leaves it; the same
     * @param matched how many places are left
     * @param counts  per facet value, what choosing it would leave (no year counts: {@link DatePass})
     * @param active  whether any part of the filter is set
     * @param hits    what the search finds, kind by kind
     * @param placeFacets per place by entry index, whether the country, kind and role facets leave it (the search
     *                not applied), or null when none of them is set; never written to after the pass
     */
    record Outcome(boolean[] matches, boolean[] undated, int matched, FacetCounts counts, boolean active,
                   SearchHits hits, boolean[] placeFacets) {
    }

    private final SearchMatch search = new SearchMatch();

    /**
     * Takes {@code hits}, made by another pass on {@code idx} (an update prepared off the UI thread), as this
     * pass's last search, so that the next words that narrow it test only what it found.
     */
    void adopt(DatasetIndex idx, SearchHits hits) {
        search.adopt(idx, hits);
    }

    Outcome apply(DatasetIndex idx, FilterChoice choice) {
        int n = idx.entries().size();
        List<String> codes = idx.countryCodes();

        boolean anyCountry = !choice.countries().isEmpty();
        var countryChosen = new boolean[codes.size()];
        for (int i = 0; i < codes.size(); i++) {
            countryChosen[i] = choice.countries().contains(codes.get(i));
        }
        int kindMask = 0;
        for (PlaceKind k : choice.kinds()) {
            kindMask |= 1 << k.ordinal();
        }
        int roleMask = 0;
        for (PlaceRole r : choice.roles()) {
            roleMask |= 1 << r.ordinal();
        }
        boolean[] dated = choice.dated();
        SearchHits hits = search.hits(idx, choice.words());
        boolean[] searchOk = hits.searching() ? hits.placeArray() : null;
        // an event the search finds is shown when one of its places passes these facets
        var placeFacets = searchOk != null && (anyCountry || kindMask != 0 || roleMask != 0) ? new boolean[n] : null;

        Columns col = idx.columns();
        int[] countryOf = col.country();
        int[] kindOf = col.kind();
        int[] rolesOf = col.roles();
        var matches = new boolean[n];
        var undated = new boolean[n];
        var countryCounts = new int[codes.size()];
        var kindCounts = new int[PlaceKind.values().length];
        var roleCounts = new int[PlaceRole.values().length];
        int matched = 0;
        for (int i = 0; i < n; i++) {
            int country = countryOf[i];
            boolean c = !anyCountry || countryChosen[country];
            boolean k = kindMask == 0 || (kindMask & (1 << kindOf[i])) != 0;
            int placeRoles = rolesOf[i];
            boolean r = roleMask == 0 || (roleMask & placeRoles) != 0;
            if (placeFacets != null) {
                placeFacets[i] = c && k && r;
            }
            if (searchOk != null && !searchOk[i]) {
                continue; // no facet counts a place the search leaves out
            }
            boolean p = dated == null || dated[i];
            if (k && r && p) {
                countryCounts[country]++;
            }
            if (c && r && p) {
                kindCounts[kindOf[i]]++;
            }
            if (c && k && p) {
                for (int bits = placeRoles; bits != 0; bits &= bits - 1) {
                    roleCounts[Integer.numberOfTrailingZeros(bits)]++;
                }
            }
            undated[i] = c && k && r;
            if (c && k && r && p) {
                matches[i] = true;
                matched++;
            }
        }
        FacetCounts counts = FacetCounts.of(codes, countryCounts, kindCounts, roleCounts);
        return new Outcome(matches, undated, matched, counts, choice.any(), hits, placeFacets);
    }
}
