package app.delegations.ui.details;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.delegations.index.DatasetIndex;
import app.delegations.model.Attendance;
import app.delegations.model.Dataset;
import app.delegations.model.Entity;
import app.delegations.model.Event;
import app.delegations.model.Organisation;
import app.delegations.model.Person;
import app.delegations.model.PersonRole;
import app.delegations.model.Place;
import app.delegations.ui.TestData;
import app.delegations.ui.common.Messages;
import app.delegations.ui.common.Selection;
import app.delegations.ui.common.UiLanguage;
import app.delegations.ui.details.Details.Fact;
import app.delegations.ui.details.Details.Section;
import app.delegations.ui.filter.FilterModel;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A person's details, and people and organisations as links in the details of the records they belong to. */
class PersonDetailsTest {
    private static final String CONGRESS = "IV International Congress “St. Petersburg and the Slavic World”";

    private final Dataset data = TestData.congress();
    private final Selection selection = new Selection();
    private final FilterModel filter = new FilterModel();
    private final DetailsViewModel vm = new DetailsViewModel(selection, filter);

    @BeforeEach
    void setUp() {
        show(data, UiLanguage.ENGLISH);
    }

    private void show(Dataset d, UiLanguage language) {
        DatasetIndex index = DatasetIndex.build(d);
        filter.setIndex(index);
        vm.setData(index, Messages.of(language));
    }

    private static Section section(Details d, String id) {
        return d.sections().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
    }

    private static List<String> values(Section s) {
        return s.facts().stream().map(Fact::value).toList();
    }

    private static String id(Entity e) {
        return e instanceof Person p ? p.id() : e instanceof Organisation o ? o.id() : e instanceof Place p ? p.id()
                : e instanceof Event ev ? ev.id() : String.valueOf(e);
    }

    @Test
    void aPersonShowsNamesHonorificPositionsWithLinksThenTheirEvents() {
        selection.select(data.person("rihter").orElseThrow());
        Details d = vm.get();
        assertEquals("dr Andreja Rihter", d.title());
        assertEquals("Person", d.kind());
        assertEquals("Person · Director of the Forum of Slavic Cultures Foundation", d.subtitle());
        assertEquals(List.of("names", "about", "positions", "events"), d.sections().stream().map(Section::id).toList());
        assertEquals(List.of("dr"), values(section(d, "about")), "the honorific");
        List<Fact> positions = section(d, "positions").facts();
        assertEquals(List.of("Director of the Forum of Slavic Cultures Foundation", "Forum of Slavic Cultures Foundation"),
                positions.stream().map(Fact::value).toList(), "the title, then its organisation (no place named)");
        assertNull(positions.get(0).link());
        assertEquals("forum-of-slavic-cultures", id(positions.get(1).link()), "the organisation is a link");
        assertFalse(positions.get(0).evidence().isEmpty(), "the source states the position");

        Fact congress = section(d, "events").facts().get(0);
        assertEquals(CONGRESS, congress.value());
        assertEquals("congress-2016", id(congress.link()), "the event is a link");
        assertEquals("Honorary guest", congress.note(), "their role there");
        assertEquals("29–30 November 2016", congress.label());
    }

    @Test
    void theGovernorsPositionLinksItsOrganisationAndPlaceAndHisSpeechSaysWhatHeDid() {
        selection.select(data.person("poltavchenko").orElseThrow());
        Details d = vm.get();
        assertEquals("Georgy Poltavchenko", d.title());
        assertEquals(List.of("names", "positions", "events"), d.sections().stream().map(Section::id).toList(),
                "no honorific, no section for it");
        List<Fact> positions = section(d, "positions").facts();
        assertEquals(List.of("Governor of St. Petersburg", "St. Petersburg city authorities", "Saint Petersburg"),
                positions.stream().map(Fact::value).toList());
        assertEquals("saint-petersburg-authorities", id(positions.get(1).link()));
        assertEquals("saint-petersburg", id(positions.get(2).link()));
        assertEquals("Russia", positions.get(2).note(), "the place's country");
        Fact summary = section(d, "events").facts().get(0);
        assertEquals("governor-summary-2016-11-30", id(summary.link()));
        assertEquals("Speaker · Summed up the conference and thanked the foreign guests.", summary.note());
    }

    @Test
    void anEventsPeopleGiveAPositionWithoutRepeatingTheOrganisationOrPlaceItNames() {
        selection.select(data.event("congress-2016").orElseThrow());
        Fact rihter = section(vm.get(), "people").facts().get(0);
        assertEquals("dr Andreja Rihter", rihter.value());
        assertEquals("Director of the Forum of Slavic Cultures Foundation", rihter.note(),
                "the title names the foundation: said once");
        show(data, UiLanguage.POLISH);
        selection.select(data.event("congress-2016").orElseThrow());
        assertEquals("Dyrektor Fundacji Forum Kultur Słowiańskich", section(vm.get(), "people").facts().get(0).note(),
                "“Fundacji” names “Fundacja”: inflected, still the same foundation");

        var events = new ArrayList<Event>(); // the governor at the visit, with no note: his position instead
        for (Event e : data.events()) {
            events.add(e.id().equals("visit-city-units-2016-11-29") ? withGovernor(e) : e);
        }
        Dataset governed = new Dataset(data.schemaVersion(), data.sources(), data.countries(), data.places(),
                data.venues(), data.organisations(), data.people(), events);
        show(governed, UiLanguage.ENGLISH);
        selection.select(governed.event("visit-city-units-2016-11-29").orElseThrow());
        assertEquals("Governor of St. Petersburg, St. Petersburg city authorities",
                section(vm.get(), "people").facts().get(0).note(),
                "the authorities are not named by the title; the city is (by its alias St. Petersburg)");
    }

    @Test
    void aPersonsEventsAreInDateOrderWhateverTheFileOrder() {
        var events = new ArrayList<Event>();
        for (Event e : data.events()) {
            boolean attends = e.id().equals("governor-summary-2016-11-30") || e.id().equals("visit-city-units-2016-11-29");
            events.add(attends && e.people().isEmpty() ? withGovernor(e) : e);
        }
        Collections.reverse(events);
        Dataset reversed = new Dataset(data.schemaVersion(), data.sources(), data.countries(), data.places(),
                data.venues(), data.organisations(), data.people(), events);
        show(reversed, UiLanguage.ENGLISH);
        selection.select(reversed.person("poltavchenko").orElseThrow());
        List<Fact> listed = section(vm.get(), "events").facts();
        assertEquals(List.of("visit-city-units-2016-11-29", "governor-summary-2016-11-30"),
                listed.stream().map(f -> id(f.link())).toList());
        assertEquals(List.of("29 November 2016", "30 November 2016"), listed.stream().map(Fact::label).toList());
    }

    @Test
    void aPersonsDetailsFollowTheLanguage() {
        show(data, UiLanguage.POLISH);
        selection.select(data.person("poltavchenko").orElseThrow());
        Details d = vm.get();
        assertEquals("Giorgij Połtawczenko", d.title());
        assertEquals("Osoba", d.kind());
        assertEquals("Prelegent · Podsumował konferencję i podziękował zagranicznym gościom.",
                section(d, "events").facts().get(0).note());
    }

    @Test
    void inAnEventsDetailsPeopleAndOrganisationsAreLinksThatOpenTheirDetailsAndBackReturns() {
        Event congress = data.event("congress-2016").orElseThrow();
        selection.select(congress);
        Fact rihter = section(vm.get(), "people").facts().get(0);
        assertEquals("dr Andreja Rihter", rihter.value());
        assertEquals("Honorary guest", rihter.label());
        vm.open(rihter.link());
        assertEquals("dr Andreja Rihter", vm.get().title(), "following the person link selects the person");
        assertTrue(vm.history().canGoBackProperty().get());
        vm.history().back();
        assertEquals(congress, selection.get(), "Back returns to the event");

        selection.select(data.event("visit-city-units-2016-11-29").orElseThrow());
        Fact centre = section(vm.get(), "organisations").facts().get(0);
        assertEquals("city-monitoring-centre", id(centre.link()), "an organisation of the event is a link");
        vm.open(centre.link());
        assertEquals("City Monitoring Centre", vm.get().title());
    }

    @Test
    void inAPlacesDetailsItsOrganisationsAreLinks() {
        selection.select(data.place("saint-petersburg").orElseThrow());
        List<Fact> organisations = section(vm.get(), "organisations").facts();
        assertEquals(List.of("city-monitoring-centre", "saint-petersburg-authorities"),
                organisations.stream().map(f -> id(f.link())).toList());
    }

    @Test
    void thePaneSaysWhenTheFilterHidesTheSelectedPerson() {
        selection.select(data.person("rihter").orElseThrow());
        assertNull(vm.hiddenNoticeProperty().get());
        filter.searchTextProperty().set("poltavchenko");
        assertEquals("This person is hidden by the search.", vm.hiddenNoticeProperty().get(), "no filter is ticked");
        filter.searchTextProperty().set("rihter");
        assertNull(vm.hiddenNoticeProperty().get());
    }

    private static Event withGovernor(Event e) {
        return new Event(e.id(), e.kind(), e.title(), e.parent(), e.start(), e.end(), e.order(), e.venue(), e.place(),
                e.description(), e.participants(), List.of(new Attendance("poltavchenko", PersonRole.PARTICIPANT, null,
                List.of())), e.organisations(), e.evidence());
    }
}
