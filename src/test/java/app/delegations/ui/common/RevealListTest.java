package app.delegations.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.junit.jupiter.api.Test;

class RevealListTest {
    private final ObservableList<Integer> source = FXCollections.observableArrayList();
    private final RevealList<Integer> reveal = new RevealList<>(source);
    private final List<Integer> fills = new ArrayList<>();

    /** What a table bound to the list would hold: the list rebuilt from its change events alone. */
    private final List<Integer> mirror = new ArrayList<>();

    RevealListTest() {
        reveal.addListener((ListChangeListener<Integer>) c -> {
            while (c.next()) {
                if (c.wasPermutated()) {
                    var copy = new ArrayList<>(mirror);
                    for (int i = c.getFrom(); i < c.getTo(); i++) {
                        copy.set(c.getPermutation(i), mirror.get(i));
                    }
                    mirror.clear();
                    mirror.addAll(copy);
                } else {
                    for (int i = 0; i < c.getRemovedSize(); i++) {
                        mirror.remove(c.getFrom());
                    }
                    mirror.addAll(c.getFrom(), c.getAddedSubList());
                }
            }
        });
        // from 20 items, 10 more than ever shown per step, until 25 have been shown (a screenful)
        reveal.onGrowth(new RevealList.Growth(20, 10, () -> 25, () -> fills.add(reveal.size())));
    }

    private static List<Integer> range(int n) {
        return range(0, n);
    }

    private static List<Integer> range(int from, int to) {
        return IntStream.range(from, to).boxed().toList();
    }

    @Test
    void aFewItemsShowAtOnce() {
        source.setAll(range(19));
        assertEquals(range(19), reveal);
        assertEquals(List.of(), fills, "19 rows are no reason to spread anything");
        assertEquals(reveal, mirror);
    }

    @Test
    void anEmptyListFilledWithManyShowsTheFirstRowsAndSaysSo() {
        source.setAll(range(30_000));
        assertEquals(range(10), reveal);
        assertTrue(reveal.limited());
        assertEquals(List.of(10), fills);
        assertEquals(reveal, mirror);

        reveal.limit(20);
        assertEquals(range(20), reveal);
        assertEquals(reveal, mirror);

        reveal.unlimit();
        assertEquals(30_000, reveal.size());
        assertFalse(reveal.limited());
        assertEquals(reveal, mirror);
    }

    @Test
    void aShortListReplacedByALongOneShowsAsManyAsBeforeThenGrowsAtTheEnd() {
        source.setAll(range(5));
        var changes = new ArrayList<String>();
        reveal.addListener((ListChangeListener<Integer>) c -> {
            while (c.next()) {
                changes.add(c.wasReplaced() ? "replaced " + c.getFrom() + "-" + c.getTo()
                        : c.wasAdded() ? "added " + c.getFrom() + "-" + c.getTo() : c.toString());
            }
        });
        source.setAll(range(100, 30_100));
        assertEquals(range(100, 105), reveal, "5 rows had cells: the new items in them first, not 30,000 rows");
        assertEquals(List.of(5), fills);
        assertEquals(reveal, mirror, "the 5 old rows are reported replaced");
        reveal.limit(15);
        assertEquals(range(100, 115), reveal);
        assertEquals(List.of("replaced 0-5", "added 5-15"), changes,
                "then rows added at the end: a table makes their cells and leaves the others alone");
        assertEquals(reveal, mirror);
    }

    @Test
    void onceAScreenfulWasShownEveryChangeShowsAtOnce() {
        source.setAll(range(30_000));
        reveal.unlimit();
        source.setAll(range(3));
        source.setAll(range(30_000));
        assertEquals(30_000, reveal.size(), "the table has made the cells of a screenful already");
        assertEquals(List.of(10), fills, "only the first fill was spread");
        assertEquals(reveal, mirror);
    }

    @Test
    void growingWithinWhatWasShownShowsAtOnce() {
        source.setAll(range(30_000));
        reveal.limit(20);
        reveal.unlimit();
        source.setAll(range(30));
        assertEquals(range(30), reveal, "30 rows: under 20 rows (the least that is spread)");
        source.setAll(range(2, 30_000));
        assertEquals(29_998, reveal.size());
        assertEquals(List.of(10), fills);
        assertEquals(reveal, mirror);
    }

    @Test
    void changesWhileLimitedAndAfterwardsReachTheTable() {
        source.setAll(range(100));
        source.remove(Integer.valueOf(3));
        assertEquals(List.of(0, 1, 2, 4, 5, 6, 7, 8, 9, 10), reveal);
        assertEquals(reveal, mirror);
        reveal.unlimit();
        source.remove(Integer.valueOf(50));
        source.add(0, -1);
        FXCollections.sort(source, (a, b) -> b - a);
        assertEquals(source, reveal);
        assertEquals(reveal, mirror);
    }

    @Test
    void followsAFilteredList() {
        var filtered = new FilteredList<>(source);
        var onFiltered = new RevealList<>(filtered);
        source.setAll(range(1000));
        filtered.setPredicate(i -> i % 7 == 0);
        assertEquals(source.stream().filter(i -> i % 7 == 0).toList(), onFiltered);
    }
}
