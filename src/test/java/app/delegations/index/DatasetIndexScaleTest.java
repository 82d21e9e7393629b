package app.delegations.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.delegations.model.Dataset;
import app.delegations.model.Event;
import app.delegations.model.Place;
import app.delegations.ui.Allocations;
import app.delegations.ui.Shapes;
import app.delegations.data.Work;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The index costs work and memory linear in the file, whatever its shape: the shapes below are small files
 * (within the loader's limits) that a per-event walk, a per-child copy or a per-year loop makes quadratic or
 * out of memory. The work is counted by the checkpoint (asked once per {@link Work#CHECK_EVERY} units) and the
 * memory by the bytes the building thread allocates; never by the clock.
 */
class DatasetIndexScaleTest {
    private long checks;
    private long allocated;

    private DatasetIndex build(Dataset data) {
        long before = Allocations.ofThisThread();
        DatasetIndex index = DatasetIndex.build(data, () -> checks++);
        allocated = Allocations.ofThisThread() - before;
        return index;
    }

    /** At most {@code unitsPerItem} units of work per item of the input, counted by the checkpoint. */
    private void assertLinearWork(long items, int unitsPerItem) {
        assertTrue(checks <= items * unitsPerItem / Work.CHECK_EVERY + 1,
                checks + " checks for " + items + " items: more than " + unitsPerItem + " units of work per item");
    }

    private void assertAllocatedAtMost(long megabytes) {
        assertTrue(allocated <= megabytes << 20, (allocated >> 20) + " MB allocated, more than " + megabytes);
    }

    @Test
    void aChainTenThousandEventsDeepSharesItsRootsParticipants() {
        var events = new ArrayList<Event>();
        events.add(Shapes.event("e0", null, Shapes.DAY, Shapes.DAY, List.of("p0", "p1", "p2")));
        for (int i = 1; i < 10_000; i++) {
            events.add(Shapes.event("e" + i, "e" + (i - 1), Shapes.DAY, Shapes.DAY, List.of()));
        }
        DatasetIndex index = build(Shapes.dataset(Shapes.places(3), events));

        List<String> root = index.participants(events.get(0));
        assertEquals(List.of("p0", "p1", "p2"), root);
        for (Event e : events) {
            assertSame(root, index.participants(e), "every event of the chain shares the root's list");
        }
        assertEquals(events, index.eventsOf("p1"));
        assertEquals(Set.of("e0"), index.mostSpecificEvents("p1"));
        assertLinearWork(events.size(), 16);
        assertAllocatedAtMost(16); // walking the chain per event allocated a set of 5,000 ids per event: 1.5 GB
    }

    @Test
    void aMillionParticipationsOfOneParentAreNotCopiedIntoItsChildren() {
        int places = 2_000;
        int children = 50_000;
        List<Event> events = Shapes.parentAndChildren(places, children);
        DatasetIndex index = build(Shapes.dataset(Shapes.places(places), events));

        assertEquals(Shapes.places(places).stream().map(Place::id).toList(), index.participants(events.get(0)));
        assertSame(index.participants(events.get(0)), index.participants(events.get(children)));
        assertEquals(children + 1, index.eventsOf("p1999").size());
        assertEquals("c49999", index.eventsOf("p0").get(children).id());
        assertLinearWork(places + children, 16);
        // copying the parent's 2,000 places into each child (and each child into 2,000 places' lists) made
        // 2 × 10^8 references; a 10,000-place parent with a million children ran out of memory
        assertAllocatedAtMost(64);
    }

    @Test
    void anEventNamingEveryPlaceTwiceListsEachOnce() {
        int places = 50_000;
        var names = new ArrayList<String>();
        for (int i = 0; i < 2 * places; i++) {
            names.add("p" + (i % places));
        }
        var events = List.of(Shapes.event("all", null, Shapes.DAY, Shapes.DAY, names));
        DatasetIndex index = build(Shapes.dataset(Shapes.places(places), events));

        List<String> participants = index.participants(events.get(0));
        assertEquals(places, participants.size());
        assertEquals(names.subList(0, places), participants, "each place once, in the file's order");
        assertLinearWork(2 * places + places, 8);
    }

    @Test
    void eventsSpanningTenThousandYearsCostOnePeriodEachNotOnePerYear() {
        int count = 2_000;
        var events = new ArrayList<Event>();
        for (int i = 0; i < count; i++) {
            events.add(Shapes.event("e" + i, null, LocalDate.of(1, 1, 1), LocalDate.of(9999, 12, 31),
                    List.of("p" + (i % 2))));
        }
        List<Place> places = Shapes.places(2);
        DatasetIndex index = build(Shapes.dataset(places, events));

        assertEquals(9_999, index.dates().years().length);
        assertEquals(1, index.dates().years()[0]);
        assertEquals(9999, index.dates().years()[9_998]);
        // the years themselves are work too: each is written once
        assertLinearWork(count + 3L * 9_999, 16);
        assertAllocatedAtMost(16); // a bucket per year per event (and per place) made 4 × 10^7 dates: 1 GB
    }
}
