package app.delegations.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.delegations.data.LoadResult;
import app.delegations.model.Dataset;
import app.delegations.model.Event;
import app.delegations.model.Place;
import app.delegations.ui.RecordingDialogs;
import app.delegations.ui.TestData;
import app.delegations.ui.TestPrefs;
import app.delegations.ui.common.AppPreferences;
import app.delegations.ui.common.Frames;
import app.delegations.ui.common.UiLanguage;
import app.delegations.ui.filter.FilterModel;
import app.delegations.ui.places.PlacesViewModel;
import app.delegations.ui.timeline.TimelineItem;
import app.delegations.ui.timeline.TimelineViewModel;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** How the view models work together: reload, selection by id, the timeline's filter, highlight, selection. */
class WorkspaceTest {
    private final AppPreferences prefs = TestPrefs.fresh();
    private final TestFeatures features = new TestFeatures();
    private Workspace ws;
    private int loads;

    @BeforeEach
    void setUp() {
        var main = new MainViewModel((file, progress) -> {
            loads++;
            return new LoadResult("congress-2016.json", TestData.congress(), List.of());
        }, Runnable::run, Runnable::run, new RecordingDialogs(), prefs, UiLanguage.ENGLISH, features.steps(),
                Frames.immediate());
        ws = new Workspace(main, features.selection, features.steps());
        main.openBundled();
    }

    private PlacesViewModel places() {
        return features.places.viewModel();
    }

    private TimelineViewModel timeline() {
        return features.timeline.viewModel();
    }

    private FilterModel filter() {
        return features.filter;
    }

    @AfterEach
    void tearDown() {
        TestPrefs.remove(prefs);
    }

    private Dataset data() {
        return ws.index().dataset();
    }

    private List<String> timelineEvents() {
        return timeline().getLayout().items().stream().map(i -> i.event().id()).toList();
    }

    @Test
    void everyViewGetsTheData() {
        assertEquals(15, places().items().size());
        assertEquals(8, features.countries.viewModel().items().size());
        assertEquals(7, timeline().getLayout().size());
        assertEquals(1, features.source.viewModel().sources().size());
    }

    @Test
    void reloadKeepsTheFilterAndTheSelection() {
        filter().countries().add("RS");
        filter().searchTextProperty().set("kru");
        ws.selection().select(data().place("krusevac").orElseThrow());
        ws.reload();
        assertEquals(2, loads);
        assertEquals(List.of("krusevac"), places().items().stream().map(r -> r.id()).toList());
        Place selected = (Place) ws.selection().get();
        assertEquals("krusevac", selected.id());
        assertTrue(data().places().contains(selected), "the record of the new dataset, found by id");
        assertEquals("Kruševac", features.details.viewModel().get().title());
    }

    @Test
    void choosingKrakowHighlightsItsPresentationsOnTheTimeline() {
        ws.selection().select(data().place("krakow").orElseThrow());
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
        Event summary = data().event("governor-summary-2016-11-30").orElseThrow();
        ws.selection().select(summary);
        assertEquals(summary, timeline().selectedEventProperty().get());
        TimelineItem conference = timeline().getLayout().items().stream()
                .filter(i -> i.event().id().equals("conference-smolny-2016-11-30")).findFirst().orElseThrow();
        timeline().select(conference);
        assertEquals(conference.event(), ws.selection().get());
        assertEquals("The role of information technologies in the development of modern cities",
                features.details.viewModel().get().title());
        ws.selection().select(data().place("sofia").orElseThrow());
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
