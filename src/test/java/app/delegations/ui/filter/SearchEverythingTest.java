package app.delegations.ui.filter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.delegations.index.DatasetIndex;
import app.delegations.index.PlaceEntry;
import app.delegations.model.Dataset;
import app.delegations.model.Event;
import app.delegations.model.Organisation;
import app.delegations.model.Person;
import app.delegations.ui.TestData;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The examples on the bundled congress: one search box finds each kind of record by its own texts in
 * every language, and each view shows its kind (Events and the timeline also the events of a person found).
 */
class SearchEverythingTest {
    private Dataset data;
    private FilterModel filter;

    @BeforeEach
    void setUp() {
        data = TestData.congress();
        filter = new FilterModel();
        filter.setIndex(DatasetIndex.build(data));
    }

    private SearchHits search(String text) {
        filter.searchTextProperty().set(text);
        return filter.searchHitsProperty().get();
    }

    /** places, countries, events, people, organisations: what the line by the search box counts */
    private static List<Integer> counts(SearchHits h) {
        return List.of(h.placeCount(), h.countryCount(), h.eventCount(), h.personCount(), h.organisationCount());
    }

    private List<String> eventsShown() {
        return data.events().stream().filter(filter.eventPredicateProperty().get()).map(Event::id).toList();
    }

    private List<String> placesShown() {
        return filter.index().entries().stream().filter(filter.placePredicateProperty().get()).map(PlaceEntry::id).toList();
    }

    private List<String> people(SearchHits h) {
        return data.people().stream().filter(h::person).map(Person::id).toList();
    }

    private List<String> organisationsShown() {
        return data.organisations().stream().filter(o -> FilterLeaves.record(filter, o)).map(Organisation::id).toList();
    }

    @Test
    void rihterFindsThePersonAndTheCongressSheSpokeAt() {
        SearchHits h = search("Rihter");
        assertEquals(List.of(0, 0, 0, 1, 0), counts(h), "one person, by her name");
        assertEquals(List.of("rihter"), people(h));
        assertEquals(List.of("congress-2016"), eventsShown(), "the Events view and the timeline show her congress");
        assertEquals(List.of(), placesShown());
    }

    @Test
    void smartCityFindsThePresentationInsteadOfEmptyingTheTimeline() {
        SearchHits h = search("Smart City");
        assertEquals(List.of(0, 0, 1, 0, 0), counts(h), "one event, by its title and description");
        assertEquals(List.of("krakow-strategy-presentation-2016-11-30"), eventsShown());
        assertTrue(h.event(data.event("krakow-strategy-presentation-2016-11-30").orElseThrow()));
    }

    @Test
    void theGovernorIsFoundInPolishAndInEnglish() {
        for (String spelling : List.of("Połtawczenko", "poltawczenko", "Poltavchenko")) {
            SearchHits h = search(spelling);
            assertEquals(List.of("poltavchenko"), people(h), spelling);
            assertEquals(List.of(0, 0, 1, 1, 0), counts(h), spelling + ": the person and the summary that names him");
            assertEquals(List.of("governor-summary-2016-11-30"), eventsShown(), spelling);
        }
        SearchHits nativeName = search("Полтавченко");
        assertEquals(List.of(0, 0, 0, 1, 0), counts(nativeName), "his native name is his; the summary's texts are pl and en");
        assertEquals(List.of("governor-summary-2016-11-30"), eventsShown(), "the summary, through him");
    }

    @Test
    void monitoringFindsTheVisitByItsDescriptionAndTheCentreByItsName() {
        SearchHits h = search("monitoring");
        assertEquals(List.of(0, 0, 1, 0, 1), counts(h));
        assertEquals(List.of("visit-city-units-2016-11-29"), eventsShown());
        assertEquals(List.of("city-monitoring-centre"), organisationsShown());
    }

    @Test
    void placeSearchesWorkAsBeforeAndBringTheirEvents() {
        SearchHits h = search("serbia kru");
        assertEquals(List.of("krusevac"), placesShown(), "a country's names count as its places' own");
        assertEquals(1, h.placeCount());
        assertEquals(0, h.countryCount(), "no country holds both words");
        assertEquals(Set.of("congress-2016", "visit-it-universities-2016-11-29", "visit-city-units-2016-11-29",
                "conference-smolny-2016-11-30", "governor-summary-2016-11-30"), Set.copyOf(eventsShown()),
                "Kruševac's events, the summary through its parent's participants");
        SearchHits serbia = search("serbia");
        assertEquals(1, serbia.countryCount());
        assertEquals(3, serbia.placeCount(), "Kragujevac, Kruševac, Vranje (Republika Srpska is in Bosnia)");
    }

    @Test
    void aTickedCountryNarrowsTheEventsTheSearchFinds() {
        search("Smart City");
        filter.setCountries(Set.of("RS"));
        assertEquals(List.of(), eventsShown(), "Kraków's presentation has no Serbian participant");
        filter.setCountries(Set.of("PL"));
        assertEquals(List.of("krakow-strategy-presentation-2016-11-30"), eventsShown());
        search("Rihter");
        assertEquals(List.of("congress-2016"), eventsShown(), "the congress has Polish participants");
    }

    @Test
    void anEmptySearchFindsNothingAndCountsNothing() {
        SearchHits h = search("  ");
        assertFalse(h.searching());
        assertEquals(List.of(0, 0, 0, 0, 0), counts(h));
        assertEquals(data.events().size(), eventsShown().size());
        assertTrue(search("zzzz").none());
        assertEquals(List.of(), eventsShown());
    }
}
