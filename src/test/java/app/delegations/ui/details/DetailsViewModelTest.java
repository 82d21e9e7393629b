package app.delegations.ui.details;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.delegations.model.Basis;
import app.delegations.model.Dataset;
import app.delegations.ui.TestData;
import app.delegations.ui.common.Messages;
import app.delegations.ui.common.Selection;
import app.delegations.ui.common.UiLanguage;
import app.delegations.ui.details.Details.Evidence;
import app.delegations.ui.details.Details.Fact;
import app.delegations.ui.details.Details.Section;
import app.delegations.index.DatasetIndex;
import app.delegations.ui.filter.FilterModel;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DetailsViewModelTest {
    private final Dataset data = TestData.congress();
    private final Selection selection = new Selection();
    private final FilterModel filter = new FilterModel();
    private final DetailsViewModel vm = new DetailsViewModel(selection, filter);

    @BeforeEach
    void setUp() {
        DatasetIndex index = DatasetIndex.build(data);
        filter.setIndex(index);
        vm.setData(index, Messages.of(UiLanguage.ENGLISH));
    }

    private static Section section(Details d, String id) {
        return d.sections().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
    }

    private static Fact fact(Section s, String label) {
        return s.facts().stream().filter(f -> f.label().equals(label)).findFirst().orElseThrow();
    }

    @Test
    void nothingSelectedGivesNoDetails() {
        assertNull(vm.get());
    }

    @Test
    void krakowShowsBothPresentationsWithTheirSource() {
        selection.select(data.place("krakow").orElseThrow());
        Details d = vm.get();
        assertEquals("Kraków", d.title());
        assertEquals("City · Poland", d.subtitle());
        List<Fact> events = section(d, "events").facts();
        List<String> titles = events.stream().map(Fact::value).toList();
        assertTrue(titles.contains("City Development Strategy and Smart City"), titles.toString());
        assertTrue(titles.contains("City web portals"), titles.toString());
        Fact portals = events.stream().filter(f -> f.value().equals("City web portals")).findFirst().orElseThrow();
        assertEquals("Presenter", portals.note());
        assertEquals("30 November 2016", portals.label());
        assertEquals(data.event("presentation-portals").orElseThrow(), portals.link());
        Evidence e = portals.evidence().get(0);
        assertEquals(Basis.STATED, e.basis());
        assertEquals("Kraków przedstawił na konferencji dwie prezentacje", e.quote());
        assertEquals(e.quote(), TestData.noteText().substring(e.start(), e.end()));
        Fact summary = events.stream().filter(f -> f.value().equals("Summary of the conference")).findFirst().orElseThrow();
        assertTrue(summary.note().startsWith("as a participant in “4th International Congress"), summary.note());
    }

    @Test
    void allNamesKindCountryCoordinates() {
        selection.select(data.place("kosice").orElseThrow());
        Details d = vm.get();
        Section names = section(d, "names");
        assertEquals("Koszyce", fact(names, "Polish name").value());
        assertEquals("Košice", fact(names, "English name").value());
        Fact nat = fact(names, "Native name");
        assertEquals(Basis.REFERENCE, nat.evidence().get(0).basis());
        Section about = section(d, "about");
        assertEquals("City", fact(about, "Kind").value());
        assertEquals("Slovakia", fact(about, "Country").value());
        assertEquals("48.7164° N, 21.2611° E", fact(about, "Coordinates").value());
        assertEquals("(Koszyce)", d.evidence().get(0).quote(), "the whole-record citation");
    }

    @Test
    void theHostIsInferredAndSaysWhy() {
        selection.select(data.place("saint-petersburg").orElseThrow());
        Fact role = fact(section(vm.get(), "about"), "Role");
        assertEquals("Host", role.value());
        Evidence e = role.evidence().get(0);
        assertTrue(e.inferred());
        assertEquals("inferred", e.basisLabel());
        assertEquals("The host is the 15th place.", e.explanation());
        assertEquals(List.of("Governor, Saint Petersburg"),
                section(vm.get(), "people").facts().stream().map(Fact::value).toList());
    }

    @Test
    void eventDetailsNameInheritedParticipantsAndPeople() {
        selection.select(data.event("summary").orElseThrow());
        Details d = vm.get();
        assertEquals("Summary of the conference", d.title());
        assertEquals("Summary · 30 November 2016", d.subtitle());
        Section participants = section(d, "participants");
        assertEquals(15, participants.facts().size());
        assertTrue(participants.facts().get(0).note().startsWith("as a participant in “"));
        Fact governor = section(d, "people").facts().get(0);
        assertEquals("Georgy Poltavchenko", governor.value());
        assertEquals("Host official", governor.label());
        assertNotNull(fact(section(d, "about"), "Part of").link());
        assertTrue(fact(section(d, "about"), "Date").note().startsWith("No. 3 in the order"));
    }

    @Test
    void countryDetailsListItsPlacesAndFollowLanguage() {
        selection.select(data.country("RS").orElseThrow());
        assertEquals(List.of("Kragujevac", "Kruševac", "Vranje"),
                section(vm.get(), "places").facts().stream().map(Fact::value).toList());
        vm.setData(DatasetIndex.build(data), Messages.of(UiLanguage.POLISH));
        assertEquals("Serbia", vm.get().title());
        assertEquals("RS · 3 miejsca", vm.get().subtitle());
        selection.select(data.event("conference-smolny").orElseThrow());
        assertEquals("Konferencja · 30 listopada 2016", vm.get().subtitle());
    }

    @Test
    void followingALinkSelectsTheRecord() {
        selection.select(data.place("krakow").orElseThrow());
        vm.open(data.event("presentation-strategy").orElseThrow());
        assertEquals("City Development Strategy and Smart City", vm.get().title());
    }

    @Test
    void saysSoWhileTheFilterHidesTheSelectedPlace() {
        selection.select(data.place("krakow").orElseThrow());
        assertNull(vm.hiddenNoticeProperty().get());
        filter.countries().add("RS");
        assertEquals("This place is hidden by the current filters.", vm.hiddenNoticeProperty().get());
        assertEquals("Kraków", vm.get().title(), "the details still show it");
        filter.countries().add("PL");
        assertNull(vm.hiddenNoticeProperty().get());
        filter.searchTextProperty().set("gdansk");
        assertEquals("This place is hidden by the current filters.", vm.hiddenNoticeProperty().get());
        filter.clear();
        assertNull(vm.hiddenNoticeProperty().get());
    }

    @Test
    void saysSoWhileTheFilterLeavesNoPlaceInTheSelectedCountry() {
        selection.select(data.country("RS").orElseThrow());
        filter.countries().add("RS");
        assertNull(vm.hiddenNoticeProperty().get());
        filter.searchTextProperty().set("krakow");
        assertEquals("No place in this country matches the current filters.", vm.hiddenNoticeProperty().get());
        filter.clear();
        assertNull(vm.hiddenNoticeProperty().get());
    }

    @Test
    void saysSoWhileTheFilterHidesTheSelectedEventFromTheTimeline() {
        var presentation = data.events().stream().filter(e -> e.kind() == app.delegations.model.EventKind.PRESENTATION)
                .findFirst().orElseThrow();
        selection.select(presentation);
        filter.countries().add("PL");
        assertNull(vm.hiddenNoticeProperty().get(), "Kraków presented it");
        filter.setCountries(Set.of("RS"));
        assertEquals("This event is hidden by the current filters.", vm.hiddenNoticeProperty().get());
        selection.clear();
        assertNull(vm.hiddenNoticeProperty().get(), "nothing selected, nothing hidden");
    }

    @Test
    void theNoticeIsInTheLanguageOfTheWindow() {
        vm.setData(DatasetIndex.build(data), Messages.of(UiLanguage.POLISH));
        filter.setIndex(DatasetIndex.build(data));
        selection.select(data.place("krakow").orElseThrow());
        filter.countries().add("RS");
        assertEquals("Obecne filtry ukrywają to miejsce.", vm.hiddenNoticeProperty().get());
    }
}
