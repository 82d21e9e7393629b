package app.delegations.ui.timeline;

import static app.delegations.ui.timeline.Fixtures.*;
import static org.junit.jupiter.api.Assertions.*;

import app.delegations.model.Event;
import app.delegations.model.EventKind;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Queue;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TimelineViewModelTest {

    private static final double W = 1000;
    private static final double H = 600;

    private TimelineViewModel vm;

    @BeforeEach
    void setUp() {
        vm = new TimelineViewModel();
        vm.localeProperty().set(Locale.ENGLISH);
        vm.viewportWidthProperty().set(W);
        vm.viewportHeightProperty().set(H);
        vm.setDataset(congressShuffled());
    }

    private String selectedId() {
        return vm.selectedEventProperty().get() == null ? null : vm.selectedEventProperty().get().id();
    }

    private TimelineItem item(String id) {
        return vm.getLayout().item(vm.getLayout().indexOf(id));
    }

    private double centreX(TimelineItem item) {
        return vm.viewport().xOfDay(item.startDay() + 0.5);
    }

    private double centreY(TimelineItem item) {
        return vm.viewport().yOfRow(item.row()) + TimelineMetrics.ROW_HEIGHT / 2;
    }

    @Test
    void aNewDatasetIsFittedSoThatBothDaysAndAllItemsShow() {
        assertEquals(List.of(NOV_29, NOV_30), vm.getLayout().days());
        assertEquals(7, vm.visibleItems().size());
        assertEquals((W - 2 * TimelineMetrics.EDGE) / 2, vm.getPixelsPerDay(), 1e-9);
        assertEquals(Detail.LABELS, vm.detailProperty().get());
        assertEquals(TimelineMetrics.EDGE, vm.viewport().xOfDay(NOV_29.toEpochDay()), 1e-6);
        assertEquals(W - TimelineMetrics.EDGE, vm.viewport().xOfDay(NOV_30.toEpochDay() + 1), 1e-6);
        assertEquals(0, vm.viewport().scrollYMaxProperty().get(), "five rows fit in 600 px");
    }

    @Test
    void fittingWaitsForTheViewportSize() {
        var fresh = new TimelineViewModel();
        fresh.setDataset(congressShuffled());
        fresh.viewportWidthProperty().set(500);
        fresh.viewportHeightProperty().set(400);
        assertEquals((500 - 2 * TimelineMetrics.EDGE) / 2, fresh.getPixelsPerDay(), 1e-9);
        assertEquals(7, fresh.visibleItems().size());
    }

    @Test
    void zoomButtonsScaleAroundTheCentreAndStopAtTheLimits() {
        double fitted = vm.getPixelsPerDay();
        double centreDay = vm.viewport().dayAt(W / 2);
        vm.zoomIn();
        assertEquals(fitted * TimelineMetrics.ZOOM_STEP, vm.getPixelsPerDay(), 1e-9);
        assertEquals(centreDay, vm.viewport().dayAt(W / 2), 1e-9);
        vm.zoomOut();
        assertEquals(fitted, vm.getPixelsPerDay(), 1e-9);
        vm.zoomOut();
        vm.zoomOut();
        assertEquals(fitted / 2, vm.getPixelsPerDay(), 1e-9, "no further out than half the fitted scale");
        assertFalse(vm.viewport().canZoomOutProperty().get());
        for (int i = 0; i < 30; i++) {
            vm.zoomIn();
        }
        assertEquals(TimelineMetrics.MAX_PIXELS_PER_DAY, vm.getPixelsPerDay(), 1e-9);
        assertFalse(vm.viewport().canZoomInProperty().get());
        vm.fitAll();
        assertEquals(fitted, vm.getPixelsPerDay(), 1e-9);
        assertEquals(7, vm.visibleItems().size());
    }

    @Test
    void zoomingAtThePointerKeepsTheDayUnderIt() {
        double x = 700;
        double day = vm.viewport().dayAt(x);
        vm.zoomBy(2, x);
        assertEquals(day, vm.viewport().dayAt(x), 1e-9);
        assertTrue(vm.viewport().firstDayProperty().get() >= vm.viewport().firstDayMinProperty().get());
        assertTrue(vm.viewport().firstDayProperty().get() <= vm.viewport().firstDayMaxProperty().get());
    }

    @Test
    void scrollingStaysWithinTheEvents() {
        vm.zoomBy(4, 0);
        vm.scrollBy(-1e6, 0);
        assertEquals(vm.viewport().firstDayMinProperty().get(), vm.viewport().firstDayProperty().get(), 1e-9);
        vm.scrollBy(1e6, 0);
        assertEquals(vm.viewport().firstDayMaxProperty().get(), vm.viewport().firstDayProperty().get(), 1e-9);
        double lastX = vm.viewport().xOfDay(NOV_30.toEpochDay() + 1);
        assertEquals(W - TimelineMetrics.EDGE, lastX, 1e-6, "the last day ends at the right edge");
    }

    @Test
    void clickingSelectsTheInnermostItemAndEmptySpaceClears() {
        TimelineItem strategy = item(STRATEGY);
        vm.selectAt(centreX(strategy), centreY(strategy));
        assertEquals(STRATEGY, selectedId());
        assertEquals(strategy, vm.selectedItemProperty().get());
        TimelineItem conference = item(CONFERENCE);
        vm.selectAt(centreX(conference), centreY(conference));
        assertEquals(CONFERENCE, selectedId());
        vm.selectAt(centreX(conference), vm.viewport().yOfRow(10));
        assertNull(selectedId());
        assertNull(vm.itemAt(centreX(conference), 5), "the axis holds no items");
    }

    @Test
    void clickingAPartlyVisibleItemDoesNotMoveTheView() {
        vm.zoomBy(3, 0);  // the congress now starts in view and runs off the right edge
        double before = vm.viewport().firstDayProperty().get();
        TimelineItem congress = item(CONGRESS);
        assertTrue(vm.viewport().xOfDay(congress.endDay() + 1) > W);
        vm.selectAt(W - 10, centreY(congress));
        assertEquals(CONGRESS, selectedId());
        assertEquals(before, vm.viewport().firstDayProperty().get(), 1e-9);
        vm.scrollBy(1e6, 0);  // now the congress starts out of view on the left, its end still shows
        double scrolled = vm.viewport().firstDayProperty().get();
        vm.selectAt(10, centreY(item(CONFERENCE)));
        assertEquals(CONFERENCE, selectedId());
        vm.selectAt(10, centreY(congress));
        assertEquals(scrolled, vm.viewport().firstDayProperty().get(), 1e-9);
    }

    @Test
    void arrowsWalkTheItemsInTimeOrderAndEnterOpensDetails() {
        var opened = new ArrayList<Event>();
        vm.onOpenDetailsProperty().set(opened::add);
        var walked = new ArrayList<String>();
        for (int i = 0; i < 8; i++) {
            vm.selectNext();
            walked.add(selectedId());
        }
        assertEquals(List.of(CONGRESS, VISIT_UNIVERSITIES, VISIT_CITY_UNITS, CONFERENCE, SUMMARY, STRATEGY, PORTALS,
                PORTALS), walked);
        vm.selectPrevious();
        vm.selectPrevious();
        assertEquals(SUMMARY, selectedId());
        vm.openSelected();
        assertEquals(List.of(SUMMARY), opened.stream().map(Event::id).toList());
    }

    @Test
    void filteredOutEventsAreNotLaidOutAndLoseTheirItem() {
        vm.selectedEventProperty().set(item(VISIT_CITY_UNITS).event());
        assertNotNull(vm.selectedItemProperty().get());
        vm.eventFilterProperty().set(e -> e.kind() != EventKind.VISIT);
        assertEquals(5, vm.getLayout().size());
        assertEquals(-1, vm.getLayout().indexOf(VISIT_UNIVERSITIES));
        assertNull(vm.selectedItemProperty().get(), "a filtered-out event has no item");
        assertEquals(VISIT_CITY_UNITS, selectedId(), "the selection itself belongs to the window");
        vm.eventFilterProperty().set(null);
        assertEquals(7, vm.getLayout().size());
        assertEquals(VISIT_CITY_UNITS, vm.selectedItemProperty().get().event().id());
    }

    @Test
    void highlightedIdsAreReportedPerItemAndRedraw() {
        int before = vm.revisionProperty().get();
        vm.highlightedEventIdsProperty().set(Set.of(STRATEGY, PORTALS));
        assertTrue(vm.revisionProperty().get() > before);
        assertTrue(vm.isHighlighted(item(STRATEGY)));
        assertTrue(vm.isHighlighted(item(PORTALS)));
        assertFalse(vm.isHighlighted(item(SUMMARY)));
    }

    @Test
    void datesAndTitlesFollowTheLocale() {
        assertEquals("30 November 2016", vm.dayFormatProperty().get().full(NOV_30));
        assertEquals("The role of information technologies in the development of modern cities",
                vm.titleOf(item(CONFERENCE)));
        vm.localeProperty().set(Locale.forLanguageTag("pl-PL"));
        assertEquals("30 listopada 2016", vm.dayFormatProperty().get().full(NOV_30));
        assertEquals("listopad 2016", vm.dayFormatProperty().get().monthYear(NOV_30));
        assertEquals("Rola technologii informacyjnych dla rozwoju współczesnych miast", vm.titleOf(item(CONFERENCE)));
        assertEquals("29 listopada 2016 – 30 listopada 2016", vm.dayFormatProperty().get().range(NOV_29, NOV_30));
    }

    @Test
    void tenYearsFitAsCountsAndZoomingInReachesItemsAndKeyboardRevealsThem() {
        var data = large(100_000, 5);
        vm.setDataset(data);
        assertEquals(Detail.COUNTS, vm.detailProperty().get(), "ten years in 1000 px: counts per day");
        assertTrue(vm.viewport().visibleDaysProperty().get() > 3650);
        while (vm.detailProperty().get() == Detail.COUNTS) {
            vm.zoomIn();
        }
        assertEquals(Detail.SHAPES, vm.detailProperty().get());
        TimelineLayout layout = vm.getLayout();
        TimelineItem far = layout.item(layout.size() - 1);
        vm.selectedEventProperty().set(far.event());
        assertTrue(vm.visibleItems().contains(far), "selecting an event scrolls it into view");
        vm.selectPrevious();
        assertTrue(vm.visibleItems().contains(vm.selectedItemProperty().get()));
        assertTrue(vm.visibleItems().size() < 20_000, "only the window is visited");
    }

    /** A view model laying out on a background thread whose jobs wait in {@code jobs}, showing the congress. */
    private static TimelineViewModel inTheBackground(Queue<Runnable> jobs) {
        var fresh = new TimelineViewModel();
        fresh.useBackgroundLayout(jobs::add, Runnable::run);
        fresh.viewportWidthProperty().set(W);
        fresh.viewportHeightProperty().set(H);
        fresh.setDataset(congressShuffled());
        return fresh;
    }

    @Test
    void inTheBackgroundOnlyTheNewestLayoutIsAppliedAndTheFirstOneIsFitted() {
        var jobs = new ArrayDeque<Runnable>();
        var fresh = inTheBackground(jobs);
        fresh.eventFilterProperty().set(e -> e.kind() == EventKind.PRESENTATION);
        assertTrue(fresh.getLayout().isEmpty(), "nothing is laid out on the calling thread");
        assertTrue(fresh.layingOutProperty().get());
        assertEquals(2, jobs.size());
        jobs.poll().run();  // the layout of the whole dataset: overtaken by the filter, dropped
        assertTrue(fresh.getLayout().isEmpty());
        jobs.poll().run();
        assertEquals(List.of(STRATEGY, PORTALS), fresh.getLayout().items().stream().map(i -> i.event().id()).toList());
        assertFalse(fresh.layingOutProperty().get());
        assertEquals((W - 2 * TimelineMetrics.EDGE), fresh.getPixelsPerDay(), 1e-9, "one day, fitted");
    }

    @Test
    void aLayoutMadeWithTheDataIsShownAtOnceAndNotMadeAgain() {
        var jobs = new ArrayDeque<Runnable>();
        var fresh = inTheBackground(jobs); // laid out in the background
        var data = congressShuffled();
        TimelineLayout made = TimelineLayout.of(data, null);
        fresh.setDataset(data, made);
        assertSame(made, fresh.getLayout(), "shown in the same call");
        assertFalse(fresh.layingOutProperty().get());
        assertEquals((W - 2 * TimelineMetrics.EDGE) / 2, fresh.getPixelsPerDay(), 1e-9, "the new data is fitted: two days");
        jobs.poll().run(); // the layout asked for before, finishing late: dropped
        assertSame(made, fresh.getLayout());
        assertTrue(jobs.isEmpty(), "nothing else was laid out");

        fresh.setDataset(data, TimelineLayout.empty());
        assertSame(made, fresh.getLayout(), "the same dataset again: the layout shown stays");
        fresh.eventFilterProperty().set(e -> e.kind() == EventKind.PRESENTATION);
        jobs.poll().run();
        assertEquals(List.of(STRATEGY, PORTALS), fresh.getLayout().items().stream().map(i -> i.event().id()).toList(),
                "a new filter is laid out as before");
    }

    @Test
    void anEmptyDatasetHasNoItemsAndCommandsDoNothing() {
        vm.setDataset(null);
        assertTrue(vm.getLayout().isEmpty());
        vm.selectNext();
        vm.zoomIn();
        vm.fitAll();
        vm.openSelected();
        assertNull(selectedId());
        assertTrue(Double.isFinite(vm.viewport().firstDayProperty().get()));
        assertTrue(Double.isFinite(vm.getPixelsPerDay()));
    }
}
