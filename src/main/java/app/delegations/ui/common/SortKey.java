package app.delegations.ui.common;

import java.util.Comparator;

/** One key of a table's sort: a column and its direction. */
public record SortKey<C>(C column, boolean ascending) {
    /**
     * The order of one sorted column, as spreadsheets sort: {@code ascending} (the column's own order of its values)
     * or reversed, and in both directions the empty cells after the filled ones (the places never met after the
     * dated ones, whichever way their last meeting is sorted). A cell is empty when its text is; a number column's
     * cells never are (0 is a number, sorted as one).
     */
    public static <R> Comparator<R> blanksLast(DataColumn<R> column, Comparator<R> ascending, boolean up) {
        Comparator<R> order = up ? ascending : ascending.reversed();
        if (column.type() == DataColumn.Type.NUMBER) {
            return order;
        }
        return (a, b) -> {
            boolean blankA = blank(column, a);
            boolean blankB = blank(column, b);
            if (blankA || blankB) {
                return blankA == blankB ? 0 : blankA ? 1 : -1;
            }
            return order.compare(a, b);
        };
    }

    /** True when the row's cell in {@code column} is empty (see {@link #blanksLast}). */
    public static <R> boolean blank(DataColumn<R> column, R row) {
        if (column.type() == DataColumn.Type.NUMBER) {
            return false;
        }
        String text = column.text(row);
        return text == null || text.isEmpty();
    }
}
