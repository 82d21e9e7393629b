package app.delegations.index;

import java.time.LocalDate;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * A place's periods as an unmodifiable, ascending view of its period positions over the index's shared
 * period list: no date objects or tree per place (a place of 10,000 yearly periods costs an int each).
 */
final class PeriodSet extends AbstractSet<LocalDate> {
    private final List<LocalDate> periods;
    private final int[] positions;

    PeriodSet(List<LocalDate> periods, int[] positions) {
        this.periods = periods;
        this.positions = positions;
    }

    @Override
    public boolean contains(Object o) {
        if (!(o instanceof LocalDate date)) {
            return false;
        }
        int p = Collections.binarySearch(periods, date);
        return p >= 0 && Arrays.binarySearch(positions, p) >= 0;
    }

    @Override
    public Iterator<LocalDate> iterator() {
        return new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                return next < positions.length;
            }

            @Override
            public LocalDate next() {
                if (next >= positions.length) {
                    throw new NoSuchElementException();
                }
                return periods.get(positions[next++]);
            }
        };
    }

    @Override
    public int size() {
        return positions.length;
    }
}
