package app.delegations.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every table sorts a column as spreadsheets do: its empty cells after the filled ones, whichever the direction. */
class SortKeyTest {
    /** A one-column test table of names, some empty; and a number column. */
    enum Column implements DataColumn<String> {
        NAME, LENGTH;

        @Override
        public ColumnSpec spec() {
            return this == NAME ? new ColumnSpec("name", "places.column.name", 100, Look.TEXT)
                    : new ColumnSpec("length", "places.column.meetings", 60, Look.NUMBER);
        }

        @Override
        public String text(String row) {
            return this == NAME ? row : Integer.toString(row.length());
        }
    }

    private static List<String> sorted(Column column, Comparator<String> up, boolean ascending) {
        var rows = new ArrayList<>(List.of("", "b", "", "a", "c"));
        rows.sort(SortKey.blanksLast(column, up, ascending));
        return rows;
    }

    @Test
    void emptyCellsComeLastAscendingAndDescending() {
        assertEquals(List.of("a", "b", "c", "", ""), sorted(Column.NAME, Comparator.naturalOrder(), true));
        assertEquals(List.of("c", "b", "a", "", ""), sorted(Column.NAME, Comparator.naturalOrder(), false));
    }

    @Test
    void aNumberColumnHasNoEmptyCellsItsZeroSortsAsANumber() {
        Comparator<String> byLength = Comparator.comparingInt(String::length);
        assertEquals(List.of("", "", "b", "a", "c"), sorted(Column.LENGTH, byLength, true));
        assertEquals(List.of("b", "a", "c", "", ""), sorted(Column.LENGTH, byLength, false));
    }
}
