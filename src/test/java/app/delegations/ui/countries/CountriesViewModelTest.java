package app.delegations.ui.countries;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.delegations.model.Dataset;
import app.delegations.ui.TestData;
import app.delegations.ui.common.Messages;
import app.delegations.ui.common.Selection;
import app.delegations.ui.common.SortKey;
import app.delegations.ui.common.Tsv;
import app.delegations.ui.common.UiLanguage;
import app.delegations.index.DatasetIndex;
import app.delegations.ui.filter.FilterModel;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CountriesViewModelTest {
    private final Dataset data = TestData.congress();
    private final FilterModel filter = new FilterModel();
    private final Selection selection = new Selection();
    private final CountriesViewModel vm = new CountriesViewModel(filter, selection);

    @BeforeEach
    void setUp() {
        DatasetIndex index = DatasetIndex.build(data);
        filter.setIndex(index);
        vm.setData(index, Messages.of(UiLanguage.ENGLISH));
    }

    private CountryRow row(String code) {
        return vm.allRows().stream().filter(r -> r.code().equals(code)).findFirst().orElseThrow();
    }

    @Test
    void listsEveryCountryWithItsPlaces() {
        assertEquals(8, vm.items().size());
        assertEquals(3, row("RS").placeCount());
        assertEquals("Kragujevac, Kruševac, Vranje", row("RS").places());
        assertEquals("Bosnia and Herzegovina", row("BA").name());
        assertEquals(4, row("BG").placeCount());
    }

    @Test
    void anExportHoldsEveryPlaceOfACountryWhereTheTableListsTheFirstOnes() {
        var many = DatasetIndex.build(TestData.withPolishTowns(data, 40)); // 42 places in Poland
        filter.setIndex(many);
        vm.setData(many, Messages.of(UiLanguage.ENGLISH));
        String shown = row("PL").places();
        assertTrue(shown.endsWith(", …"), shown);
        assertEquals(CountriesViewModel.MAX_NAMES + 1, shown.split(", ").length);

        Object exported = CountryColumn.PLACES.value(row("PL"));
        List<String> names = List.of(((String) exported).split(", "));
        assertEquals(42, names.size(), "every place, no \"…\"");
        assertEquals(List.of("Kraków", "Gdańsk", "Town 1"), names.subList(0, 3), "in the file's order");
        assertEquals("Town 40", names.get(41));

        filter.searchTextProperty().set("town 1");
        assertTrue(row("PL").placeCount() < CountriesViewModel.MAX_NAMES);
        assertEquals(row("PL").places(), CountryColumn.PLACES.value(row("PL")),
                "only the places the filter leaves: those the table lists when they are few");
        assertNull(CountryColumn.PLACES.value(row("RS")), "a country the search leaves no place in: an empty cell");
    }

    @Test
    void followsTheWholeFilterCountryFacetIncluded() {
        filter.searchTextProperty().set("krakow");
        assertEquals(List.of("PL"), codes());
        assertEquals("Kraków", row("PL").places());
        filter.searchTextProperty().set("");
        filter.countries().add("RS");
        assertEquals(List.of("RS"), codes(), "only the countries the filter leaves places in, as in Places");
        assertEquals(3, row("RS").placeCount());
        assertEquals(0, row("BG").placeCount(), "the filter leaves no place in Bulgaria");
        assertEquals("", row("BG").places());
        filter.countries().add("SK");
        assertEquals(List.of("RS", "SK"), codes());
        filter.clear();
        assertEquals(8, vm.items().size());
        assertEquals(4, row("BG").placeCount());
    }

    @Test
    void thePlacesLeftAreThoseThePlacesTableShows() {
        filter.countries().add("BG");
        filter.searchTextProperty().set("sofia");
        assertEquals(List.of("BG"), codes());
        assertEquals(1, row("BG").placeCount());
        assertEquals("Sofia", row("BG").places());
        assertEquals(1, filter.matchCountProperty().get());
    }

    @Test
    void selectingARowSelectsTheCountryAndLeavesTheFilterAlone() {
        vm.select(row("RS"));
        assertEquals(data.country("RS").orElseThrow(), selection.get());
        assertEquals(Set.of(), Set.copyOf(filter.countries()));
        assertEquals(15, filter.matchCountProperty().get());
    }

    @Test
    void rowsAreInTheLanguagesAlphabeticalOrder() {
        assertEquals(List.of("Bosnia and Herzegovina", "Bulgaria", "Croatia", "Poland", "Russia", "Serbia",
                "Slovakia", "Slovenia"), names());
        vm.setData(DatasetIndex.build(data), Messages.of(UiLanguage.POLISH));
        assertEquals(List.of("Bośnia i Hercegowina", "Bułgaria", "Chorwacja", "Polska", "Rosja", "Serbia",
                "Słowacja", "Słowenia"), names());
    }

    @Test
    void polishLettersSortWhereAPolishReaderLooksForThem() {
        Dataset baltic = TestData.countries("LV|Łotwa|Latvia", "LT|Litwa|Lithuania", "EE|Estonia|Estonia",
                "AT|Austria|Austria", "SE|Szwecja|Sweden", "CH|Szwajcaria|Switzerland");
        vm.setData(DatasetIndex.build(baltic), Messages.of(UiLanguage.POLISH));
        assertEquals(List.of("Austria", "Estonia", "Litwa", "Łotwa", "Szwajcaria", "Szwecja"), names());
        vm.sort(List.of(new SortKey<>(CountryColumn.NAME, false)));
        assertEquals(List.of("Szwecja", "Szwajcaria", "Łotwa", "Litwa", "Estonia", "Austria"), names());
        vm.sort(List.of());
        assertEquals("Austria", names().get(0), "no sort column: alphabetical again");
    }

    private List<String> codes() {
        return vm.items().stream().map(CountryRow::code).toList();
    }

    private List<String> names() {
        return vm.items().stream().map(CountryRow::name).toList();
    }

    @Test
    void sortsByCountAndOpensDetails() {
        vm.sort(List.of(new SortKey<>(CountryColumn.COUNT, false), new SortKey<>(CountryColumn.NAME, true)));
        assertEquals(List.of("BG", "RS", "HR", "PL"), vm.items().stream().map(CountryRow::code).toList().subList(0, 4));
        vm.select(row("SI"));
        assertEquals(data.country("SI").orElseThrow(), selection.get());
        String tsv = Tsv.of(List.of(CountryColumn.values()), List.of(row("SI")), Messages.of(UiLanguage.ENGLISH));
        assertEquals("Code\tCountry\tPlaces\tMatching places\nSI\tSlovenia\t1\tMaribor\n", tsv);
    }
}
