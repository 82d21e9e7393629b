package app.delegations.ui.timeline;

import static app.delegations.ui.timeline.Fixtures.*;
import static org.junit.jupiter.api.Assertions.*;

import app.delegations.model.Dataset;
import app.delegations.model.EventKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class TimelineLayoutTest {

    private final TimelineLayout layout = TimelineLayout.of(congressShuffled(), e -> true);

    private static List<String> ids(List<TimelineItem> items) {
        return items.stream().map(i -> i.event().id()).toList();
    }

    private TimelineItem item(String id) {
        int i = layout.indexOf(id);
        assertTrue(i >= 0, id + " is laid out");
        return layout.item(i);
    }

    @Test
    void theCongressTakesTwoDaysWithItsItemsInSourceOrder() {
        assertEquals(List.of(NOV_29, NOV_30), layout.days());
        assertEquals(List.of(CONGRESS, VISIT_UNIVERSITIES, VISIT_CITY_UNITS), ids(layout.itemsOn(NOV_29)));
        assertEquals(List.of(CONFERENCE, SUMMARY, STRATEGY, PORTALS), ids(layout.itemsOn(NOV_30)));
        assertEquals(List.of(), layout.itemsOn(NOV_30.plusDays(1)));
        assertEquals(7, layout.size());
    }

    @Test
    void itemsOfADayAreStackedInOrderBelowTheirContainersHeader() {
        assertEquals(0, item(CONGRESS).row());
        assertEquals(1, item(VISIT_UNIVERSITIES).row());
        assertEquals(2, item(VISIT_CITY_UNITS).row());
        assertEquals(1, item(CONFERENCE).row());
        assertEquals(2, item(SUMMARY).row());
        assertEquals(3, item(STRATEGY).row());
        assertEquals(4, item(PORTALS).row());
        assertEquals(5, layout.rowCount());
    }

    @Test
    void theConferenceEnclosesThePresentationsAndTheSummaryAndTheCongressSpansBothDays() {
        TimelineItem congress = item(CONGRESS);
        TimelineItem conference = item(CONFERENCE);
        assertTrue(congress.container());
        assertTrue(congress.multiDay());
        assertEquals(NOV_29.toEpochDay(), congress.extentStart());
        assertEquals(NOV_30.toEpochDay(), congress.extentEnd());
        assertEquals(5, congress.rowSpan());

        assertTrue(conference.container());
        assertEquals(congress.index(), conference.parent());
        assertEquals(List.of(SUMMARY, STRATEGY, PORTALS), ids(layout.children(conference)));
        assertEquals(4, conference.rowSpan());
        for (TimelineItem child : layout.children(conference)) {
            assertEquals(2, child.depth());
            assertFalse(child.container());
            assertTrue(child.row() > conference.row() && child.row() < conference.row() + conference.rowSpan());
        }
        assertEquals(List.of(VISIT_UNIVERSITIES, VISIT_CITY_UNITS, CONFERENCE), ids(layout.children(congress)));
        assertEquals(List.of(CONGRESS), ids(layout.roots()));
    }

    @Test
    void filteredOutEventsAreLeftOutAndTheirChildrenMoveToTheNearestShownAncestor() {
        var withoutConference = TimelineLayout.of(congressShuffled(), e -> !e.id().equals(CONFERENCE));
        assertEquals(-1, withoutConference.indexOf(CONFERENCE));
        TimelineItem congress = withoutConference.item(withoutConference.indexOf(CONGRESS));
        assertEquals(List.of(VISIT_UNIVERSITIES, VISIT_CITY_UNITS, SUMMARY, STRATEGY, PORTALS),
                ids(withoutConference.children(congress)));

        var krakowOnly = TimelineLayout.of(congressShuffled(),
                e -> e.participants().stream().anyMatch(p -> p.place().equals("krakow")));
        assertEquals(List.of(CONGRESS, CONFERENCE, STRATEGY, PORTALS), ids(krakowOnly.items()));
        var presentationsOnly = TimelineLayout.of(congressShuffled(), e -> e.kind() == EventKind.PRESENTATION);
        assertEquals(List.of(NOV_30), presentationsOnly.days());
        assertEquals(List.of(0, 1), presentationsOnly.items().stream().map(TimelineItem::row).toList());
        assertTrue(presentationsOnly.items().stream().allMatch(i -> i.parent() == -1 && i.depth() == 0));

        assertTrue(TimelineLayout.of(congressShuffled(), e -> false).isEmpty());
        assertTrue(TimelineLayout.of(Dataset.empty(), null).isEmpty());
    }

    @Test
    void aVisibleWindowGivesOnlyTheItemsInsideIt() {
        var found = new ArrayList<String>();
        long d29 = NOV_29.toEpochDay();
        long d30 = NOV_30.toEpochDay();
        layout.forEachVisible(d29, d29, 0, 100, i -> found.add(layout.item(i).event().id()));
        assertEquals(List.of(CONGRESS, VISIT_UNIVERSITIES, VISIT_CITY_UNITS), found);
        found.clear();
        layout.forEachVisible(d30, d30, 3, 4, i -> found.add(layout.item(i).event().id()));
        assertEquals(Set.of(CONGRESS, CONFERENCE, STRATEGY, PORTALS), Set.copyOf(found));
        found.clear();
        layout.forEachVisible(d30 + 1, d30 + 100, 0, 100, i -> found.add(layout.item(i).event().id()));
        assertEquals(List.of(), found);
    }

    @Test
    void theInnermostItemIsFoundAtADayAndRow() {
        long d29 = NOV_29.toEpochDay();
        long d30 = NOV_30.toEpochDay();
        assertEquals(STRATEGY, layout.itemAt(d30, 3).event().id());
        assertEquals(CONFERENCE, layout.itemAt(d30, 1).event().id());
        assertEquals(CONGRESS, layout.itemAt(d29, 0).event().id());
        assertEquals(CONGRESS, layout.itemAt(d29, 4).event().id(), "empty space inside the congress box");
        assertNull(layout.itemAt(d29, 5));
        assertNull(layout.itemAt(d29 - 1, 0));
    }

    @Test
    void countsPerDayComeFromTheStartDays() {
        long d29 = NOV_29.toEpochDay();
        assertEquals(3, layout.countStarting(d29, d29 + 1));
        assertEquals(4, layout.countStarting(d29 + 1, d29 + 2));
        assertEquals(7, layout.countStarting(d29 - 100, d29 + 100));
        assertEquals(0, layout.countStarting(d29 + 2, d29 + 100));
    }

    @Test
    void aParentCycleDoesNotHangAndEveryEventIsStillShown() {
        LocalDate day = NOV_29;
        var cyclic = dataset(List.of(
                event("a", EventKind.MEETING, "b", day, day, 1, "A", "A"),
                event("b", EventKind.MEETING, "a", day, day, 2, "B", "B"),
                event("self", EventKind.MEETING, "self", day, day, 3, "S", "S"),
                event("orphan", EventKind.VISIT, "missing", day, day, 4, "O", "O")));
        var l = TimelineLayout.of(cyclic, e -> true);
        assertEquals(4, l.size());
        assertEquals(4, l.rowCount());
    }

    @Test
    void overlappingItemsNeverShareARowAndChildrenStayInsideTheirParents() {
        var big = TimelineLayout.of(large(20_000, 7), e -> true);
        assertEquals(20_000, big.size());
        var byRow = new HashMap<Long, TimelineItem>();
        for (TimelineItem it : big.items()) {
            if (it.parent() >= 0) {
                TimelineItem p = big.item(it.parent());
                assertTrue(it.row() > p.row() && it.row() + it.rowSpan() <= p.row() + p.rowSpan(), it.toString());
                assertTrue(it.extentStart() >= p.extentStart() && it.extentEnd() <= p.extentEnd(), it.toString());
                assertEquals(p.depth() + 1, it.depth());
            }
            if (!it.container()) {  // a leaf owns its cells
                for (long d = it.extentStart(); d <= it.extentEnd(); d++) {
                    TimelineItem other = byRow.put(d * 1_000_000 + it.row(), it);
                    assertNull(other, () -> it + " overlaps another leaf");
                }
            }
        }
        for (int i = 1; i < big.size(); i++) {
            assertTrue(big.item(i - 1).startDay() <= big.item(i).startDay(), "time order");
        }
    }

    /**
     * What keeps 100,000 events fast, counted rather than timed (the time is measured by the benchmark
     * {@code TimelineBenchmark.layout}, src/bench): the layout asks the filter once per event, and a window of
     * the view visits only the items drawn in it, exactly those a scan of every item finds.
     */
    @Test
    void layoutOf100000EventsAsksEachEventOnceAndAWindowVisitsOnlyItsItems() {
        Dataset data = large(100_000, 42);
        int[] asked = {0};
        TimelineLayout big = TimelineLayout.of(data, e -> ++asked[0] > 0);
        assertEquals(100_000, big.size());
        assertEquals(100_000, asked[0], "one filter call per event");

        long from = big.minDay() + 1000;
        long to = from + 30;
        var visited = new ArrayList<Integer>();
        big.forEachVisible(from, to, 0, 40, visited::add);
        var scanned = new ArrayList<Integer>();
        for (TimelineItem it : big.items()) {
            if (it.extentStart() <= to && it.extentEnd() >= from && it.row() <= 40 && it.row() + it.rowSpan() - 1 >= 0) {
                scanned.add(it.index());
            }
        }
        assertEquals(new TreeSet<>(scanned), new TreeSet<>(visited));
        assertEquals(scanned.size(), visited.size(), "each visible item once");
        assertTrue(visited.size() > 0 && visited.size() < 2_000, "a window of 31 days, not the whole timeline: "
                + visited.size());
    }

    @Test
    void theIntervalIndexAgreesWithAScan() {
        var random = new Random(3);
        int n = 2000;
        long[] s = new long[n];
        long[] e = new long[n];
        for (int i = 0; i < n; i++) {
            s[i] = random.nextInt(1000);
            e[i] = s[i] + (random.nextInt(10) == 0 ? random.nextInt(400) : random.nextInt(3));
        }
        var index = new IntervalIndex(s, e);
        for (int q = 0; q < 300; q++) {
            long from = random.nextInt(1100) - 50;
            long to = from + random.nextInt(60);
            var expected = new TreeSet<Integer>();
            for (int i = 0; i < n; i++) {
                if (s[i] <= to && e[i] >= from) {
                    expected.add(i);
                }
            }
            var actual = new TreeSet<Integer>();
            index.forEachOverlapping(from, to, actual::add);
            assertEquals(expected, actual);
        }
    }

    @Test
    void theRowPackerStacksOnlyWhatOverlapsAndReusesFreedRows() {
        long[] s = {10, 10, 11, 20, 9, 12};
        long[] e = {10, 11, 11, 20, 12, 12};
        int[] h = {1, 2, 1, 1, 1, 3};
        int[] rows = new int[6];
        int top = RowPacker.pack(new int[] {4, 0, 1, 2, 3, 5}, s, e, h, rows);
        assertEquals(0, rows[4]);  // days 9..12, placed first (earliest start)
        assertEquals(1, rows[0]);  // day 10
        assertEquals(2, rows[1]);  // days 10..11, two rows
        assertEquals(1, rows[2]);  // day 11: row 1 was freed when block 0 ended
        assertEquals(0, rows[3]);  // day 20: everything before has ended
        assertEquals(1, rows[5]);  // day 12: three free rows above block 4
        assertEquals(4, top);
    }

    @Test
    void theRowPackerNeverOverlapsOnRandomBlocks() {
        var random = new Random(11);
        int n = 3000;
        long[] s = new long[n];
        long[] e = new long[n];
        int[] h = new int[n];
        for (int i = 0; i < n; i++) {
            s[i] = random.nextInt(500);
            e[i] = s[i] + random.nextInt(random.nextInt(10) == 0 ? 60 : 3);
            h[i] = 1 + random.nextInt(random.nextInt(5) == 0 ? 6 : 1);
        }
        int[] rows = new int[n];
        int top = RowPacker.pack(IntSort.identity(n), s, e, h, rows);
        for (int i = 0; i < n; i++) {
            assertTrue(rows[i] + h[i] <= top);
            for (int j = i + 1; j < n; j++) {
                boolean daysMeet = s[i] <= e[j] && s[j] <= e[i];
                boolean rowsMeet = rows[i] < rows[j] + h[j] && rows[j] < rows[i] + h[i];
                assertFalse(daysMeet && rowsMeet, i + " and " + j + " overlap");
            }
        }
    }
}
