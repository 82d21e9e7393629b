package app.delegations.ui.countries;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.delegations.model.Dataset;
import app.delegations.ui.TestData;
import app.delegations.ui.common.Messages;
import app.delegations.ui.common.Selection;
import app.delegations.ui.common.SortKey;
import app.delegations.ui.common.UiLanguage;
import app.delegations.ui.filter.DatasetIndex;
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
    void followsTheFilterButNotItsOwnFacet() {
        filter.searchTextProperty().set("krakow");
        assertEquals(List.of("PL"), vm.items().stream().map(CountryRow::code).toList());
        assertEquals("Kraków", row("PL").places());
        filter.searchTextProperty().set("");
        filter.countries().add("RS");
        assertEquals(8, vm.items().size(), "the table is the country facet: choosing one keeps the others listed");
    }

    @Test
    void choosingCountriesNarrowsTheSharedFilter() {
        vm.choose(List.of(row("RS"), row("SK")));
        assertEquals(Set.of("RS", "SK"), Set.copyOf(filter.countries()));
        assertEquals(4, filter.matchCountProperty().get());
        vm.choose(List.of());
        assertEquals(15, filter.matchCountProperty().get());
    }

    @Test
    void aChosenCountryStaysListedWhenNothingIsLeftInIt() {
        filter.countries().add("RS");
        filter.searchTextProperty().set("krakow");
        assertEquals(List.of("RS", "PL"), vm.items().stream().map(CountryRow::code).toList());
        assertEquals(0, row("RS").placeCount());
    }

    @Test
    void sortsByCountAndOpensDetails() {
        vm.sort(List.of(new SortKey<>(CountryColumn.COUNT, false), new SortKey<>(CountryColumn.NAME, true)));
        assertEquals(List.of("BG", "RS", "HR", "PL"), vm.items().stream().map(CountryRow::code).toList().subList(0, 4));
        vm.open(row("SI"));
        assertEquals(data.country("SI").orElseThrow(), selection.get());
        String tsv = vm.toTsv(List.of(row("SI")), List.of(CountryColumn.values()), Messages.of(UiLanguage.ENGLISH));
        assertEquals("Code\tCountry\tPlaces\tMatching places\nSI\tSlovenia\t1\tMaribor\n", tsv);
    }
}
