package app.delegations.ui.common;

import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;

/**
 * A read-only table of texts for a dialog (the keyboard shortcuts): column headings, then rows; a row of one
 * cell is a section heading across the columns. The sections are set in two halves side by side (each with
 * the headings), so the table stays low enough for a 768-pixel screen. No cell wraps or shrinks below its
 * text, so no text is cut off (the texts are short); the whole scrolls only when it is taller than
 * {@code maxHeight}.
 */
public final class TextTable {
    /** Room for a vertical scroll bar, should the screen be lower than the table. */
    private static final double SCROLL_BAR = 16;

    private TextTable() {
    }

    public static ScrollPane of(List<String> columns, List<List<String>> rows, double maxHeight) {
        int split = half(rows);
        var halves = new HBox(32, grid(columns, rows.subList(0, split)), grid(columns, rows.subList(split, rows.size())));
        halves.setId("textTable");
        // a ScrollPane's own preferred size may be narrower than its content (a dialog then cuts the table):
        // prefer the whole table, up to maxHeight
        var scroll = new ScrollPane(halves) {
            @Override
            protected double computePrefWidth(double height) {
                return halves.prefWidth(-1) + snappedLeftInset() + snappedRightInset() + SCROLL_BAR;
            }

            @Override
            protected double computePrefHeight(double width) {
                return Math.min(maxHeight, halves.prefHeight(-1) + snappedTopInset() + snappedBottomInset());
            }
        };
        scroll.setFitToWidth(true);
        scroll.setMaxHeight(maxHeight);
        scroll.getStyleClass().add("text-table-scroll");
        return scroll;
    }

    /** The index of the section heading nearest the middle of the rows (0 when there is none past the first). */
    static int half(List<List<String>> rows) {
        int best = rows.size();
        for (int i = 1; i < rows.size(); i++) {
            if (rows.get(i).size() == 1 && Math.abs(2 * i - rows.size()) < Math.abs(2 * best - rows.size())) {
                best = i;
            }
        }
        return best;
    }

    private static GridPane grid(List<String> columns, List<List<String>> rows) {
        var grid = new GridPane();
        grid.getStyleClass().add("text-table");
        grid.setHgap(24);
        grid.setVgap(1); // tight rows: the whole list of keys fits a 1366×768 screen without scrolling
        grid.setPadding(new Insets(4, 12, 8, 4));
        for (int c = 0; c < columns.size(); c++) {
            var constraint = new ColumnConstraints();
            constraint.setMinWidth(Label.USE_PREF_SIZE);
            grid.getColumnConstraints().add(constraint);
            grid.add(cell(columns.get(c), "text-table-heading"), c, 0);
        }
        int r = 1;
        for (List<String> row : rows) {
            if (row.size() == 1) {
                var section = cell(row.get(0), "text-table-section");
                section.setPadding(new Insets(6, 0, 0, 0));
                grid.add(section, 0, r, columns.size(), 1);
            } else {
                for (int c = 0; c < row.size(); c++) {
                    grid.add(cell(row.get(c), c == 0 ? "text-table-key" : "text-table-text"), c, r);
                }
            }
            r++;
        }
        return grid;
    }

    private static Label cell(String text, String style) {
        var label = new Label(text);
        label.getStyleClass().add(style);
        label.setMinSize(Label.USE_PREF_SIZE, Label.USE_PREF_SIZE);
        return label;
    }
}
