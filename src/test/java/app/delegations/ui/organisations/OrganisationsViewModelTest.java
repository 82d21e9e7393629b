package app.delegations.ui.organisations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import app.delegations.data.Checkpoint;
import app.delegations.data.DatasetLoader;
import app.delegations.index.DatasetIndex;
import app.delegations.model.Dataset;
import app.delegations.model.Names;
import app.delegations.model.Organisation;
import app.delegations.model.OrganisationKind;
import app.delegations.model.PlaceKind;
import app.delegations.ui.TestData;
import app.delegations.ui.common.Messages;
import app.delegations.ui.common.Selection;
import app.delegations.ui.common.SortKey;
import app.delegations.ui.common.Tsv;
import app.delegations.ui.common.UiLanguage;
import app.delegations.ui.filter.FilterLeaves;
import app.delegations.ui.filter.FilterModel;
import java.util.List;
import org.junit.jupiter.api.Test;

class OrganisationsViewModelTest {
    private final FilterModel filter = new FilterModel();
    private final Selection selection = new Selection();
    private final OrganisationsViewModel vm = new OrganisationsViewModel(filter, selection);

    private void show(Dataset data, UiLanguage language) {
        DatasetIndex index = DatasetIndex.build(data);
        filter.setIndex(index);
        vm.setRows(OrganisationRow.build(index, Messages.of(language), Checkpoint.NONE));
    }

    private void showBundled(UiLanguage language) {
        show(new DatasetLoader().loadBundled().datasetOrNull(), language);
    }

    private List<String> ids() {
        return vm.items().stream().map(OrganisationRow::id).toList();
    }

    private List<String> names() {
        return vm.items().stream().map(OrganisationRow::name).toList();
    }

    @Test
    void theBundledOrganisationsSpeakTheUiLanguage() {
        showBundled(UiLanguage.POLISH);
        assertEquals(List.of("forum-of-slavic-cultures", "city-monitoring-centre", "saint-petersburg-authorities"),
                ids(), "the file's order");
        OrganisationRow centre = vm.items().get(1);
        assertEquals("Miejskie Centrum Monitoringu", centre.name());
        assertEquals("Jednostka miejska", centre.kind());
        assertEquals("Sankt Petersburg", centre.placeName());
        assertEquals("RU", centre.countryCode());
        OrganisationRow forum = vm.items().get(0);
        assertEquals("", forum.placeName(), "no place");
        assertNull(forum.place());
    }

    @Test
    void theSearchFindsAnOrganisationByItsNamesInAnyLanguageOrByItsPlace() {
        showBundled(UiLanguage.ENGLISH);
        filter.searchTextProperty().set("monitoringu");
        assertEquals(List.of("city-monitoring-centre"), ids(), "its Polish name, folded");
        filter.searchTextProperty().set("Правительство");
        assertEquals(List.of("saint-petersburg-authorities"), ids(), "its native name");
        filter.searchTextProperty().set("slovanskih");
        assertEquals(List.of("forum-of-slavic-cultures"), ids(), "one without a place: by its own names");
        filter.searchTextProperty().set("petersburg centre");
        assertEquals(List.of("city-monitoring-centre"), ids(), "each word in its names or in its place's");
        filter.searchTextProperty().set("russia");
        assertEquals(List.of("city-monitoring-centre", "saint-petersburg-authorities"), ids(), "its place's country");
        filter.searchTextProperty().set("");
        assertEquals(3, vm.items().size(), "the filter off: every organisation");
    }

    @Test
    void theFacetsApplyThroughThePlace() {
        showBundled(UiLanguage.ENGLISH);
        filter.countries().add("RU");
        assertEquals(List.of("city-monitoring-centre", "saint-petersburg-authorities"), ids(),
                "one without a place is left out while a facet is set");
        filter.countries().clear();
        filter.countries().add("PL");
        assertEquals(List.of(), ids());
        filter.countries().clear();
        filter.kinds().add(PlaceKind.CITY);
        assertEquals(List.of("city-monitoring-centre", "saint-petersburg-authorities"), ids());
        filter.searchTextProperty().set("authorities");
        assertEquals(List.of("saint-petersburg-authorities"), ids(), "the search and the facets both");
        filter.clear();
        assertEquals(3, vm.items().size());
    }

    @Test
    void polishSortPutsLBeforeL() {
        Dataset cities = TestData.polishCities();
        var organisations = List.of(
                organisation("zakopane-fund", "Zakopiańska Fundacja", "zakopane"),
                organisation("lodz-fund", "Łódzka Fundacja", "lodz"),
                organisation("lublin-fund", "Lubelska Fundacja", "lublin"));
        show(new Dataset(1, List.of(), cities.countries(), cities.places(), List.of(), organisations, List.of(),
                List.of()), UiLanguage.POLISH);
        vm.sort(List.of(new SortKey<>(OrganisationColumn.NAME, true)));
        assertEquals(List.of("Lubelska Fundacja", "Łódzka Fundacja", "Zakopiańska Fundacja"), names());
        vm.sort(List.of(new SortKey<>(OrganisationColumn.PLACE, false)));
        assertEquals(List.of("Zakopiańska Fundacja", "Łódzka Fundacja", "Lubelska Fundacja"), names());
        vm.sort(List.of());
        assertEquals(List.of("Zakopiańska Fundacja", "Łódzka Fundacja", "Lubelska Fundacja"), names(),
                "no sort: the file's order");
        filter.searchTextProperty().set("fundacja");
        vm.sort(List.of(new SortKey<>(OrganisationColumn.NAME, true)));
        assertEquals(List.of("Lubelska Fundacja", "Łódzka Fundacja", "Zakopiańska Fundacja"), names(),
                "sorted under the filter");
    }

    @Test
    void selectingARowSelectsTheOrganisation() {
        showBundled(UiLanguage.ENGLISH);
        vm.select(vm.items().get(2));
        assertEquals("saint-petersburg-authorities", ((Organisation) selection.get()).id());
    }

    @Test
    void copiesRowsAsTabSeparatedTextWithHeader() {
        showBundled(UiLanguage.ENGLISH);
        String tsv = Tsv.of(List.of(OrganisationColumn.values()), List.copyOf(vm.items()), Messages.of(UiLanguage.ENGLISH));
        assertEquals("Name\tKind\tPlace\n"
                + "Forum of Slavic Cultures Foundation\tFoundation\t\n"
                + "City Monitoring Centre\tCity unit\tSaint Petersburg\n"
                + "St. Petersburg city authorities\tPublic administration\tSaint Petersburg\n", tsv);
        String kindFirst = Tsv.of(List.of(OrganisationColumn.KIND, OrganisationColumn.NAME),
                List.of(vm.items().get(1)), Messages.of(UiLanguage.POLISH));
        assertEquals("Rodzaj\tNazwa\nCity unit\tCity Monitoring Centre\n", kindFirst,
                "the columns in the order shown, headers in the UI language");
    }

    private static Organisation organisation(String id, String name, String place) {
        return new Organisation(id, OrganisationKind.FOUNDATION, new Names(name, name, name), place, null, List.of());
    }


    @Test
    void theDetailPaneAndTheTableAgreeOnWhatTheFilterHides() {
        showBundled(UiLanguage.ENGLISH);
        Runnable agree = () -> {
            for (OrganisationRow r : vm.allRows()) {
                assertEquals(vm.items().contains(r), FilterLeaves.record(filter, r.organisation()),
                        r.id() + " with search '" + filter.searchTextProperty().get() + "' and countries "
                                + filter.countries());
            }
        };
        agree.run();
        filter.searchTextProperty().set("slovanskih");
        agree.run();
        filter.searchTextProperty().set("russia");
        agree.run();
        filter.countries().add("RU");
        agree.run();
        filter.searchTextProperty().set("");
        agree.run();
        filter.countries().clear();
        filter.kinds().add(PlaceKind.CITY);
        agree.run();
    }
}
