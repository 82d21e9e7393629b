package app.delegations.ui.filter;

import app.delegations.index.DatasetIndex;
import app.delegations.index.PlaceEntry;
import app.delegations.model.Event;
import app.delegations.model.Organisation;
import app.delegations.model.Person;
import java.util.Arrays;
import java.util.List;

/**
 * What one search found, kind by kind ({@link SearchMatch} says how each kind matches), before the facets
 * narrow it: the counts of the line by the search box ("2 places · 1 event · 1 person") and an O(1) answer per
 * record. Immutable; safe from any thread. While nothing is searched ({@link #searching()} false) every count
 * is 0 and every record answers false.
 */
public final class SearchHits {
    /** No search. */
    public static final SearchHits NONE = new SearchHits(null, List.of(), new boolean[0], new boolean[0],
            new boolean[0], new boolean[0], new boolean[0], new boolean[0]);

    private final DatasetIndex idx;
    private final List<String> words;
    private final boolean[] places;
    private final boolean[] countries;
    private final boolean[] events;
    private final boolean[] found;
    private final boolean[] people;
    private final boolean[] organisations;
    private final int placeCount;
    private final int countryCount;
    private final int eventCount;
    private final int personCount;
    private final int organisationCount;

    /** The arrays are by position in the index's lists, and are not written to afterwards. */
    SearchHits(DatasetIndex idx, List<String> words, boolean[] places, boolean[] countries, boolean[] events,
               boolean[] found, boolean[] people, boolean[] organisations) {
        this.idx = idx;
        this.words = words;
        this.places = places;
        this.countries = countries;
        this.events = events;
        this.found = found;
        this.people = people;
        this.organisations = organisations;
        this.placeCount = count(places);
        this.countryCount = count(countries);
        this.eventCount = count(events);
        this.personCount = count(people);
        this.organisationCount = count(organisations);
    }

    /**
     * True when {@code other} (the same search on an update of the data) finds the same records at the same
     * positions: it answers as this one for every record the update did not change.
     */
    boolean sameAnswers(SearchHits other) {
        return words.equals(other.words) && Arrays.equals(places, other.places)
                && Arrays.equals(countries, other.countries) && Arrays.equals(events, other.events)
                && Arrays.equals(found, other.found) && Arrays.equals(people, other.people)
                && Arrays.equals(organisations, other.organisations);
    }

    /** True when the search has words. */
    public boolean searching() {
        return !words.isEmpty();
    }

    /** The folded words searched for. */
    public List<String> words() {
        return words;
    }

    /** How many places the search matches (by their own texts or their country's names). */
    public int placeCount() {
        return placeCount;
    }

    /** How many countries that have places the search matches by their code or names. */
    public int countryCount() {
        return countryCount;
    }

    /** How many events the search matches by their own texts. */
    public int eventCount() {
        return eventCount;
    }

    /** How many people the search matches. */
    public int personCount() {
        return personCount;
    }

    /** How many organisations the search matches by their own names and description. */
    public int organisationCount() {
        return organisationCount;
    }

    /** True when the search matches nothing of any kind (and has words). */
    public boolean none() {
        return searching() && placeCount + countryCount + eventCount + personCount + organisationCount == 0;
    }

    /** Whether the search matches the place (of this search's index). */
    public boolean place(PlaceEntry e) {
        return e.index() < places.length && places[e.index()];
    }

    /** Whether the search matches the event by its own texts. */
    public boolean event(Event e) {
        return at(events, idx == null ? -1 : idx.searchTexts().eventAt(e.id()));
    }

    /** Whether the search matches the event by its own texts, or a person at it, or an organisation it names. */
    public boolean eventFound(Event e) {
        return at(found, idx == null ? -1 : idx.searchTexts().eventAt(e.id()));
    }

    /** Whether the search matches the person. */
    public boolean person(Person p) {
        return at(people, idx == null ? -1 : idx.searchTexts().personAt(p.id()));
    }

    /** Whether the search matches the organisation by its own names and description. */
    public boolean organisation(Organisation o) {
        return at(organisations, idx == null ? -1 : idx.searchTexts().organisationAt(o.id()));
    }

    /** Per place by entry index, whether the search matches it; not to be written to. */
    boolean[] placeArray() {
        return places;
    }

    /** Per country of {@link DatasetIndex#countryCodes()}, whether the search matches it; not to be written to. */
    boolean[] countryArray() {
        return countries;
    }

    /** Per event, whether the search matches its own texts; not to be written to. */
    boolean[] eventArray() {
        return events;
    }

    /** Per person, whether the search matches them; not to be written to. */
    boolean[] personArray() {
        return people;
    }

    /** Per organisation, whether the search matches it; not to be written to. */
    boolean[] organisationArray() {
        return organisations;
    }

    /** The index searched, or null for {@link #NONE}. */
    DatasetIndex index() {
        return idx;
    }

    private static boolean at(boolean[] hits, int i) {
        return i >= 0 && i < hits.length && hits[i];
    }

    private static int count(boolean[] hits) {
        int n = 0;
        for (boolean b : hits) {
            if (b) {
                n++;
            }
        }
        return n;
    }
}
