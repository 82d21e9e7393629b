package app.delegations.index;

import app.delegations.data.Work;
import app.delegations.model.Event;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The periods of the events each place took part in, as ascending positions in {@link Periods#all()}: the
 * merged period ranges of the definers naming the place. Each definer's ranges are computed once, from its
 * group's events, and shared by every place it names, so the work is linear in the events plus the places'
 * periods (after sorts), never places × events.
 */
final class PlacePeriods {
    private final List<Event> events;
    private final Inheritance inheritance;
    private final Periods periods;
    private final Work work;
    private final Map<Integer, int[]> rangesByDefiner = new HashMap<>();

    PlacePeriods(List<Event> events, Inheritance inheritance, Periods periods, Work work) {
        this.events = events;
        this.inheritance = inheritance;
        this.periods = periods;
        this.work = work;
    }

    /** The positions of the periods of a place's events, ascending and distinct. */
    int[] of(String placeId) {
        int[] definers = inheritance.definersOf(placeId);
        int count = 0;
        int[][] parts = new int[definers.length][];
        for (int k = 0; k < definers.length; k++) {
            parts[k] = rangesByDefiner.computeIfAbsent(definers[k], this::rangesOf);
            count += parts[k].length / 2;
        }
        int[] pairs = new int[2 * count];
        int at = 0;
        for (int[] part : parts) {
            System.arraycopy(part, 0, pairs, at, part.length);
            at += part.length;
        }
        int[] merged = definers.length == 1 ? pairs : Periods.merge(pairs, count, work);
        int total = 0;
        for (int r = 0; r < merged.length; r += 2) {
            total += merged[r + 1] - merged[r] + 1;
        }
        int[] result = new int[total];
        int i = 0;
        for (int r = 0; r < merged.length; r += 2) {
            for (int p = merged[r]; p <= merged[r + 1]; p++) {
                result[i++] = p;
                work.step();
            }
        }
        return result;
    }

    /** A definer's period ranges: its group's events' ranges, merged. */
    private int[] rangesOf(int definer) {
        int[] group = inheritance.group(definer);
        int[] pairs = new int[2 * group.length];
        int count = 0;
        for (int i : group) {
            Event e = events.get(i);
            int first = periods.first(e);
            if (first >= 0) {
                pairs[2 * count] = first;
                pairs[2 * count++ + 1] = periods.last(e);
            }
            work.step();
        }
        return Periods.merge(pairs, count, work);
    }
}
