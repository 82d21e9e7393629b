package app.delegations.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.delegations.model.Dataset;
import app.delegations.model.Event;
import app.delegations.model.PlaceRole;
import app.delegations.ui.TestData;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DatasetIndexTest {
    private static final String CONFERENCE = "conference-smolny-2016-11-30";

    private final Dataset data = TestData.congress();
    private final DatasetIndex index = DatasetIndex.build(data);

    private Event event(String id) {
        return data.event(id).orElseThrow();
    }

    @Test
    void eventsWithoutParticipantsInheritTheirParents() {
        assertEquals(15, index.participants(event("congress-2016")).size());
        assertEquals(15, index.participants(event("governor-summary-2016-11-30")).size(), "summary → conference");
        assertEquals(List.of("krakow"), index.participants(event("krakow-strategy-presentation-2016-11-30")));
        // the visits name their own 14 places (Kraków came on the 30th): their own list wins over the congress's
        List<String> visitors = index.participants(event("visit-it-universities-2016-11-29"));
        assertEquals(14, visitors.size());
        assertFalse(visitors.contains("krakow"));
    }

    @Test
    void anEventInheritsFromTheNearestAncestorNamingParticipants() {
        // the file's conference names its participants; without them the summary inherits two levels up
        var events = data.events().stream().map(e -> !e.id().equals(CONFERENCE) ? e
                : new Event(e.id(), e.kind(), e.title(), e.parent(), e.start(), e.end(), e.order(), e.venue(),
                        e.place(), e.description(), List.of(), e.people(), e.organisations(), e.evidence()))
                .toList();
        var unnamed = DatasetIndex.build(new Dataset(1, data.sources(), data.countries(), data.places(),
                data.venues(), data.organisations(), data.people(), events));
        Event summary = unnamed.dataset().event("governor-summary-2016-11-30").orElseThrow();
        assertEquals(15, unnamed.participants(summary).size(), "summary → conference → congress");
    }

    @Test
    void placesKnowTheirEventsAndRoles() {
        assertEquals(5, index.eventsOf("krakow").size(),
                "the congress, the conference, its summary and two presentations");
        assertEquals(5, index.eventsOf("sofia").size(), "the congress, two visits, the conference and its summary");
        assertEquals(Set.of(PlaceRole.PARTICIPANT, PlaceRole.PRESENTER), index.entry("krakow").roles());
        assertEquals(Set.of(PlaceRole.HOST), index.entry("saint-petersburg").roles());
        assertEquals(PlaceRole.PRESENTER, index.directRole(event("krakow-portals-presentation-2016-11-30"), "krakow"));
        assertNull(index.directRole(event("governor-summary-2016-11-30"), "krakow"));
    }

    @Test
    void mostSpecificEventsOfKrakowAreItsPresentations() {
        assertEquals(Set.of("krakow-strategy-presentation-2016-11-30", "krakow-portals-presentation-2016-11-30"),
                index.mostSpecificEvents("krakow"));
        assertEquals(Set.of("visit-it-universities-2016-11-29", "visit-city-units-2016-11-29", CONFERENCE),
                index.mostSpecificEvents("sofia"));
    }

    @Test
    void searchTextHoldsFoldedNamesAndCountriesTheirs() {
        PlaceEntry e = index.entry("krusevac");
        assertTrue(e.folded().contains("krusevac"));
        assertTrue(e.folded().contains("крушевац"));
        String country = index.countrySearchText(e.countryIndex());
        assertTrue(country.contains("serbia"));
        assertTrue(country.contains("србија"));
        assertEquals(index.columns().folded()[e.index()], e.folded());
    }
}
