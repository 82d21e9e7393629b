package app.delegations.ui.countries;

import app.delegations.index.DatasetIndex;
import app.delegations.index.PlaceEntry;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Every name of the places a filter left in each country, for an export: the table lists the first
 * {@link CountriesViewModel#MAX_NAMES} and "…", a file holds them all. Fixed to one filter and one dataset when made
 * (the predicate and the index do not change), listed on the first ask, on whatever thread asks (an export's).
 */
final class AllPlaceNames {
    private final Predicate<PlaceEntry> left;
    private final DatasetIndex index;
    private final Locale locale;
    private Map<String, String> byCode;

    AllPlaceNames(Predicate<PlaceEntry> left, DatasetIndex index, Locale locale) {
        this.left = left;
        this.index = index;
        this.locale = locale;
    }

    /** The names of the places left in the country {@code code}, comma-separated in the file's order; "" for none. */
    synchronized String of(String code) {
        if (byCode == null) {
            byCode = list();
        }
        return byCode.getOrDefault(code, "");
    }

    private Map<String, String> list() {
        List<String> codes = index.countryCodes();
        var names = new StringBuilder[codes.size()];
        int[] countryOf = index.columns().country();
        List<PlaceEntry> entries = index.entries();
        for (int i = 0; i < countryOf.length; i++) {
            int c = countryOf[i];
            if (left.test(entries.get(i))) {
                if (names[c] == null) {
                    names[c] = new StringBuilder();
                } else {
                    names[c].append(", ");
                }
                names[c].append(entries.get(i).place().names().in(locale));
            }
        }
        var map = new HashMap<String, String>();
        for (int i = 0; i < codes.size(); i++) {
            if (names[i] != null) {
                map.put(codes.get(i), names[i].toString());
            }
        }
        return map;
    }
}
