package app.delegations.index;

import java.util.List;

/**
 * The filter's inputs per place as plain arrays, by {@link PlaceEntry#index()}: folded search text, country
 * position in {@link DatasetIndex#countryCodes()}, kind ordinal and role bits. A pass over every place reads only these
 * arrays, not one object per place.
 */
public record Columns(String[] folded, int[] country, int[] kind, int[] roles) {

    /** The columns of {@code entries}, which must be in {@link PlaceEntry#index()} order; linear in them. */
    static Columns of(List<PlaceEntry> entries) {
        int n = entries.size();
        var folded = new String[n];
        var country = new int[n];
        var kind = new int[n];
        var roles = new int[n];
        for (int i = 0; i < n; i++) {
            PlaceEntry e = entries.get(i);
            folded[i] = e.folded();
            country[i] = e.countryIndex();
            kind[i] = e.place().kind().ordinal();
            roles[i] = e.roleMask();
        }
        return new Columns(folded, country, kind, roles);
    }
}
