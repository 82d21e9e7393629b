package app.delegations.data.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.delegations.data.DatasetLoader;
import app.delegations.model.Dataset;
import app.delegations.model.Event;
import app.delegations.model.Participation;
import app.delegations.model.Person;
import app.delegations.model.Venue;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * What a Delete does to the records around the deleted one, on the bundled congress (officer5 D2): a record that
 * merely mentions it loses the mention and nothing else; only a record that cannot exist without it goes too.
 */
class RemovalTest {
    private static final Dataset CONGRESS = new DatasetLoader().loadBundled().dataset().orElseThrow();
    private static final List<String> ATTENDED = List.of("congress-2016", "visit-it-universities-2016-11-29",
            "visit-city-units-2016-11-29", "conference-smolny-2016-11-30");

    private static List<String> ids(Iterable<? extends Record> records) {
        var out = new java.util.ArrayList<String>();
        records.forEach(r -> out.add(RecordEdit.id(r)));
        return out;
    }

    /** The edits' records as they stand after the change, by id (null: removed). */
    private static Map<String, Record> after(Removal removal) {
        var out = new java.util.LinkedHashMap<String, Record>();
        removal.change().edits().forEach(e -> out.put(e.id(), e.after()));
        return out;
    }

    private static List<String> participants(Record event) {
        return ((Event) event).participants().stream().map(Participation::place).toList();
    }

    @Test
    void deletingAPartnerCityTakesItOffTheEventsItAttendedAndDeletesNothingElse() {
        Removal removal = Removal.of(CONGRESS, CONGRESS.place("kosice").orElseThrow());
        assertEquals(Map.of(), removal.dependants(), "no record goes with Košice");
        assertEquals(ATTENDED, ids(removal.unlinked().keySet()));
        assertEquals(ATTENDED, ids(removal.unlinked(Removal.Link.PARTICIPANT)));
        removal.unlinked().values().forEach(links -> assertEquals(Set.of(Removal.Link.PARTICIPANT), links));

        Map<String, Record> after = after(removal);
        assertEquals(null, after.get("kosice"));
        assertTrue(after.containsKey("kosice"), "Košice is removed");
        assertEquals(5, after.size(), "four events edited, one place removed: nothing else touched");
        for (String id : ATTENDED) {
            Event before = CONGRESS.event(id).orElseThrow();
            var expected = participants(before).stream().filter(p -> !p.equals("kosice")).toList();
            assertEquals(expected, participants(after.get(id)), id + " keeps its other partners, in order");
            Event kept = (Event) after.get(id);
            assertEquals(before.evidence(), kept.evidence());
            assertEquals(before.people(), kept.people());
        }
        assertEquals(14, participants(after.get("congress-2016")).size(), "the congress keeps its 14 other partners");
    }

    @Test
    void aPresentationWhoseOnlyPresenterIsDeletedGoesTooTheCongressStays() {
        Removal removal = Removal.of(CONGRESS, CONGRESS.place("krakow").orElseThrow());
        assertEquals(Map.of(CONGRESS.event("krakow-strategy-presentation-2016-11-30").orElseThrow(),
                        Removal.Why.NO_OTHER_PARTICIPANT,
                        CONGRESS.event("krakow-portals-presentation-2016-11-30").orElseThrow(),
                        Removal.Why.NO_OTHER_PARTICIPANT), removal.dependants());
        assertTrue(ids(removal.unlinked(Removal.Link.PARTICIPANT)).contains("congress-2016"),
                "the congress stays, without Kraków among its partners");
    }

    @Test
    void deletingACountryDeletesItsPlacesAndTakesThemOffTheirEvents() {
        Removal removal = Removal.of(CONGRESS, CONGRESS.country("SK").orElseThrow());
        assertEquals(Map.of(CONGRESS.place("kosice").orElseThrow(), Removal.Why.IN_COUNTRY), removal.dependants());
        assertEquals(ATTENDED, ids(removal.unlinked(Removal.Link.PARTICIPANT)));
    }

    @Test
    void deletingAnEventDeletesItsSubEventsAndTheirsAsToday() {
        Removal removal = Removal.of(CONGRESS, CONGRESS.event("congress-2016").orElseThrow());
        assertEquals(CONGRESS.events().size() - 1, removal.dependants().size(), "every other event lies within it");
        assertTrue(removal.dependants().values().stream().allMatch(w -> w == Removal.Why.PART_OF_EVENT));
        var edits = removal.change().edits();
        assertEquals("congress-2016", edits.get(edits.size() - 1).id(), "the event itself last, its parts before");
        assertTrue(edits.stream().allMatch(e -> e.after() == null));
    }

    @Test
    void deletingAPersonOrOrganisationLeavesTheEventsThatNameThem() {
        Removal person = Removal.of(CONGRESS, CONGRESS.person("poltavchenko").orElseThrow());
        assertEquals(Map.of(), person.dependants());
        assertEquals(List.of("governor-summary-2016-11-30"), ids(person.unlinked(Removal.Link.PERSON)));
        assertTrue(((Event) after(person).get("governor-summary-2016-11-30")).people().isEmpty());

        Removal unit = Removal.of(CONGRESS, CONGRESS.organisation("city-monitoring-centre").orElseThrow());
        assertEquals(List.of("visit-city-units-2016-11-29"), ids(unit.unlinked(Removal.Link.ORGANISATION)));
        assertEquals(List.of(), ((Event) after(unit).get("visit-city-units-2016-11-29")).organisations());
    }

    @Test
    void deletingTheHostCityLeavesVenuesOrganisationsAndPostsWithoutAPlace() {
        Removal removal = Removal.of(CONGRESS, CONGRESS.place("saint-petersburg").orElseThrow());
        Map<String, Record> after = after(removal);
        assertEquals(null, ((Venue) after.get("smolny")).place());
        Person governor = (Person) after.get("poltavchenko");
        assertEquals(null, governor.positions().get(0).place());
        assertEquals("saint-petersburg-authorities", governor.positions().get(0).organisation());
        assertTrue(ids(removal.unlinked(Removal.Link.OTHER)).containsAll(List.of("smolny", "poltavchenko")));
        assertTrue(ids(removal.unlinked(Removal.Link.EVENT_PLACE)).contains("congress-2016"));
        assertEquals(null, ((Event) after.get("congress-2016")).place());
    }

    @Test
    void deletingASourceTakesItsCitationsOffEveryRecordAndDeletesNone() {
        Removal removal = Removal.of(CONGRESS, CONGRESS.source("note-2016").orElseThrow());
        assertEquals(Map.of(), removal.dependants());
        assertTrue(removal.unlinked(Removal.Link.CITATION).size() > 10);
        removal.unlinked().values().forEach(links -> assertEquals(Set.of(Removal.Link.CITATION), links,
                "only citations are taken off"));
        for (RecordEdit e : removal.change().edits()) {
            if (e.after() != null) {
                assertTrue(References.of(e.after()).stream().noneMatch(r -> r.id().equals("note-2016")),
                        e.id() + " cites the source no more");
            }
        }
    }

    @Test
    void undoingTheChangePutsEveryRecordBack() {
        Removal removal = Removal.of(CONGRESS, CONGRESS.place("kosice").orElseThrow());
        for (RecordEdit e : removal.change().inverse().edits()) {
            Record back = e.after();
            assertEquals(back, References.all(CONGRESS).filter(r -> r.getClass() == back.getClass()
                    && RecordEdit.id(r).equals(e.id())).findFirst().orElseThrow());
        }
    }
}
