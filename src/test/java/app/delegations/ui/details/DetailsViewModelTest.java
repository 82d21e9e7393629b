package app.delegations.ui.details;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.delegations.model.Basis;
import app.delegations.model.Dataset;
import app.delegations.model.Entity;
import app.delegations.model.Event;
import app.delegations.model.EventKind;
import app.delegations.model.Person;
import app.delegations.model.Place;
import app.delegations.ui.DatasetEdits;
import app.delegations.ui.TestData;
import app.delegations.ui.common.Messages;
import app.delegations.ui.common.Selection;
import app.delegations.ui.common.UiLanguage;
import app.delegations.ui.details.Details.Evidence;
import app.delegations.ui.details.Details.Fact;
import app.delegations.ui.details.Details.Section;
import app.delegations.index.DatasetIndex;
import app.delegations.ui.filter.FilterModel;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DetailsViewModelTest {
    private static final String STRATEGY =
            "Kraków's City Development Strategy, with emphasis on Smart City priorities";
    private static final String PORTALS = "Kraków's city web portals and the promotion of international cooperation"
            + " on the “Kraków Otwarty na Świat” portal";
    private static final String SUMMARY = "The Governor of St. Petersburg sums up the conference";

    private final Dataset data = TestData.congress();
    private final Selection selection = new Selection();
    private final FilterModel filter = new FilterModel();
    private final DetailsViewModel vm = new DetailsViewModel(selection, filter);
    private final Messages english = Messages.of(UiLanguage.ENGLISH);
    private DatasetIndex index;

    @BeforeEach
    void setUp() {
        index = DatasetIndex.build(data);
        filter.setIndex(index);
        vm.setData(index, english);
    }

    private static Section section(Details d, String id) {
        return d.sections().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
    }

    private static Fact fact(Section s, String label) {
        return s.facts().stream().filter(f -> f.label().equals(label)).findFirst().orElseThrow();
    }

    private static List<String> values(Section s) {
        return s.facts().stream().map(Fact::value).toList();
    }

    private void showIn(UiLanguage language) {
        vm.setData(DatasetIndex.build(data), Messages.of(language));
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
        List<Fact> events = section(d, "meetings").facts();
        List<String> titles = events.stream().map(Fact::value).toList();
        assertTrue(titles.contains(STRATEGY), titles.toString());
        assertTrue(titles.contains(PORTALS), titles.toString());
        Fact portals = events.stream().filter(f -> f.value().equals(PORTALS)).findFirst().orElseThrow();
        assertEquals("Presenter", portals.note());
        assertEquals("30 November 2016", portals.label());
        assertEquals(data.event("krakow-portals-presentation-2016-11-30").orElseThrow(), portals.link());
        Evidence e = portals.evidence().get(0);
        assertEquals(Basis.STATED, e.basis());
        assertEquals("Kraków przedstawił na konferencji dwie prezentacje", e.quote());
        assertEquals(e.quote(), TestData.noteText().substring(e.start(), e.end()));
        Fact summary = events.stream().filter(f -> f.value().equals(SUMMARY)).findFirst().orElseThrow();
        assertTrue(summary.note().startsWith("as a participant in “The role of information technologies"),
                summary.note());
    }

    @Test
    void krakowsDetailsOpenWithItsMeetingsInDateOrderWithItsRoles() {
        selection.select(data.place("krakow").orElseThrow());
        Details d = vm.get();
        assertEquals(List.of("meetings", "names", "about", "people"), d.sections().stream().map(Section::id).toList(),
                "meetings first, then names, then facts; no second list of the same events");
        Section meetings = d.sections().get(0);
        assertEquals("MEETINGS", meetings.title());
        String congress = data.event("congress-2016").orElseThrow().title().en();
        String conference = data.event("conference-smolny-2016-11-30").orElseThrow().title().en();
        assertEquals(List.of(congress, conference, STRATEGY, PORTALS, SUMMARY), values(meetings));
        List<String> dates = meetings.facts().stream().map(Fact::label).toList();
        assertTrue(dates.get(0).startsWith("29"), dates.toString());
        assertEquals(List.of("30 November 2016", "30 November 2016", "30 November 2016", "30 November 2016"),
                dates.subList(1, 5));
        List<String> notes = meetings.facts().stream().map(Fact::note).toList();
        assertEquals("Participant", notes.get(0));
        assertEquals("Participant", notes.get(1),
                "at the conference its role alone: what it presented there are the next two meetings, listed once");
        assertEquals(List.of("Presenter", "Presenter"), notes.subList(2, 4), "the presenter on the 30th");
        assertTrue(notes.get(4).startsWith("as a participant in “" + conference), notes.get(4));
        for (Fact f : meetings.facts()) {
            assertEquals(f.value(), ((Event) f.link()).title().en(), "each meeting links to its event");
        }
    }

    @Test
    void aCountrysDetailsOpenWithTheMeetingsOfItsPlacesInDateOrder() {
        selection.select(data.country("RS").orElseThrow());
        Details d = vm.get();
        assertEquals("meetings", d.sections().get(0).id());
        Section meetings = d.sections().get(0);
        var expected = new ArrayList<Event>();
        for (String id : List.of("congress-2016", "visit-it-universities-2016-11-29", "visit-city-units-2016-11-29",
                "conference-smolny-2016-11-30", "governor-summary-2016-11-30")) {
            expected.add(data.event(id).orElseThrow());
        }
        assertEquals(expected, meetings.facts().stream().map(Fact::link).toList(),
                "the events of Kragujevac, Kruševac and Vranje, in date order");
        for (Fact f : meetings.facts()) {
            assertEquals("Kragujevac, Kruševac, Vranje", f.note(), f.value());
        }
        assertEquals(List.of("meetings", "names", "about", "places"), d.sections().stream().map(Section::id).toList());
    }

    @Test
    void meetingsReadInPolish() {
        showIn(UiLanguage.POLISH);
        selection.select(data.place("krakow").orElseThrow());
        Section meetings = vm.get().sections().get(0);
        assertEquals("SPOTKANIA", meetings.title());
        Fact strategy = meetings.facts().get(2);
        assertEquals("30 listopada 2016", strategy.label());
        assertEquals(data.event("krakow-strategy-presentation-2016-11-30").orElseThrow().title().pl(), strategy.value());
        assertEquals("Prezentujący", strategy.note());
        assertEquals("Uczestnik", meetings.facts().get(1).note(), "the presentations are their own rows, not named again");
        selection.select(data.country("RS").orElseThrow());
        assertEquals("SPOTKANIA", vm.get().sections().get(0).title());
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
        assertEquals("Słowacji (Koszyce)", fact(names, "Polish name").evidence().get(0).quote());
        assertTrue(d.evidence().isEmpty(), "each citation of Košice names its fields: none is for the whole record");
    }

    @Test
    void aCitationNamingNoFieldIsForTheWholeRecord() {
        // every citation of a record in the file names its fields: here Košice gets one that names none
        Place kosice = data.place("kosice").orElseThrow();
        var evidence = new ArrayList<>(kosice.evidence());
        evidence.add(TestData.stated("Słowacji (Koszyce)"));
        Place cited = new Place(kosice.id(), kosice.kind(), kosice.names(), kosice.country(), kosice.coordinates(),
                kosice.note(), evidence);
        vm.setData(DatasetIndex.build(DatasetEdits.with(data, cited)), Messages.of(UiLanguage.ENGLISH));
        selection.select(cited);
        Details d = vm.get();
        assertEquals(List.of("Słowacji (Koszyce)"), d.evidence().stream().map(Evidence::quote).toList());
        assertEquals(1, fact(section(d, "names"), "Polish name").evidence().size(), "and not again under a field");
    }

    @Test
    void theHostIsInferredAndSaysWhy() {
        selection.select(data.place("saint-petersburg").orElseThrow());
        Fact role = fact(section(vm.get(), "about"), "Role");
        assertEquals("Host", role.value());
        Evidence e = role.evidence().get(0);
        assertTrue(e.inferred());
        assertEquals("inferred", e.basisLabel());
        assertEquals("The note counts 15 cities and regions from 8 countries, and lists 14 places from 7 countries"
                + " among the foreign participants (15 − 14 = 1, 8 − 7 = 1). The likely reading is that the 15th"
                + " place and 8th country are the host, St. Petersburg, Russia; the note does not say so, and as its"
                + " list covers only the foreign participants, other readings remain possible.", e.explanation());
        Fact governor = section(vm.get(), "people").facts().get(0);
        assertEquals(List.of("Georgy Poltavchenko"), values(section(vm.get(), "people")), "the person, a link");
        assertEquals("Governor of St. Petersburg", governor.label(), "under the position's title");
        assertEquals("St. Petersburg city authorities", governor.note(), "with its organisation");
        assertEquals("poltavchenko", ((Person) governor.link()).id());
    }

    @Test
    void theHostOfAConferenceIsItsHostAlsoAtTheSummaryThatInheritsItsParticipants() {
        selection.select(data.place("saint-petersburg").orElseThrow());
        Section meetings = section(vm.get(), "meetings");
        Fact summary = meetings.facts().stream().filter(f -> f.value().equals(SUMMARY)).findFirst().orElseThrow();
        assertEquals("as host of “The role of information technologies in the development of modern cities”",
                summary.note());
        assertFalse(summary.evidence().isEmpty(), "the role rests on the evidence of the host at the conference");
        assertTrue(summary.evidence().get(0).quote().contains("w Smolnym"), summary.evidence().toString());
        vm.setData(index, Messages.of(UiLanguage.POLISH));
        Fact podsumowanie = section(vm.get(), "meetings").facts().stream()
                .filter(f -> ((Event) f.link()).id().equals("governor-summary-2016-11-30")).findFirst().orElseThrow();
        assertEquals("jako gospodarz wydarzenia „Rola technologii informacyjnych dla rozwoju współczesnych miast”",
                podsumowanie.note());
    }

    @Test
    void aMeetingACountrysPlaceAttendsThroughItsConferenceIsCitedAsInThePlacesDetails() {
        selection.select(data.place("kosice").orElseThrow());
        Fact inPlace = section(vm.get(), "meetings").facts().stream().filter(f -> f.value().equals(SUMMARY))
                .findFirst().orElseThrow();
        selection.select(data.country("SK").orElseThrow());
        Fact inCountry = section(vm.get(), "meetings").facts().stream().filter(f -> f.value().equals(SUMMARY))
                .findFirst().orElseThrow();
        assertFalse(inCountry.evidence().isEmpty(), "the country's row has its badge too");
        assertEquals(inPlace.evidence(), inCountry.evidence(), "the same evidence for the same meeting");
        assertEquals("Košice", inCountry.note());
    }

    @Test
    void eventDetailsNameInheritedParticipantsAndPeople() {
        selection.select(data.event("governor-summary-2016-11-30").orElseThrow());
        Details d = vm.get();
        assertEquals(SUMMARY, d.title());
        assertEquals("Summary · 30 November 2016", d.subtitle());
        Section participants = section(d, "participants");
        assertEquals(15, participants.facts().size());
        assertTrue(participants.facts().get(0).note().startsWith("as a participant in “"));
        Fact host = participants.facts().stream().filter(f -> f.value().equals("Saint Petersburg")).findFirst()
                .orElseThrow();
        assertEquals("as host of “The role of information technologies in the development of modern cities”",
                host.note(), "the host of the conference hosts its summary, it does not take part in it");
        Fact governor = section(d, "people").facts().get(0);
        assertEquals("Georgy Poltavchenko", governor.value());
        assertEquals("Speaker", governor.label());
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
        selection.select(data.event("conference-smolny-2016-11-30").orElseThrow());
        assertEquals("Konferencja · 30 listopada 2016", vm.get().subtitle());
    }

    @Test
    void followingALinkSelectsTheRecord() {
        selection.select(data.place("krakow").orElseThrow());
        vm.open(data.event("krakow-strategy-presentation-2016-11-30").orElseThrow());
        assertEquals(STRATEGY, vm.get().title());
    }

    @Test
    void backReturnsFromAFollowedLinkAndANewDataSetForgetsIt() {
        selection.select(data.place("krakow").orElseThrow());
        vm.open(data.event("krakow-strategy-presentation-2016-11-30").orElseThrow());
        assertTrue(vm.history().canGoBackProperty().get());
        vm.history().back();
        assertEquals("Kraków", vm.get().title());
        assertTrue(vm.history().canGoForwardProperty().get());
        showIn(UiLanguage.ENGLISH); // a new index: the records followed may be gone
        assertFalse(vm.history().canGoForwardProperty().get());
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
        assertEquals("This place is hidden by the search and the current filters.", vm.hiddenNoticeProperty().get(),
                "both named: Poland and Serbia are ticked and the search finds Gdańsk");
        filter.clear();
        assertNull(vm.hiddenNoticeProperty().get());
    }

    @Test
    void saysSoWhileTheFilterLeavesNoPlaceInTheSelectedCountry() {
        selection.select(data.country("RS").orElseThrow());
        filter.countries().add("RS");
        assertNull(vm.hiddenNoticeProperty().get());
        filter.searchTextProperty().set("krakow");
        assertEquals("No place in this country matches the search and the current filters.",
                vm.hiddenNoticeProperty().get());
        filter.countries().clear();
        assertEquals("No place in this country matches the search.", vm.hiddenNoticeProperty().get());
        filter.clear();
        assertNull(vm.hiddenNoticeProperty().get());
    }

    @Test
    void saysSoWhileTheFilterHidesTheSelectedEventFromTheTimeline() {
        var presentation = data.events().stream().filter(e -> e.kind() == EventKind.PRESENTATION)
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

    @Test
    void everyKindOfRecordHasDetails() {
        Map<Class<?>, Entity> oneOfEach = Map.of(
                data.places().get(0).getClass(), data.places().get(0),
                data.countries().get(0).getClass(), data.countries().get(0),
                data.events().get(0).getClass(), data.events().get(0),
                data.organisations().get(0).getClass(), data.organisations().get(0),
                data.people().get(0).getClass(), data.people().get(0));
        var builder = new DetailsBuilder(DatasetIndex.build(data), Messages.of(UiLanguage.ENGLISH));
        for (Class<?> kind : Entity.class.getPermittedSubclasses()) {
            Entity record = oneOfEach.get(kind);
            assertNotNull(record, "no sample of " + kind.getSimpleName() + " here: add one, and its details");
            Details d = builder.build(record);
            assertFalse(d.title().isBlank(), kind.getSimpleName());
            assertFalse(d.sections().isEmpty(), kind.getSimpleName());
        }
    }

    @Test
    void anOrganisationShowsItsNamesKindPlaceDescriptionAndEvents() {
        showIn(UiLanguage.ENGLISH);
        selection.select(data.organisation("city-monitoring-centre").orElseThrow());
        Details d = vm.get();
        assertEquals("City Monitoring Centre", d.title());
        assertEquals("City unit", d.kind());
        assertEquals("City unit · Saint Petersburg", d.subtitle());

        Section names = section(d, "names");
        assertEquals("Miejskie Centrum Monitoringu", fact(names, "Polish name").value());
        Fact nat = fact(names, "Native name");
        assertEquals("Городской мониторинговый центр", nat.value());
        assertEquals(Basis.REFERENCE, nat.evidence().get(0).basis(), "the note gives only the Polish name");

        Section about = section(d, "about");
        Fact kind = fact(about, "Kind");
        assertEquals("City unit", kind.value());
        assertEquals(Basis.STATED, kind.evidence().get(0).basis());
        assertTrue(kind.evidence().get(0).quote().endsWith("Miejskim Centrum Monitoringu"),
                kind.evidence().get(0).quote());
        Fact place = fact(about, "Place");
        assertEquals("Saint Petersburg", place.value());
        assertEquals(data.place("saint-petersburg").orElseThrow(), place.link(), "the place is a link");
        assertTrue(place.evidence().get(0).inferred(), "the note does not name the Centre's city");
        assertEquals("A city unit that uses modern technologies, responsible for safety.",
                fact(about, "Description").value());

        List<Fact> events = section(d, "events").facts();
        assertEquals(List.of("Learning about the work of city units that use modern technologies"),
                events.stream().map(Fact::value).toList());
        Fact visit = events.get(0);
        assertEquals("29 November 2016", visit.label());
        assertEquals("Visit", visit.note());
        assertEquals(data.event("visit-city-units-2016-11-29").orElseThrow(), visit.link());
        assertTrue(visit.evidence().get(0).quote().endsWith("Miejskim Centrum Monitoringu"),
                "the passage naming the Centre at the visit");

        vm.open(place.link());
        assertEquals("Saint Petersburg", vm.get().title(), "following the place link selects the place");
    }

    @Test
    void anOrganisationWithoutAPlaceShowsItsOtherSpellingsAndPeople() {
        showIn(UiLanguage.ENGLISH);
        selection.select(data.organisation("forum-of-slavic-cultures").orElseThrow());
        Details d = vm.get();
        assertEquals("Forum of Slavic Cultures Foundation", d.title());
        assertEquals("Foundation", d.subtitle());
        assertEquals("Forum of Slavic Cultures", fact(section(d, "names"), "Other spellings").value());
        assertEquals(List.of("Foundation"), values(section(d, "about")), "no place, no description");
        assertTrue(section(d, "events").facts().isEmpty(), "no event lists it");
        Fact director = section(d, "people").facts().get(0);
        assertEquals("Director of the Forum of Slavic Cultures Foundation", director.label());
        assertEquals("dr Andreja Rihter", director.value());
        assertEquals("rihter", ((Person) director.link()).id(), "the person is a link");
    }

    @Test
    void organisationDetailsFollowTheLanguage() {
        showIn(UiLanguage.POLISH);
        selection.select(data.organisation("city-monitoring-centre").orElseThrow());
        assertEquals("Miejskie Centrum Monitoringu", vm.get().title());
        assertEquals("Jednostka miejska · Sankt Petersburg", vm.get().subtitle());
        assertEquals("Zapoznanie się z pracą miejskich jednostek wykorzystujących nowoczesne technologie",
                section(vm.get(), "events").facts().get(0).value());
    }

    @Test
    void anOrganisationsEventsAreInDateOrderWhateverTheFileOrder() {
        var events = new ArrayList<Event>();
        for (Event e : data.events()) {
            boolean names = e.id().equals("governor-summary-2016-11-30")
                    || e.id().equals("visit-city-units-2016-11-29");
            events.add(names ? withOrganisation(e, "city-monitoring-centre") : e);
        }
        Collections.reverse(events);
        Dataset reversed = new Dataset(data.schemaVersion(), data.sources(), data.countries(), data.places(),
                data.venues(), data.organisations(), data.people(), events);
        vm.setData(DatasetIndex.build(reversed), Messages.of(UiLanguage.ENGLISH));
        selection.select(reversed.organisation("city-monitoring-centre").orElseThrow());
        List<Fact> listed = section(vm.get(), "events").facts();
        assertEquals(List.of("Learning about the work of city units that use modern technologies", SUMMARY),
                listed.stream().map(Fact::value).toList());
        assertEquals(List.of("29 November 2016", "30 November 2016"), listed.stream().map(Fact::label).toList());
    }

    private static Event withOrganisation(Event e, String organisation) {
        return new Event(e.id(), e.kind(), e.title(), e.parent(), e.start(), e.end(), e.order(), e.venue(), e.place(),
                e.description(), e.participants(), e.people(), List.of(organisation), e.evidence());
    }

    @Test
    void aSelectionAlwaysShowsItsRecordEvenOneTheDataDoNotHoldYet() {
        Place krakow = data.place("krakow").orElseThrow();
        selection.select(krakow);
        int before = vm.builds();
        selection.select(DatasetEdits.renamed(krakow, "Cracow")); // e.g. a record just made, before its update
        assertEquals("Cracow", vm.get().title());
        assertEquals(before + 1, vm.builds());
    }

    @Test
    void anUpdateThatSelectsTheNewVersionAfterTheDataBuildsTheDetailsOnce() {
        Place krakow = data.place("krakow").orElseThrow();
        selection.select(krakow);
        int before = vm.builds();

        // an undo, or a file read again: the data change first, then the window selects the record's new version
        Dataset edited = DatasetEdits.with(data, DatasetEdits.renamed(krakow, "Cracow"));
        vm.setData(DatasetIndex.build(edited), Messages.of(UiLanguage.ENGLISH));
        assertEquals("Kraków", vm.get().title(), "the old version is not built from the new data");
        assertEquals(before, vm.builds());
        selection.select(edited.place("krakow").orElseThrow());
        assertEquals("Cracow", vm.get().title());
        assertEquals(before + 1, vm.builds(), "built once");
    }

    @Test
    void theSameRecordDataAndLanguageAreNotBuiltAgain() {
        Place krakow = data.place("krakow").orElseThrow();
        selection.select(krakow);
        Details shown = vm.get();
        int before = vm.builds();
        selection.select(krakow);
        vm.setData(index, english);
        assertEquals(before, vm.builds());
        assertSame(shown, vm.get(), "the details shown are the same object");

        showIn(UiLanguage.POLISH);
        assertEquals(before + 1, vm.builds(), "another language: built again");
    }
}
