package app.delegations.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.function.UnaryOperator;
import javafx.collections.ListChangeListener;
import javafx.collections.transformation.FilteredList;
import org.junit.jupiter.api.Test;

/** The change between two versions of a table's rows, by record id, applied to the list shown row by row. */
class RowPatchTest {
    /** A row: its record's id, what it shows, and its position in the file (the order before any sort). */
    private static final class Row {
        final String id;
        final String text;
        final int file;

        Row(String id, String text, int file) {
            this.id = id;
            this.text = text;
            this.file = file;
        }

        boolean sameAs(Row o) {
            return text.equals(o.text) && file == o.file;
        }

        @Override
        public String toString() {
            return id + ":" + text;
        }
    }

    private static final Comparator<Row> FILE_ORDER = Comparator.comparingInt(r -> r.file);
    private static final Comparator<Row> BY_TEXT = Comparator.comparing((Row r) -> r.text).thenComparing(FILE_ORDER);

    private static List<Row> rows(String... texts) {
        var rows = new ArrayList<Row>();
        for (int i = 0; i < texts.length; i++) {
            rows.add(new Row("r" + i, texts[i], i));
        }
        return rows;
    }

    private static RowList<Row> rowList(List<Row> rows) {
        var list = new RowList<Row>();
        list.setAll(rows);
        return list;
    }

    private static RowPatch<Row> patch(List<Row> before, List<Row> after) {
        return RowPatch.between(before, after, r -> r.id, Row::sameAs);
    }

    @Test
    void anUnchangedRowIsTheOldObjectAndAChangedOneTheNew() {
        List<Row> before = rows("a", "b", "c");
        List<Row> after = rows("a", "B", "c");
        RowPatch<Row> p = patch(before, after);

        assertSame(before.get(0), p.rows().get(0));
        assertSame(after.get(1), p.rows().get(1));
        assertSame(before.get(2), p.rows().get(2));
        assertEquals(List.of(before.get(1)), p.removed());
        assertEquals(List.of(after.get(1)), p.added());
        assertTrue(p.small());
    }

    @Test
    void nothingChangedIsAnEmptyPatch() {
        List<Row> before = rows("a", "b");
        RowPatch<Row> p = patch(before, rows("a", "b"));
        assertTrue(p.isEmpty());
        assertEquals(before, p.rows());
    }

    @Test
    void aReplacedRowThatKeepsItsPlaceIsPutInPlaceAsOneUpdateUnderTheFilter() {
        List<Row> before = rows("a", "b", "c", "d");
        RowList<Row> shown = rowList(before);
        FilteredList<Row> filtered = new FilteredList<>(shown, r -> !r.text.equals("c"));
        var changes = new ArrayList<String>();
        filtered.addListener((ListChangeListener<Row>) c -> {
            while (c.next()) {
                changes.add(c.wasUpdated() ? "updated" : c.wasReplaced() ? "replaced" : c.wasAdded() ? "added"
                        : c.wasRemoved() ? "removed" : "other");
            }
        });
        List<Row> after = rows("a", "B", "c", "d");
        patch(before, after).applyTo(shown, FILE_ORDER, UnaryOperator.identity());

        assertEquals(List.of("updated"), changes, "a table fills again only that row's cells");
        assertEquals(List.of("a", "B", "d"), filtered.stream().map(r -> r.text).toList());
        assertSame(before.get(0), shown.get(0), "the rows around it stay the same objects");
    }

    @Test
    void inASortedListAChangedRowMovesToItsPlaceByTheSort() {
        List<Row> before = rows("d", "b", "a", "c");
        RowList<Row> shown = rowList(before.stream().sorted(BY_TEXT).toList());
        List<Row> after = rows("d", "e", "a", "c"); // b renamed e: from second to last
        patch(before, after).applyTo(shown, BY_TEXT, UnaryOperator.identity());

        assertEquals(List.of("a", "c", "d", "e"), shown.stream().map(r -> r.text).toList());
    }

    @Test
    void addedRowsAreInsertedByTheOrderAndRemovedOnesLeave() {
        List<Row> before = rows("a", "b", "c");
        RowList<Row> shown = rowList(before);
        var after = new ArrayList<Row>(List.of(new Row("r0", "a", 0), new Row("r2", "c", 1), new Row("r9", "x", 2)));
        RowPatch<Row> p = patch(before, after); // r1 gone, r2 moved up in the file, r9 new
        p.applyTo(shown, FILE_ORDER, UnaryOperator.identity());

        assertEquals(List.of("a", "c", "x"), shown.stream().map(r -> r.text).toList());
        assertEquals(p.rows(), shown);
    }

    @Test
    void theShownObjectOfARowMayBeItsTwin() {
        List<Row> before = rows("a", "b");
        var twins = new IdentityHashMap<Row, Row>();
        for (Row r : before) {
            twins.put(r, new Row(r.id, r.text.toUpperCase(), r.file));
        }
        List<Row> after = rows("a", "x");
        for (Row r : after) {
            twins.putIfAbsent(r, new Row(r.id, r.text.toUpperCase(), r.file));
        }
        RowList<Row> shown = rowList(before.stream().map(twins::get).toList());
        patch(before, after).applyTo(shown, FILE_ORDER, twins::get);

        assertEquals(List.of("A", "X"), shown.stream().map(r -> r.text).toList());
    }

    @Test
    void aChangeOfManyRowsIsNotAppliedRowByRow() {
        var texts = new String[Pace.PATCH_ROWS_AT_MOST + 1];
        var changed = new String[texts.length];
        for (int i = 0; i < texts.length; i++) {
            texts[i] = "t" + i;
            changed[i] = i % 2 == 0 ? "u" + i : texts[i];
        }
        assertFalse(patch(rows(texts), rows(changed)).small(), "half of the rows changed");
        changed[0] = texts[0];
        for (int i = 2; i < changed.length; i++) {
            changed[i] = texts[i];
        }
        assertTrue(patch(rows(texts), rows(changed)).isEmpty());
    }

    @Test
    void rowsWithoutUniqueKeysAreNotPatched() {
        List<Row> before = List.of(new Row("x", "a", 0), new Row("x", "b", 1));
        assertFalse(patch(before, before).small());
    }
}
