package app.delegations.index;

import app.delegations.text.TextFold;
import app.delegations.model.Country;
import app.delegations.model.Place;
import app.delegations.model.PlaceRole;
import java.time.LocalDate;
import java.util.Set;

/**
 * What the filter needs to know about one place, computed once per dataset (independent of the UI
 * language): its roles at events, the periods of the events it took part in, and its searchable text folded.
 *
 * @param index   position in {@link DatasetIndex#entries()}, used to look up filter results in O(1)
 * @param country the place's country, or null when the dataset does not define it
 * @param roles   every role the place has at any event (directly named as participant)
 * @param periods the {@link Granularity} buckets of the days of the events it attended (also via a parent)
 * @param folded  all its names and its note, folded by {@link
 *                app.delegations.text.TextFold}
 * @param countryIndex  position of its country code in {@link DatasetIndex#countryCodes()}
 * @param roleMask      its roles as bits {@code 1 << role.ordinal()}
 * @param periodIndices positions of its periods in {@link DatasetIndex#periods()}
 */
public record PlaceEntry(int index, Place place, Country country, Set<PlaceRole> roles, Set<LocalDate> periods,
                         String folded, int countryIndex, int roleMask, int[] periodIndices) {
    public String id() {
        return place.id();
    }
}
