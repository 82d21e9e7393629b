package app.delegations.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.delegations.model.Event;
import app.delegations.model.Place;
import app.delegations.ui.TestData;
import app.delegations.ui.filter.FilterModel;
import app.delegations.ui.places.PlacesViewModel;
import app.delegations.ui.timeline.TimelineItem;
import app.delegations.ui.timeline.TimelineViewModel;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/** How the view models work together: reload, selection by id, the timeline's filter, highlight, selection. */
class WorkspaceTest {
    @AutoClose
    private final CongressWorkspace window = new CongressWorkspace();

    private PlacesViewModel places() {
        return window.features.places.viewModel();
    }

    private TimelineViewModel timeline() {
        return window.features.timeline.viewModel();
    }

    private FilterModel filter() {
        return window.features.filter;
    }

    private List<String> timelineEvents() {
        return timeline().getLayout().items().stream().map(i -> i.event().id()).toList();
    }

    @Test
    void everyViewGetsTheData() {
        assertEquals(15, places().items().size());
        assertEquals(8, window.features.countries.viewModel().items().size());
        assertEquals(7, timeline().getLayout().size());
        assertEquals(1, window.features.source.viewModel().sources().size());
    }

    @Test
    void reloadKeepsTheFilterAndTheSelection() {
        filter().countries().add("RS");
        filter().searchTextProperty().set("kru");
        window.ws.selection().select(window.data().place("krusevac").orElseThrow());
        window.ws.reload();
        assertEquals(2, window.loads());
        assertEquals(List.of("krusevac"), places().items().stream().map(r -> r.id()).toList());
        Place selected = (Place) window.ws.selection().get();
        assertEquals("krusevac", selected.id());
        assertTrue(window.data().places().contains(selected), "the record of the new dataset, found by id");
        assertEquals("Kruševac", window.features.details.viewModel().get().title());
    }

    @Test
    void choosingKrakowHighlightsItsPresentationsOnTheTimeline() {
        window.ws.selection().select(window.data().place("krakow").orElseThrow());
        Set<String> expected =
                Set.of("krakow-strategy-presentation-2016-11-30", "krakow-portals-presentation-2016-11-30");
        assertEquals(expected, timeline().highlightedEventIdsProperty().get());
        long highlighted = timeline().getLayout().items().stream().filter(timeline()::isHighlighted).count();
        assertEquals(2, highlighted);
    }

    @Test
    void theTimelineShowsTheEventsOfThePlacesLeft() {
        filter().countries().add("RS");
        assertEquals(List.of("krakow-strategy-presentation-2016-11-30", "krakow-portals-presentation-2016-11-30")
                .stream().filter(timelineEvents()::contains).toList(), List.of());
        assertEquals(5, timelineEvents().size());
        filter().clear();
        assertEquals(7, timelineEvents().size());
    }

    @Test
    void theTimelineSharesTheSelection() {
        Event summary = window.data().event("governor-summary-2016-11-30").orElseThrow();
        window.ws.selection().select(summary);
        assertEquals(summary, timeline().selectedEventProperty().get());
        TimelineItem conference = timeline().getLayout().items().stream()
                .filter(i -> i.event().id().equals("conference-smolny-2016-11-30")).findFirst().orElseThrow();
        timeline().select(conference);
        assertEquals(conference.event(), window.ws.selection().get());
        assertEquals("The role of information technologies in the development of modern cities",
                window.features.details.viewModel().get().title());
        window.ws.selection().select(window.data().place("sofia").orElseThrow());
        assertNull(timeline().selectedEventProperty().get());
    }

    @Test
    void theTimelineHasTwoDaysWithTheirItems() {
        var layout = timeline().getLayout();
        assertEquals(List.of(TestData.NOV_29, TestData.NOV_30), layout.days());
        assertEquals(List.of("congress-2016", "visit-it-universities-2016-11-29", "visit-city-units-2016-11-29"),
                layout.itemsOn(TestData.NOV_29).stream().map(i -> i.event().id()).toList());
        assertTrue(layout.itemsOn(TestData.NOV_30).stream().map(i -> i.event().id()).toList()
                .containsAll(List.of("conference-smolny-2016-11-30", "krakow-strategy-presentation-2016-11-30",
                        "krakow-portals-presentation-2016-11-30", "governor-summary-2016-11-30")));
    }
}
