package app.delegations.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.collections.transformation.FilteredList;
import org.junit.jupiter.api.Test;

/** The rows a view model keeps: each change reaches a listener as one change of what it did. */
class RowListTest {
    private final RowList<String> rows = new RowList<>();
    private final List<String> heard = new ArrayList<>();

    RowListTest() {
        rows.addListener((ListChangeListener<String>) c -> {
            while (c.next()) {
                heard.add(c.wasUpdated() ? "updated " + c.getFrom()
                        : c.wasReplaced() ? "replaced " + c.getRemoved() + " by " + c.getAddedSubList()
                        : c.wasAdded() ? "added " + c.getAddedSubList() + " at " + c.getFrom()
                        : c.wasRemoved() ? "removed " + c.getRemoved() + " at " + c.getFrom() : "other");
            }
        });
    }

    @Test
    void everyRowReplacedIsOneChange() {
        rows.setAll(List.of("a", "b"));
        rows.setAll("c", "d", "e");
        rows.setAll(List.of());
        rows.setAll(List.of());

        assertEquals(List.of("added [a, b] at 0", "replaced [a, b] by [c, d, e]", "removed [c, d, e] at 0"), heard);
        assertEquals(List.of(), rows);
    }

    @Test
    void aRowPutInPlaceIsAnUpdateOfItsPlace() {
        rows.setAll(List.of("a", "b", "c"));
        heard.clear();
        rows.update(1, "B");

        assertEquals(List.of("updated 1"), heard);
        assertEquals(List.of("a", "B", "c"), rows);
    }

    @Test
    void rowsAddedAndRemovedOneByOneOrInBulk() {
        rows.addAll(List.of("a", "d"));
        rows.addAll(1, List.of("b", "c"));
        rows.add(4, "e");
        rows.remove(0);
        rows.set(0, "B");
        rows.clear();

        assertEquals(List.of("added [a, d] at 0", "added [b, c] at 1", "added [e] at 4", "removed [a] at 0",
                "replaced [b] by [B]", "removed [B, c, d, e] at 0"), heard);
    }

    @Test
    void aFilterOverItTakesAnUpdateAsAnUpdateARemovalOrAnAddition() {
        rows.setAll(List.of("a", "b", "c"));
        var shown = new FilteredList<>(rows, s -> !s.startsWith("x"));
        var filtered = new ArrayList<String>();
        shown.addListener((ListChangeListener<String>) c -> {
            while (c.next()) {
                filtered.add(c.wasUpdated() ? "updated " + c.getFrom()
                        : c.wasAdded() ? "added " + c.getFrom() : c.wasRemoved() ? "removed " + c.getFrom() : "other");
            }
        });
        rows.update(1, "B");
        rows.update(1, "x");
        rows.update(1, "b");

        assertEquals(List.of("updated 1", "removed 1", "added 1"), filtered);
        assertEquals(List.of("a", "b", "c"), shown);
    }
}
