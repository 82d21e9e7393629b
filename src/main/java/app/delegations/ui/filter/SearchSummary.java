package app.delegations.ui.filter;

import app.delegations.ui.common.Messages;
import java.util.ArrayList;
import java.util.List;

/**
 * The line by the search box: what the search found, grouped by kind with counts, in the UI language and its
 * plural forms ("2 places · 1 event · 1 person", "2 miejsca · 1 wydarzenie · 1 osoba"). A kind it found none
 * of is left out; "nothing found" when it found nothing; empty while nothing is searched. The counts are
 * {@link SearchHits}'s: each kind's own matches, before the facets narrow them.
 */
public final class SearchSummary {
    private SearchSummary() {
    }

    /** The line for these hits. */
    public static String line(Messages m, SearchHits hits) {
        if (!hits.searching()) {
            return "";
        }
        if (hits.none()) {
            return m.get("search.found.none");
        }
        List<String> parts = new ArrayList<>(5);
        add(parts, m, "search.found.places", hits.placeCount());
        add(parts, m, "search.found.countries", hits.countryCount());
        add(parts, m, "search.found.events", hits.eventCount());
        add(parts, m, "search.found.people", hits.personCount());
        add(parts, m, "search.found.organisations", hits.organisationCount());
        return String.join(" · ", parts);
    }

    private static void add(List<String> parts, Messages m, String key, int n) {
        if (n > 0) {
            parts.add(m.count(key, n));
        }
    }
}
