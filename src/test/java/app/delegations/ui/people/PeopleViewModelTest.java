package app.delegations.ui.people;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.delegations.data.Checkpoint;
import app.delegations.index.DatasetIndex;
import app.delegations.model.Dataset;
import app.delegations.model.Names;
import app.delegations.model.Person;
import app.delegations.model.PlaceKind;
import app.delegations.ui.TestData;
import app.delegations.ui.common.Messages;
import app.delegations.ui.common.Selection;
import app.delegations.ui.common.SortKey;
import app.delegations.ui.common.Tsv;
import app.delegations.ui.common.UiLanguage;
import app.delegations.ui.filter.FilterLeaves;
import app.delegations.ui.filter.FilterModel;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The People table's rows on the bundled congress: what they say, what the filter leaves, sorting, copying. */
class PeopleViewModelTest {
    private static final String CONGRESS = "IV International Congress “St. Petersburg and the Slavic World”";
    private static final String SUMMARY = "The Governor of St. Petersburg sums up the conference";

    private final Dataset data = TestData.congress();
    private final FilterModel filter = new FilterModel();
    private final Selection selection = new Selection();
    private final PeopleViewModel vm = new PeopleViewModel(filter, selection);

    private void show(UiLanguage language) {
        show(data, language);
    }

    private void show(Dataset data, UiLanguage language) {
        DatasetIndex index = DatasetIndex.build(data);
        filter.setIndex(index);
        vm.setRows(PersonRow.build(index, Messages.of(language), Checkpoint.NONE));
    }

    private List<String> ids() {
        return vm.items().stream().map(PersonRow::id).toList();
    }

    private PersonRow row(String id) {
        return vm.allRows().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void theCongressHasTwoPeopleWithTheirPositionsEventsAndRoles() {
        show(UiLanguage.ENGLISH);
        assertEquals(List.of("poltavchenko", "rihter"), ids(), "the file's order");
        PersonRow governor = row("poltavchenko");
        assertEquals("Georgy Poltavchenko", governor.name());
        assertEquals("Governor of St. Petersburg", governor.positions());
        assertEquals("St. Petersburg city authorities", governor.organisations());
        assertEquals("Saint Petersburg", governor.placeNames());
        assertEquals("RU", governor.countryCode());
        assertEquals(SUMMARY + " — Speaker", governor.events());
        assertEquals(1, governor.eventCount());
        PersonRow rihter = row("rihter");
        assertEquals("dr Andreja Rihter", rihter.name(), "the honorific first");
        assertEquals("Director of the Forum of Slavic Cultures Foundation", rihter.positions());
        assertEquals("Forum of Slavic Cultures Foundation", rihter.organisations());
        assertEquals("", rihter.placeNames(), "the foundation names no place");
        assertEquals("", rihter.countryCode());
        assertEquals(CONGRESS + " — Honorary guest", rihter.events());
    }

    @Test
    void theRowsSpeakPolish() {
        show(UiLanguage.POLISH);
        assertEquals(List.of("Giorgij Połtawczenko", "dr Andreja Rihter"), vm.items().stream().map(PersonRow::name).toList());
        assertEquals("Gubernator St. Petersburga", row("poltavchenko").positions());
        assertEquals("Władze St. Petersburga", row("poltavchenko").organisations());
        assertEquals("Sankt Petersburg", row("poltavchenko").placeNames());
        assertEquals("Fundacja Forum Kultur Słowiańskich", row("rihter").organisations());
        assertEquals(data.event("congress-2016").orElseThrow().title().pl() + " — Gość honorowy", row("rihter").events());
    }

    @Test
    void theSearchFindsAPersonByNamePositionOrganisationPlaceOrNote() {
        show(UiLanguage.ENGLISH);
        filter.searchTextProperty().set("Rihter");
        assertEquals(List.of("rihter"), ids());
        filter.searchTextProperty().set("Połtawczenko");
        assertEquals(List.of("poltavchenko"), ids(), "the Polish spelling");
        filter.searchTextProperty().set("poltavchenko");
        assertEquals(List.of("poltavchenko"), ids(), "the English one");
        filter.searchTextProperty().set("Полтавченко");
        assertEquals(List.of("poltavchenko"), ids(), "the native one");
        filter.searchTextProperty().set("director");
        assertEquals(List.of("rihter"), ids(), "a position's title");
        filter.searchTextProperty().set("slovanskih");
        assertEquals(List.of("rihter"), ids(), "the native name of their organisation");
        filter.searchTextProperty().set("russia");
        assertEquals(List.of("poltavchenko"), ids(), "their place's country");
        filter.searchTextProperty().set("thanked");
        assertEquals(List.of("poltavchenko"), ids(), "their note at an event");
        filter.searchTextProperty().set("dr rihter");
        assertEquals(List.of("rihter"), ids(), "every word: the honorific and the name");
        filter.searchTextProperty().set("xyz");
        assertEquals(List.of(), ids());
        filter.searchTextProperty().set("");
        assertEquals(2, vm.items().size(), "the filter off: everybody");
    }

    @Test
    void theFacetsLeaveThePeopleAtTheEventsTheyLeaveOrWhosePlacePasses() {
        show(UiLanguage.ENGLISH);
        filter.countries().add("RU");
        assertEquals(List.of("poltavchenko", "rihter"), ids(), "the governor's place; the congress's host");
        filter.searchTextProperty().set("rihter");
        assertEquals(List.of("rihter"), ids(), "the search and the facets both, the search not in the event");
        filter.clear();
        filter.kinds().add(PlaceKind.CITY);
        assertEquals(List.of("poltavchenko", "rihter"), ids());
        filter.clear();
        filter.fromProperty().set(LocalDate.of(2016, 11, 29));
        filter.toProperty().set(LocalDate.of(2016, 11, 29));
        assertEquals(List.of("poltavchenko", "rihter"), ids(),
                "the congress falls on that day; Saint Petersburg, the governor's place, took part in an event that day");
        filter.clear();
        filter.fromProperty().set(LocalDate.of(2017, 1, 1));
        assertEquals(List.of(), ids(), "nobody met the city after the congress");
        filter.clear();
        filter.years().add(2016);
        assertEquals(List.of("poltavchenko", "rihter"), ids());
        filter.clear();
        assertEquals(2, vm.items().size());
    }

    @Test
    void aPersonWithNoEventAndNoPlaceFollowsTheSearchOnly() {
        var people = new ArrayList<>(data.people());
        people.add(new Person("guest", new Names("Jan Żółtowski", "Jan Zoltowski", "Jan Żółtowski"), null, List.of(), List.of()));
        show(new Dataset(data.schemaVersion(), data.sources(), data.countries(), data.places(), data.venues(),
                data.organisations(), people, data.events()), UiLanguage.ENGLISH);
        filter.searchTextProperty().set("zoltowski");
        assertEquals(List.of("guest"), ids(), "found by the search");
        filter.countries().add("RU");
        assertEquals(List.of(), ids(), "left out while a facet is set");
        filter.searchTextProperty().set("");
        assertEquals(List.of("poltavchenko", "rihter"), ids());
        filter.clear();
        assertEquals(List.of("poltavchenko", "rihter", "guest"), ids());
    }

    @Test
    void sortsByNameWithoutTheHonorificByEventsAndByCount() {
        show(UiLanguage.ENGLISH);
        vm.sort(List.of(new SortKey<>(PersonColumn.NAME, true)));
        assertEquals(List.of("rihter", "poltavchenko"), ids(), "Andreja before Georgy: not by the honorific");
        vm.sort(List.of(new SortKey<>(PersonColumn.NAME, false)));
        assertEquals(List.of("poltavchenko", "rihter"), ids());
        vm.sort(List.of(new SortKey<>(PersonColumn.EVENTS, true)));
        assertEquals(List.of("rihter", "poltavchenko"), ids(), "the congress begins on the 29th, the summary is on the 30th");
        vm.sort(List.of(new SortKey<>(PersonColumn.EVENT_COUNT, false), new SortKey<>(PersonColumn.PLACE, true)));
        assertEquals(List.of("poltavchenko", "rihter"), ids(),
                "one event each: then Saint Petersburg before no place, an empty cell last as spreadsheets sort");
        vm.sort(List.of(new SortKey<>(PersonColumn.EVENT_COUNT, false), new SortKey<>(PersonColumn.PLACE, false)));
        assertEquals(List.of("poltavchenko", "rihter"), ids(), "the empty place last descending too");
        vm.sort(List.of());
        assertEquals(List.of("poltavchenko", "rihter"), ids(), "no sort: the file's order");
        filter.searchTextProperty().set("petersburg");
        vm.sort(List.of(new SortKey<>(PersonColumn.NAME, true)));
        assertEquals(List.of("poltavchenko"), ids(), "sorted under the filter");
    }

    @Test
    void selectingARowSelectsThePerson() {
        show(UiLanguage.ENGLISH);
        vm.select(vm.items().get(1));
        assertEquals("rihter", ((Person) selection.get()).id());
    }

    @Test
    void copiesRowsAsTabSeparatedTextWithHeader() {
        show(UiLanguage.ENGLISH);
        String tsv = Tsv.of(List.of(PersonColumn.values()), List.copyOf(vm.items()), Messages.of(UiLanguage.ENGLISH));
        assertEquals("Name\tPositions\tOrganisation\tPlace\tEvents and roles\tNumber of events\n"
                + "Georgy Poltavchenko\tGovernor of St. Petersburg\tSt. Petersburg city authorities\tSaint Petersburg\t"
                + SUMMARY + " — Speaker\t1\n"
                + "dr Andreja Rihter\tDirector of the Forum of Slavic Cultures Foundation\t"
                + "Forum of Slavic Cultures Foundation\t\t" + CONGRESS + " — Honorary guest\t1\n", tsv);
        String polish = Tsv.of(List.of(PersonColumn.NAME, PersonColumn.EVENT_COUNT), List.of(vm.items().get(1)),
                Messages.of(UiLanguage.POLISH));
        assertEquals("Imię i nazwisko\tLiczba wydarzeń\ndr Andreja Rihter\t1\n", polish, "headers in the UI language");
    }

    @Test
    void theDetailPaneAndTheTableAgreeOnWhatTheFilterHides() {
        show(UiLanguage.ENGLISH);
        Runnable agree = () -> {
            for (PersonRow r : vm.allRows()) {
                assertEquals(vm.items().contains(r), FilterLeaves.record(filter, r.person()),
                        r.id() + " with search '" + filter.searchTextProperty().get() + "' and countries "
                                + filter.countries());
            }
        };
        agree.run();
        filter.searchTextProperty().set("rihter");
        agree.run();
        filter.searchTextProperty().set("petersburg");
        agree.run();
        filter.countries().add("PL");
        agree.run();
        filter.searchTextProperty().set("");
        agree.run();
        filter.countries().clear();
        filter.kinds().add(PlaceKind.REGION);
        agree.run();
    }
}
