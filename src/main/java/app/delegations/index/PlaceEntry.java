package app.delegations.index;

import app.delegations.model.Country;
import app.delegations.model.Place;
import app.delegations.model.PlaceRole;
import app.delegations.text.TextFold;
import java.util.Set;

/**
 * What the filter needs to know about one place, computed once per dataset and independent of the UI
 * language. Its sets are unmodifiable.
 *
 * @param index   position in {@link DatasetIndex#entries()} and in the {@link Columns}: filter results are
 *                looked up by it in O(1)
 * @param country the place's country, or null when the dataset does not define it
 * @param roles   every role the place is named with at any event (not roles inherited through a parent)
 * @param folded  all its names and its note, folded by {@link TextFold}, one per line
 * @param countryIndex  position of its country code in {@link DatasetIndex#countryCodes()}
 * @param roleMask      its roles as bits {@code 1 << role.ordinal()}
 */
public record PlaceEntry(int index, Place place, Country country, Set<PlaceRole> roles, String folded,
                         int countryIndex, int roleMask) {
    public String id() {
        return place.id();
    }
}
