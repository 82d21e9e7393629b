package app.delegations.ui.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.delegations.index.DatasetIndex;
import app.delegations.model.Event;
import app.delegations.ui.Shapes;
import app.delegations.ui.TestData;
import app.delegations.ui.common.Messages;
import app.delegations.ui.common.UiLanguage;
import app.delegations.ui.filter.FilterModel;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import javafx.collections.ListChangeListener;
import org.junit.jupiter.api.Test;

class FiguresViewModelTest {
    private final FilterModel filter = new FilterModel();
    private final FiguresViewModel vm = new FiguresViewModel(filter);

    private void show(DatasetIndex index, UiLanguage language) {
        filter.setIndex(index);
        vm.setData(index, Messages.of(language));
    }

    private void showCongress() {
        show(DatasetIndex.build(TestData.congress()), UiLanguage.ENGLISH);
    }

    private static FigureBar bar(String label, int count) {
        return new FigureBar(label, count);
    }

    private static FigureBar year(int year, int count) {
        return new FigureBar(Integer.toString(year), count, YearMonth.of(year, 1));
    }

    @Test
    void countsThePlacesOfEachCountryMostFirst() {
        showCongress();
        assertEquals(List.of(bar("Bulgaria", 4), bar("Serbia", 3), bar("Croatia", 2), bar("Poland", 2),
                bar("Bosnia and Herzegovina", 1), bar("Russia", 1), bar("Slovakia", 1), bar("Slovenia", 1)),
                vm.placesPerCountry());
        assertEquals(vm.placesPerCountry(), List.copyOf(vm.bars()), "the countries are the chart shown first");
        assertEquals(15, vm.totalProperty().get());
    }

    @Test
    void countsTheCongressEventsPerMonthSinceTheySpanLessThanTwoYears() {
        showCongress();
        vm.figureProperty().set(Figure.TIME);
        assertEquals(List.of(new FigureBar("November 2016", 7, YearMonth.of(2016, 11))), List.copyOf(vm.bars()),
                "the month, also as a period (sorted and exported in time)");
        assertEquals("figures.months", vm.titleKeyProperty().get());
        assertEquals(7, vm.totalProperty().get());
    }

    @Test
    void countsEventsPerYearWithTheEmptyYearsBetweenWhenTheySpanTwoYearsOrMore() {
        List<Event> events = List.of(
                Shapes.event("a", null, LocalDate.of(2014, 3, 1), LocalDate.of(2014, 3, 1), List.of("p0")),
                Shapes.event("b", null, LocalDate.of(2014, 9, 1), LocalDate.of(2014, 9, 1), List.of("p0")),
                Shapes.event("c", null, LocalDate.of(2016, 5, 1), LocalDate.of(2016, 5, 1), List.of("p1")));
        show(DatasetIndex.build(Shapes.dataset(Shapes.places(2), events)), UiLanguage.ENGLISH);
        vm.figureProperty().set(Figure.TIME);
        assertEquals(List.of(year(2014, 2), year(2015, 0), year(2016, 1)), List.copyOf(vm.bars()));
        assertEquals("figures.years", vm.titleKeyProperty().get());
    }

    @Test
    void countsEventsByKindInTheUiLanguage() {
        show(DatasetIndex.build(TestData.congress()), UiLanguage.POLISH);
        vm.figureProperty().set(Figure.KINDS);
        assertEquals(List.of(bar("Wizyta", 2), bar("Prezentacja", 2), bar("Kongres", 1), bar("Konferencja", 1),
                bar("Podsumowanie", 1)), List.copyOf(vm.bars()));
    }

    @Test
    void listsEveryPlaceTiedWithTheTenthSoThatNoEquallyFrequentPartnerIsDropped() {
        showCongress();
        vm.figureProperty().set(Figure.PARTNERS);
        assertEquals(15, vm.bars().size(), "all 15 places have 5 meetings: not the first ten by the alphabet");
        assertEquals(bar("Gdańsk", 5), vm.bars().get(0), "equal counts in alphabetical order");
        assertTrue(vm.bars().stream().allMatch(b -> b.count() == 5));
        assertEquals(TiedOut.NONE, vm.tiedOutProperty().get(), "no tied place left out");
    }

    @Test
    void pastTwentyTiedPlacesShowsTheFirstTenAndCountsTheTiedOnesLeftOut() {
        // 25 places, one meeting each: one event of them all
        List<Event> one = List.of(Shapes.event("all", null, Shapes.DAY, Shapes.DAY,
                Shapes.places(25).stream().map(p -> p.id()).toList()));
        show(DatasetIndex.build(Shapes.dataset(Shapes.places(25), one)), UiLanguage.ENGLISH);
        vm.figureProperty().set(Figure.PARTNERS);
        assertEquals(FiguresViewModel.TOP_PARTNERS, vm.bars().size());
        assertEquals(new TiedOut(15, 1), vm.tiedOutProperty().get(), "15 more with 1 meeting each");
        vm.figureProperty().set(Figure.COUNTRIES);
        assertEquals(TiedOut.NONE, vm.tiedOutProperty().get(), "only the partners' chart cuts");
    }

    @Test
    void followsTheFilter() {
        showCongress();
        filter.countries().add("RS");
        assertEquals(List.of(bar("Serbia", 3)), List.copyOf(vm.bars()));
        assertEquals(3, vm.totalProperty().get());
        vm.figureProperty().set(Figure.KINDS);
        assertEquals(List.of(bar("Visit", 2), bar("Congress", 1), bar("Conference", 1), bar("Summary", 1)),
                List.copyOf(vm.bars()), "the presentations were of other cities");
        vm.figureProperty().set(Figure.PARTNERS);
        assertEquals(List.of(bar("Kragujevac", 5), bar("Kruševac", 5), bar("Vranje", 5)), List.copyOf(vm.bars()));
        filter.searchTextProperty().set("no such place anywhere");
        assertTrue(vm.emptyProperty().get(), "nothing to count: the view shows its empty state");
        assertEquals(List.of(), List.copyOf(vm.bars()));
        filter.clear();
        assertFalse(vm.emptyProperty().get());
        assertEquals(15, vm.bars().size());
    }

    @Test
    void isEmptyWithoutData() {
        assertTrue(vm.emptyProperty().get());
        assertEquals(0, vm.bars().size());
    }

    @Test
    void whileHiddenTheFilterIsNotCountedAndShowingCountsItOnce() {
        showCongress();
        vm.shownProperty().set(false);
        List<FigureBar> before = List.copyOf(vm.bars());
        var changes = new int[1];
        vm.bars().addListener((ListChangeListener<FigureBar>) c -> changes[0]++);
        filter.setCountries(Set.of("RS"));
        vm.figureProperty().set(Figure.KINDS);
        vm.figureProperty().set(Figure.COUNTRIES);
        assertEquals(before, List.copyOf(vm.bars()), "hidden: the numbers stay as they were");
        assertEquals(0, changes[0]);
        assertEquals(15, vm.totalProperty().get());

        vm.shownProperty().set(true);
        assertEquals(List.of(bar("Serbia", 3)), List.copyOf(vm.bars()), "shown: the filter's numbers");
        assertEquals(1, changes[0], "made once");
        assertEquals(3, vm.totalProperty().get());
        filter.setCountries(Set.of("RS", "PL"));
        assertEquals(List.of(bar("Serbia", 3), bar("Poland", 2)), List.copyOf(vm.bars()), "and while shown");
    }
}
