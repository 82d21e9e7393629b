package app.delegations.ui.common;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;

/**
 * Sizes a {@link DataTable}'s columns to their header and their widest text among the first {@link #ROWS}
 * rows, none wider than a third of the table ({@link #MAX_SHARE}) unless declared so, nor than {@link #MAX_WIDTH}.
 * Only the few longest texts of each column (by length; a few, as glyph widths vary) are measured, not every one:
 * the time stays that of a few dozen measurements however many rows there are.
 */
final class DataTableFit {
    /** How many of a column's longest texts (by length) are measured. */
    static final int LONGEST_MEASURED = 12;
    /** How many rows from the top are looked at. */
    static final int ROWS = 2000;
    /** The widest a fitted column gets. */
    static final double MAX_WIDTH = 420;
    /**
     * The widest a fitted column gets, as a share of the table's width (unless its declared width is wider): a
     * very long name is cut in its cell, whole in the cell's tooltip, and leaves room for the other columns.
     */
    static final double MAX_SHARE = 1.0 / 3;
    /** Room for a header's padding and sort arrow, for a cell's padding, and for a code badge. */
    private static final double HEADER_EXTRA = 30;
    private static final double CELL_EXTRA = 22;
    private static final double BADGE_EXTRA = 36;

    private DataTableFit() {
    }

    static <R> void fit(TableView<R> table, List<R> items, Map<String, DataColumn<R>> columns) {
        Font font = Font.getDefault();
        if (table.lookup(".table-cell") instanceof Labeled l) {
            font = l.getFont();
        }
        var measure = new Text();
        var bold = Font.font(font.getFamily(), FontWeight.BOLD, font.getSize());
        int n = Math.min(items.size(), ROWS);
        for (TableColumn<R, ?> c : table.getColumns()) {
            DataColumn<R> column = columns.get(c.getId());
            measure.setFont(bold);
            measure.setText(c.getText());
            double w = measure.getLayoutBounds().getWidth() + HEADER_EXTRA;
            double extra = column.look() == DataColumn.Look.BADGE_AND_LABEL ? BADGE_EXTRA : 0;
            var longest = new PriorityQueue<String>(Comparator.comparingInt(String::length));
            for (int i = 0; i < n; i++) {
                String t = column.label(items.get(i));
                longest.add(t == null ? "" : t);
                if (longest.size() > LONGEST_MEASURED) {
                    longest.poll();
                }
            }
            measure.setFont(font);
            for (String t : longest) {
                measure.setText(t);
                w = Math.max(w, measure.getLayoutBounds().getWidth() + CELL_EXTRA + extra);
            }
            double most = Math.min(MAX_WIDTH, Math.max(column.width(), table.getWidth() * MAX_SHARE));
            c.setPrefWidth(Math.ceil(Math.min(w, most)));
        }
    }
}
