package app.delegations.ui.places;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PlacesViewModelTest {
    private final FilterModel filter = new FilterModel();
    private final Selection selection = new Selection();
    private final PlacesViewModel vm = new PlacesViewModel(filter, selection);

    private void show(Dataset data, UiLanguage language) {
        DatasetIndex index = DatasetIndex.build(data);
        filter.setIndex(index);
        vm.setRows(index, PlaceRow.build(index, Messages.of(language)));
    }

    private List<String> names() {
        return vm.items().stream().map(PlaceRow::name).toList();
    }

    @Test
    void polishSortPutsLBeforeL() {
        show(TestData.polishCities(), UiLanguage.POLISH);
        vm.sort(List.of(new SortKey<>(PlaceColumn.NAME, true)));
        assertEquals(List.of("Lublin", "Łódź", "Zakopane"), names());
        var binary = new ArrayList<>(names());
        binary.sort(null);
        assertEquals(List.of("Lublin", "Zakopane", "Łódź"), binary, "a binary sort puts Łódź last");
        vm.sort(List.of(new SortKey<>(PlaceColumn.NAME, false)));
        assertEquals(List.of("Zakopane", "Łódź", "Lublin"), names());
        vm.sort(List.of());
        assertEquals(List.of("Zakopane", "Łódź", "Lublin"), names(), "no sort: the file's order");
    }

    @Test
    void rowsSpeakTheUiLanguage() {
        show(TestData.congress(), UiLanguage.POLISH);
        PlaceRow kosice = vm.items().stream().filter(r -> r.id().equals("kosice")).findFirst().orElseThrow();
        assertEquals("Koszyce", kosice.name());
        assertEquals("Miasto", kosice.kind());
        assertEquals("Słowacja", kosice.country());
        assertEquals("Uczestnik", kosice.role());
        show(TestData.congress(), UiLanguage.ENGLISH);
        kosice = vm.items().stream().filter(r -> r.id().equals("kosice")).findFirst().orElseThrow();
        assertEquals("Košice", kosice.name());
        assertEquals("Slovakia", kosice.country());
    }

    @Test
    void secondSortKeyBreaksTies() {
        show(TestData.congress(), UiLanguage.ENGLISH);
        vm.sort(List.of(new SortKey<>(PlaceColumn.COUNTRY, true), new SortKey<>(PlaceColumn.NAME, false)));
        assertEquals(List.of("Republika Srpska", "Stara Zagora Province", "Sofia", "Plovdiv", "Haskovo"),
                names().subList(0, 5));
        vm.sort(List.of(new SortKey<>(PlaceColumn.ROLE, true)));
        assertEquals(List.of("Saint Petersburg", "Kraków"), names().subList(0, 2), "host, then presenter");
    }

    @Test
    void descendingKeepsTiesInTheFilesOrder() {
        show(TestData.congress(), UiLanguage.ENGLISH);
        vm.sort(List.of(new SortKey<>(PlaceColumn.COUNTRY, false)));
        assertEquals(List.of("Maribor", "Košice", "Kragujevac", "Kruševac", "Vranje"), names().subList(0, 5));
        vm.sort(List.of(new SortKey<>(PlaceColumn.COUNTRY, true)));
        assertEquals(List.of("Republika Srpska", "Sofia", "Haskovo"), names().subList(0, 3));
        vm.sort(List.of(new SortKey<>(PlaceColumn.COUNTRY, false)));
        assertEquals("Maribor", names().get(0), "the cached order gives the same result");
    }

    @Test
    void sortingStaysWhenTheFilterChanges() {
        show(TestData.congress(), UiLanguage.ENGLISH);
        vm.sort(List.of(new SortKey<>(PlaceColumn.NAME, false)));
        filter.countries().add("RS");
        assertEquals(List.of("Vranje", "Kruševac", "Kragujevac"), names());
    }

    @Test
    void copiesRowsAsTabSeparatedTextWithHeader() {
        show(TestData.congress(), UiLanguage.ENGLISH);
        filter.countries().add("PL");
        String tsv = Tsv.of(List.of(PlaceColumn.values()), List.copyOf(vm.items()), Messages.of(UiLanguage.ENGLISH));
        assertEquals("Name\tNative name\tKind\tCountry\tRole\n"
                + "Kraków\tKraków\tCity\tPL Poland\tPresenter\n"
                + "Gdańsk\tGdańsk\tCity\tPL Poland\tParticipant\n", tsv);
    }

    @Test
    void highlightsThePlacesOfTheSelectedEventOrCountry() {
        Dataset data = TestData.congress();
        show(data, UiLanguage.ENGLISH);
        selection.select(data.event("krakow-portals-presentation-2016-11-30").orElseThrow());
        assertEquals(Set.of("krakow"), vm.highlightedProperty().get());
        selection.select(data.event("governor-summary-2016-11-30").orElseThrow());
        assertEquals(15, vm.highlightedProperty().get().size(), "the summary's participants come from the conference");
        selection.select(data.country("RS").orElseThrow());
        assertEquals(Set.of("kragujevac", "krusevac", "vranje"), vm.highlightedProperty().get());
        vm.select(vm.items().get(0));
        assertTrue(vm.highlightedProperty().get().isEmpty());
        assertEquals(data.places().get(0), selection.get());
    }

    @Test
    void theLegendSaysWhatTheHighlightedRowsAre() {
        Dataset data = TestData.congress();
        show(data, UiLanguage.ENGLISH);
        Messages en = Messages.of(UiLanguage.ENGLISH);
        assertEquals(null, vm.highlightLegend(en), "nothing highlighted, no legend");
        var presentation = data.events().stream().filter(e -> e.kind() == app.delegations.model.EventKind.PRESENTATION)
                .findFirst().orElseThrow();
        selection.select(presentation);
        assertEquals(Set.of("krakow"), vm.highlightedProperty().get());
        assertEquals("Highlighted: the places taking part in “" + presentation.title().en() + "”", vm.highlightLegend(en));
        selection.select(data.country("RS").orElseThrow());
        assertEquals("Highlighted: the places in Serbia", vm.highlightLegend(en));
        assertEquals("Wyróżniono miejsca w kraju: Serbia", vm.highlightLegend(Messages.of(UiLanguage.POLISH)));
        filter.countries().add("PL");
        assertEquals(null, vm.highlightLegend(en), "the filter leaves none of Serbia's places: no legend");
        filter.countries().add("RS");
        assertEquals("Highlighted: the places in Serbia", vm.highlightLegend(en));
        filter.clear();
        selection.select(data.place("krakow").orElseThrow());
        assertEquals(null, vm.highlightLegend(en), "a place highlights nothing in Places");
    }
}
