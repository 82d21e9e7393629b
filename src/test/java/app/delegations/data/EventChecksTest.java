package app.delegations.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import org.junit.jupiter.api.Test;

/** The check of order numbers among siblings stays linear on a file written to make its hash collide. */
class EventChecksTest {

    @Test
    void eventsWrittenToShareTheOldLinearHashGetSlotsOfTheirOwn() {
        int n = 100_000;
        var linear = new HashSet<Integer>();
        var slots = new HashSet<Integer>();
        long seed = 42;
        for (int day = 0; day < n; day++) {
            int parent = -1; // top-level events
            int order = 7 - (parent * 31 + day) * 1_000_003; // so that the linear hash below is 7 for every one
            linear.add((parent * 31 + Long.hashCode(day)) * 1_000_003 + order);
            slots.add(EventChecks.slot(seed, parent, day, order));
        }
        assertEquals(1, linear.size(), "the hash the check used had one value for all of them");
        assertTrue(slots.size() >= n - 10, slots.size() + " slots for " + n + " events");
    }
}
