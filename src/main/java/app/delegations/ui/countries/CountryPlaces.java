package app.delegations.ui.countries;

import app.delegations.index.DatasetIndex;
import app.delegations.index.PlaceEntry;
import app.delegations.ui.filter.FilterLeaves;
import app.delegations.ui.filter.FilterModel;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/** The names of the places the filter leaves in each country, as the Countries table lists them. */
final class CountryPlaces {
    private CountryPlaces() {
    }

    /**
     * By country code, the names (in {@code locale}, the file's order, comma-separated) of the places the filter
     * leaves, at most {@code max} and then "…", for the countries of {@code touched} (null: every country). Names
     * are collected only until each country has its {@code max}: on a large file that is a small part of it.
     */
    static Map<String, String> listed(FilterModel filter, DatasetIndex index, Locale locale, Set<String> touched,
                                      int max) {
        Predicate<PlaceEntry> left = filter.placePredicateProperty().get();
        List<String> codes = index.countryCodes();
        int[] need = new int[codes.size()];
        int[] have = new int[codes.size()];
        var names = new StringBuilder[codes.size()];
        int remaining = 0;
        for (int i = 0; i < codes.size(); i++) {
            boolean listed = touched == null || touched.contains(codes.get(i));
            need[i] = listed ? Math.min(FilterLeaves.placesIn(filter, codes.get(i)), max + 1) : 0;
            names[i] = new StringBuilder();
            if (need[i] > 0) {
                remaining++;
            }
        }
        int[] countryOf = index.columns().country();
        List<PlaceEntry> entries = index.entries();
        for (int i = 0; i < countryOf.length && remaining > 0; i++) {
            int c = countryOf[i];
            if (have[c] < need[c] && left.test(entries.get(i))) {
                if (have[c] > 0) {
                    names[c].append(", ");
                }
                names[c].append(have[c] == max ? "…" : entries.get(i).place().names().in(locale));
                if (++have[c] == need[c]) {
                    remaining--;
                }
            }
        }
        var byCode = new HashMap<String, String>();
        for (int i = 0; i < codes.size(); i++) {
            byCode.put(codes.get(i), names[i].toString());
        }
        return byCode;
    }
}
