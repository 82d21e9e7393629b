package app.delegations.ui.filter;

import app.delegations.index.PlaceEntry;
import app.delegations.index.DatasetIndex;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.delegations.model.Dataset;
import app.delegations.model.Event;
import app.delegations.model.Names;
import app.delegations.model.Place;
import app.delegations.model.PlaceKind;
import app.delegations.model.PlaceRole;
import app.delegations.ui.TestData;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FilterModelTest {
    private Dataset data;
    private DatasetIndex index;
    private FilterModel filter;

    @BeforeEach
    void setUp() {
        data = TestData.congress();
        index = DatasetIndex.build(data);
        filter = new FilterModel();
        filter.setIndex(index);
    }

    private List<String> left() {
        Predicate<PlaceEntry> p = filter.placePredicateProperty().get();
        return index.entries().stream().filter(p).map(PlaceEntry::id).toList();
    }

    private List<String> eventsLeft() {
        Predicate<Event> p = filter.eventPredicateProperty().get();
        return data.events().stream().filter(p).map(Event::id).toList();
    }

    @Test
    void whileTheFilterStaysOffTheEventPredicateStaysTheSame() {
        var before = filter.eventPredicateProperty().get();
        int[] changes = {0};
        filter.eventPredicateProperty().addListener(o -> changes[0]++);
        filter.setIndex(DatasetIndex.build(TestData.congress()));
        filter.searchTextProperty().set("");
        filter.clear();
        assertSame(before, filter.eventPredicateProperty().get());
        assertEquals(0, changes[0], "new data with the filter off does not lay the timeline out again");
        filter.searchTextProperty().set("kra");
        assertEquals(1, changes[0]);
        filter.clear();
        assertSame(FilterModel.EVERY_EVENT, filter.eventPredicateProperty().get());
    }

    @Test
    void clearingTheFiltersLeavesTheSearchAsTyped() {
        filter.searchTextProperty().set("k");
        List<String> searched = left();
        filter.countries().add("SK");
        assertTrue(filter.chosenProperty().get());
        filter.clearChosen();
        assertEquals("k", filter.searchTextProperty().get());
        assertTrue(filter.countries().isEmpty());
        assertFalse(filter.chosenProperty().get(), "nothing chosen");
        assertTrue(filter.activeProperty().get(), "the search still filters");
        assertEquals(searched, left());
    }

    @Test
    void withNoFilterEverythingIsLeft() {
        assertEquals(15, left().size());
        assertEquals(15, filter.matchCountProperty().get());
        assertEquals(15, filter.totalProperty().get());
        assertFalse(filter.activeProperty().get());
        assertEquals(7, eventsLeft().size());
    }

    @Test
    void searchIgnoresCaseAndDiacritics() {
        filter.searchTextProperty().set("krakow");
        assertEquals(List.of("krakow"), left());
        filter.searchTextProperty().set("KOSICE");
        assertEquals(List.of("kosice"), left());
        filter.searchTextProperty().set("koszyce");
        assertEquals(List.of("kosice"), left());
        assertTrue(filter.activeProperty().get());
        assertEquals(List.of("koszyce"), filter.searchWordsProperty().get());
    }

    @Test
    void searchFindsNativeNamesAliasesNotesAndCountries() {
        filter.searchTextProperty().set("Крагујевац");
        assertEquals(List.of("kragujevac"), left());
        filter.searchTextProperty().set("st. petersburg");
        assertEquals(List.of("saint-petersburg"), left());
        filter.searchTextProperty().set("banja luka"); // the note: its coordinates are of Banja Luka
        assertEquals(List.of("republika-srpska"), left());
        filter.searchTextProperty().set("serbia");
        assertEquals(List.of("kragujevac", "krusevac", "vranje"), left());
    }

    @Test
    void everyWordMustMatch() {
        filter.searchTextProperty().set("obwod zagora");
        assertEquals(List.of("stara-zagora-province"), left());
        filter.searchTextProperty().set("obwod xyz");
        assertEquals(List.of(), left());
        assertEquals(0, filter.matchCountProperty().get());
    }

    @Test
    void countryFacetLeavesThatCountrysPlaces() {
        filter.countries().add("RS");
        assertEquals(List.of("kragujevac", "krusevac", "vranje"), left());
        filter.countries().add("SK");
        assertEquals(List.of("kragujevac", "krusevac", "vranje", "kosice"), left());
    }

    @Test
    void facetCountsSayWhatChoosingAValueWouldLeave() {
        filter.kinds().add(PlaceKind.REGION);
        FacetCounts c = filter.countsProperty().get();
        // countries: regions per country (the kind facet applies, the country facet not)
        assertEquals(1, c.country("BG"));
        assertEquals(1, c.country("HR"));
        assertEquals(0, c.country("RS"));
        // kinds: ignoring the kind facet itself
        assertEquals(12, c.kind(PlaceKind.CITY));
        assertEquals(2, c.kind(PlaceKind.REGION));
        assertEquals(1, c.kind(PlaceKind.ENTITY));
        assertEquals(2, c.role(PlaceRole.PARTICIPANT));
        assertEquals(0, c.role(PlaceRole.HOST));
        // years: the events with a region among their participants (the congress names them all; the
        // summary inherits the conference's), counted in each year they cover
        assertEquals(eventsWithARegion(), c.year(2016));
    }

    @Test
    void roleFacetAndADayRange() {
        filter.roles().add(PlaceRole.PRESENTER);
        assertEquals(List.of("krakow"), left());
        filter.roles().clear();
        filter.roles().add(PlaceRole.HOST);
        assertEquals(List.of("saint-petersburg"), left());
        filter.roles().clear();
        filter.fromProperty().set(TestData.NOV_29);
        filter.toProperty().set(TestData.NOV_29);
        assertEquals(15, left().size(), "every place takes part in the congress, which runs on 29 November too");
        assertEquals(List.of("congress-2016", "visit-it-universities-2016-11-29", "visit-city-units-2016-11-29"),
                eventsLeft());
    }

    @Test
    void eventsFollowThePlacesLeftWithInheritedParticipants() {
        filter.countries().add("RS");
        // Serbian places are named in the congress, the visits and the conference, and through the conference
        // take part in the summary, which names no participants of its own; Kraków's presentations name only Kraków
        assertEquals(List.of("congress-2016", "visit-it-universities-2016-11-29", "visit-city-units-2016-11-29",
                "conference-smolny-2016-11-30", "governor-summary-2016-11-30"), eventsLeft());
        filter.searchTextProperty().set("krakow");
        assertEquals(List.of(), eventsLeft());
        filter.countries().clear();
        assertEquals(List.of("congress-2016", "conference-smolny-2016-11-30", "governor-summary-2016-11-30",
                "krakow-strategy-presentation-2016-11-30", "krakow-portals-presentation-2016-11-30"), eventsLeft(),
                "Kraków is in every event but the visits of 29 November");
    }

    private int eventsWithARegion() {
        return (int) data.events().stream().filter(e -> index.participants(e).stream()
                .anyMatch(id -> index.entry(id) != null && index.entry(id).place().kind() == PlaceKind.REGION)).count();
    }

    @Test
    void clearResetsEverythingAtOnce() {
        filter.searchTextProperty().set("kra");
        filter.countries().add("PL");
        filter.kinds().add(PlaceKind.CITY);
        int[] changes = {0};
        filter.placePredicateProperty().addListener((o, a, b) -> changes[0]++);
        filter.clear();
        assertEquals(1, changes[0], "one recomputation for the whole clear");
        assertEquals(15, left().size());
        assertEquals("", filter.searchTextProperty().get());
        assertFalse(filter.activeProperty().get());
    }

    @Test
    void filterSurvivesANewIndex() {
        filter.countries().add("RS");
        filter.setIndex(DatasetIndex.build(TestData.congress()));
        assertEquals(Set.of("RS"), Set.copyOf(filter.countries()));
        assertEquals(3, filter.matchCountProperty().get());
    }

    @Test
    void setCountriesReplacesTheChoice() {
        filter.countries().add("RS");
        filter.setCountries(Set.of("PL", "SK"));
        assertEquals(Set.of("PL", "SK"), Set.copyOf(filter.countries()));
        assertEquals(List.of("kosice", "krakow", "gdansk"), left());
    }

    /** The congress with one place's English name replaced. */
    private static Dataset renamed(Dataset d, String id, String en) {
        var places = d.places().stream().map(p -> !p.id().equals(id) ? p
                : new Place(p.id(), p.kind(), new Names(p.names().pl(), en, p.names().nativeName(),
                        p.names().aliases()), p.country(), p.coordinates(), p.note(), p.evidence())).toList();
        return new Dataset(d.schemaVersion(), d.sources(), d.countries(), places, d.venues(), d.organisations(),
                d.people(), d.events());
    }

    @Test
    void anUpdatePreparedOffTheUiThreadShowsWhatTheFilterShowsOnTheNewData() {
        filter.searchTextProperty().set("sofia");
        DatasetIndex after = DatasetIndex.build(renamed(data, "krakow", "Sofia Street"));
        FilterResult ready = filter.prepare(after);
        filter.updateIndex(after, ready);

        var fresh = new FilterModel();
        fresh.setIndex(after);
        fresh.searchTextProperty().set("sofia");
        index = after;
        assertSame(after, filter.index());
        assertEquals(fresh.matchCountProperty().get(), filter.matchCountProperty().get());
        assertEquals(fresh.countsProperty().get().countries(), filter.countsProperty().get().countries());
        assertEquals(fresh.countsProperty().get().years(), filter.countsProperty().get().years());
        assertTrue(filter.searchHitsProperty().get().sameAnswers(fresh.searchHitsProperty().get()));
        assertTrue(left().contains("krakow"), left().toString());
    }

    @Test
    void aChoiceMadeWhileAnUpdateIsPreparedAppliesToTheNewData() {
        DatasetIndex after = DatasetIndex.build(renamed(data, "krakow", "Sofia Street"));
        FilterResult ready = filter.prepare(after); // prepared with no search
        filter.searchTextProperty().set("sofia str");
        filter.updateIndex(after, ready);

        index = after;
        assertEquals(List.of("krakow"), left(), "the search typed meanwhile, on the new data");
        assertEquals(List.of("sofia", "str"), filter.searchWordsProperty().get());
    }
}
