package app.delegations.ui.places;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.delegations.model.Dataset;
import app.delegations.model.Event;
import app.delegations.ui.DatasetEdits;
import app.delegations.ui.Shapes;
import app.delegations.ui.TestData;
import app.delegations.ui.common.Messages;
import app.delegations.ui.common.Selection;
import app.delegations.ui.common.SortKey;
import app.delegations.ui.common.Tsv;
import app.delegations.ui.common.UiLanguage;
import app.delegations.index.DatasetIndex;
import app.delegations.ui.filter.FilterModel;
import app.delegations.ui.common.DataColumn;
import app.delegations.ui.common.DataColumn.Days;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
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
    void aLanguageSwitchKeepsTheSortInTheNewLanguagesOrderAndTheRebuiltTableDoesNotSortAgain() {
        show(TestData.polishCities(), UiLanguage.ENGLISH);
        vm.sort(List.of(new SortKey<>(PlaceColumn.NAME, true)));
        assertEquals(List.of("Lublin", "Zakopane", "Łódź"), names(), "English collation: Ł after every Latin letter");
        show(TestData.polishCities(), UiLanguage.POLISH); // the rows made again in Polish
        assertEquals(List.of("Lublin", "Łódź", "Zakopane"), names(), "Polish collation: Ł after L");
        var changes = new int[1];
        vm.items().addListener((javafx.collections.ListChangeListener<PlaceRow>) c -> changes[0]++);
        vm.sort(List.of(new SortKey<>(PlaceColumn.NAME, true))); // the window rebuilt asks for its sort again
        assertEquals(0, changes[0], "already in that order: the rows are not sorted nor replaced again");
        vm.sort(List.of(new SortKey<>(PlaceColumn.NAME, false)));
        assertEquals(List.of("Zakopane", "Łódź", "Lublin"), names());
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
        assertEquals("Name\tNative name\tKind\tCountry\tMeetings\tLast meeting\tRole\n"
                + "Kraków\tKraków\tCity\tPoland\t5\t30 November 2016\tParticipant, Presenter\n"
                + "Gdańsk\tGdańsk\tCity\tPoland\t5\t30 November 2016\tParticipant\n", tsv);
    }

    /**
     * The country column names the country as an officer does, in the window's language ("Serbia", not "RS Serbia"):
     * copied, exported and read out; its code is the badge shown beside the name.
     */
    @Test
    void theCountryColumnGivesTheCountrysNameWithoutItsCode() {
        show(TestData.congress(), UiLanguage.POLISH);
        filter.countries().add("RS");
        assertEquals(List.of("Serbia", "Serbia", "Serbia"),
                vm.items().stream().map(PlaceColumn.COUNTRY::text).toList());
        assertEquals(List.of("RS", "RS", "RS"), vm.items().stream().map(PlaceColumn.COUNTRY::badge).toList());
        filter.countries().clear();
        filter.countries().add("PL");
        assertEquals(List.of("Polska", "Polska"), vm.items().stream().map(r -> PlaceColumn.COUNTRY.value(r)).toList(),
                "a spreadsheet's cell");
    }

    private PlaceRow row(String id) {
        return vm.allRows().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void krakowShowsItsMeetingsItsLastMeetingAndEveryRoleInTheUiLanguage() {
        show(TestData.congress(), UiLanguage.ENGLISH);
        PlaceRow krakow = row("krakow");
        assertEquals(5, krakow.meetings(), "the congress, the conference, its summary and two presentations");
        assertEquals(new Days(LocalDate.of(2016, 11, 30), LocalDate.of(2016, 11, 30)), krakow.latest());
        assertEquals("5", PlaceColumn.MEETINGS.text(krakow));
        assertEquals(5, PlaceColumn.MEETINGS.value(krakow), "a number in a spreadsheet");
        assertEquals("30 November 2016", PlaceColumn.LAST_MEETING.text(krakow));
        assertEquals(krakow.latest(), PlaceColumn.LAST_MEETING.value(krakow), "days in a spreadsheet");
        assertEquals(DataColumn.Type.DAYS, PlaceColumn.LAST_MEETING.type());
        assertEquals(DataColumn.Type.NUMBER, PlaceColumn.MEETINGS.type());
        assertEquals("Participant, Presenter", krakow.role(), "every role, not only the most notable");
        assertEquals("Host", row("saint-petersburg").role());
        show(TestData.congress(), UiLanguage.POLISH);
        assertEquals("30 listopada 2016", PlaceColumn.LAST_MEETING.text(row("krakow")));
        assertEquals(Messages.of(UiLanguage.POLISH).label("role", "participant") + ", "
                + Messages.of(UiLanguage.POLISH).label("role", "presenter"), row("krakow").role(),
                "the same order in Polish");
    }

    /** The event moved to other days. */
    static Event moved(Event e, LocalDate start, LocalDate end) {
        return new Event(e.id(), e.kind(), e.title(), e.parent(), start, end, e.order(), e.venue(), e.place(),
                e.description(), e.participants(), e.people(), e.organisations(), e.evidence());
    }

    @Test
    void sortingByLastMeetingOrdersThePlacesByTheDaysOfTheirLatestMeeting() {
        Dataset data = TestData.congress();
        Event portals = data.event("krakow-portals-presentation-2016-11-30").orElseThrow();
        show(DatasetEdits.with(data, moved(portals, LocalDate.of(2017, 3, 2), LocalDate.of(2017, 3, 3))),
                UiLanguage.ENGLISH);
        assertEquals("2–3 March 2017", PlaceColumn.LAST_MEETING.text(row("krakow")));
        var others = new ArrayList<>(vm.allRows().stream().map(PlaceRow::name).filter(n -> !n.equals("Kraków")).toList());
        vm.sort(List.of(new SortKey<>(PlaceColumn.LAST_MEETING, true)));
        var expected = new ArrayList<>(others);
        expected.add("Kraków");
        assertEquals(expected, names(), "earliest first, ties in the file's order");
        vm.sort(List.of(new SortKey<>(PlaceColumn.LAST_MEETING, false)));
        expected.remove("Kraków");
        expected.add(0, "Kraków");
        assertEquals(expected, names(), "latest first, ties still in the file's order");
    }

    /**
     * "Which cities have we met?": sorted by Last meeting either way, the places never met (an empty cell) come after
     * every dated one, in the file's order, as spreadsheets sort blanks; by Meetings their 0 is a number like any.
     */
    @Test
    void placesNeverMetSortAfterTheDatedOnesInBothDirections() {
        show(Shapes.dataset(Shapes.places(4), List.of(
                Shapes.event("e1", null, LocalDate.of(2015, 1, 1), LocalDate.of(2015, 1, 1), List.of("p1")),
                Shapes.event("e3", null, LocalDate.of(2016, 1, 1), LocalDate.of(2016, 1, 1), List.of("p3")))),
                UiLanguage.ENGLISH);
        vm.sort(List.of(new SortKey<>(PlaceColumn.LAST_MEETING, true)));
        assertEquals(List.of("p1", "p3", "p0", "p2"), names(), "oldest first, the never met last");
        vm.sort(List.of(new SortKey<>(PlaceColumn.LAST_MEETING, false)));
        assertEquals(List.of("p3", "p1", "p0", "p2"), names(), "latest first, the never met still last");
        vm.sort(List.of(new SortKey<>(PlaceColumn.LAST_MEETING, false), new SortKey<>(PlaceColumn.NAME, false)));
        assertEquals(List.of("p3", "p1", "p2", "p0"), names(), "with a second key too");
        vm.sort(List.of(new SortKey<>(PlaceColumn.MEETINGS, true)));
        assertEquals(List.of("p0", "p2", "p1", "p3"), names(), "0 meetings is a number, first when ascending");
    }

    @Test
    void sortingByMeetingsIsNumeric() {
        show(TestData.congress(), UiLanguage.ENGLISH);
        vm.sort(List.of(new SortKey<>(PlaceColumn.MEETINGS, false)));
        List<Integer> counts = vm.items().stream().map(PlaceRow::meetings).toList();
        var sorted = new ArrayList<>(counts);
        sorted.sort(Comparator.reverseOrder());
        assertEquals(sorted, counts);
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
