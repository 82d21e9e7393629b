package app.delegations.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import app.delegations.data.Checkpoint;
import app.delegations.model.Dataset;
import app.delegations.model.Event;
import app.delegations.model.Place;
import app.delegations.ui.DatasetEdits;
import app.delegations.ui.TestData;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each place's meetings as the Places table shows them: how many, and the latest. */
class PlaceMeetingsTest {
    private final Dataset data = TestData.congress();
    private final DatasetIndex index = DatasetIndex.build(data);

    /** The latest of a place's events, found by sorting them: began last, then ended last, then last in the file. */
    private static Event latestBySorting(DatasetIndex index, String placeId) {
        List<Event> all = index.dataset().events();
        return index.eventsOf(placeId).stream().max(Comparator.comparing(Event::start).thenComparing(Event::end)
                .thenComparingInt(all::indexOf)).orElse(null);
    }

    @Test
    void krakowMetFiveTimesLastOnTheThirtiethOfNovember2016() {
        PlaceEntry krakow = index.entry("krakow");
        assertEquals(5, index.meetings().count(krakow), "the congress, the conference, its summary, two presentations");
        Event latest = index.meetings().latest(krakow);
        assertEquals(LocalDate.of(2016, 11, 30), latest.start());
        assertEquals(latestBySorting(index, "krakow"), latest);
    }

    @Test
    void everyPlaceCountsTheEventsItsDetailsListAndItsLatestIsTheLastOfThem() {
        for (PlaceEntry e : index.entries()) {
            assertEquals(index.eventsOf(e.id()).size(), index.meetings().count(e), e.id());
            assertEquals(latestBySorting(index, e.id()), index.meetings().latest(e), e.id());
        }
    }

    @Test
    void aPlaceAtNoEventHasNoMeetings() {
        var places = new ArrayList<>(data.places());
        Place first = DatasetEdits.renamed(data.places().get(0), "Lonely");
        Place lonely = new Place("lonely", first.kind(), first.names(), first.country(), first.coordinates(),
                first.note(), first.evidence());
        places.add(lonely);
        var with = DatasetIndex.build(new Dataset(data.schemaVersion(), data.sources(), data.countries(), places,
                data.venues(), data.organisations(), data.people(), data.events()));
        assertEquals(0, with.meetings().count(with.entry("lonely")));
        assertNull(with.meetings().latest(with.entry("lonely")));
    }

    @Test
    void aPlannedMeetingCountsButTheLastMeetingIsTheLatestHeldByToday() {
        Event presentation = data.event("krakow-portals-presentation-2016-11-30").orElseThrow();
        Event planned = new Event("planned-visit", presentation.kind(), presentation.title(), null,
                LocalDate.of(2029, 10, 1), LocalDate.of(2029, 10, 2), 1, null, null, null,
                presentation.participants(), List.of(), List.of(), presentation.evidence());
        Event today = new Event("visit-today", presentation.kind(), presentation.title(), null,
                LocalDate.of(2026, 12, 7), LocalDate.of(2026, 12, 9), 1, null, null, null,
                presentation.participants(), List.of(), List.of(), presentation.evidence());
        var events = new ArrayList<>(data.events());
        events.add(planned);
        events.add(today);
        Dataset withPlans = new Dataset(data.schemaVersion(), data.sources(), data.countries(), data.places(),
                data.venues(), data.organisations(), data.people(), events);
        Clock december7 = Clock.fixed(Instant.parse("2026-12-07T10:00:00Z"), ZoneOffset.UTC);
        DatasetIndex built = DatasetIndex.build(withPlans, Checkpoint.NONE, december7);
        PlaceEntry krakow = built.entry("krakow");
        assertEquals(7, built.meetings().count(krakow), "planned meetings are meetings of the archive");
        assertEquals(today, built.meetings().latest(krakow), "begun today: held; 2029: planned, not the last");
        Clock december6 = Clock.fixed(Instant.parse("2026-12-06T10:00:00Z"), ZoneOffset.UTC);
        DatasetIndex dayBefore = DatasetIndex.build(withPlans, Checkpoint.NONE, december6);
        assertEquals(LocalDate.of(2016, 11, 30), dayBefore.meetings().latest(dayBefore.entry("krakow")).start());
        DatasetIndex updated = DatasetIndex.updated(dayBefore, withPlans, Checkpoint.NONE);
        assertEquals(LocalDate.of(2016, 11, 30), updated.meetings().latest(updated.entry("krakow")).start(),
                "an update tells the day by the same clock");
        var onlyPlanned = new Dataset(data.schemaVersion(), data.sources(), data.countries(), data.places(),
                data.venues(), data.organisations(), data.people(), List.of(planned));
        DatasetIndex plans = DatasetIndex.build(onlyPlanned, Checkpoint.NONE, december7);
        assertEquals(1, plans.meetings().count(plans.entry("krakow")));
        assertNull(plans.meetings().latest(plans.entry("krakow")), "no meeting held yet");
    }

    @Test
    void aMovedEventIsTheLatestMeetingOfItsPlacesInTheUpdatedIndex() {
        Event presentation = data.event("krakow-portals-presentation-2016-11-30").orElseThrow();
        Event moved = new Event(presentation.id(), presentation.kind(), presentation.title(), presentation.parent(),
                LocalDate.of(2017, 3, 2), LocalDate.of(2017, 3, 3), presentation.order(), presentation.venue(),
                presentation.place(), presentation.description(), presentation.participants(), presentation.people(),
                presentation.organisations(), presentation.evidence());
        DatasetIndex updated = DatasetIndex.updated(index, DatasetEdits.with(data, moved), Checkpoint.NONE);
        assertEquals(moved, updated.meetings().latest(updated.entry("krakow")));
        assertEquals(5, updated.meetings().count(updated.entry("krakow")));
    }
}
