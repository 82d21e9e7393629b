package app.delegations.ui.common;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToIntFunction;
import javafx.geometry.Insets;
import javafx.geometry.VPos;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * A read-only table of texts for a dialog (the keyboard shortcuts): column headings, then rows; a row of one
 * cell is a section heading across the columns. The rows are set in up to {@link #COLUMNS} columns side by side
 * (each with the headings), about even in height (see {@link #parts}: a section that goes on in the next column
 * repeats its heading there), so the table stays low on a 768-pixel screen with room for more rows. A key is
 * never wrapped; a text wraps at {@link #TEXT_WIDTH} and is never cut off; the whole scrolls only when it is
 * taller than {@code maxHeight}.
 */
public final class TextTable {
    /** The number of side-by-side columns of sections. */
    static final int COLUMNS = 3;
    /** The widest a text cell grows before its text wraps. */
    static final double TEXT_WIDTH = 260;
    /** About the width of a character of a text cell, to guess how many lines a text wraps to. */
    private static final double CHAR_WIDTH = 7.5;
    /** Pixels a label may wrap earlier than the measure does (its font's family may differ a little). */
    private static final double WRAP_MARGIN = 8;
    /** The size of the texts (the theme's), in which their wrapped lines are counted. */
    private static final double FONT_SIZE = 14;
    /**
     * The height of a line of text, about, in pixels: a row takes its text's lines and {@link #ROW} more (the gap
     * around it), so that a text wrapped to two lines counts lower than two rows, as it is drawn.
     */
    private static final int LINE = 17;
    /** The pixels of a row's gap, besides its lines. */
    private static final int ROW = 3;
    /** Slack in pixels (a row) that a part may grow by to keep sections whole. */
    private static final int SLACK = LINE + ROW;
    /** The pixels of a section heading (with the space above it). */
    private static final int HEADING = LINE + 10;
    /** Room for a vertical scroll bar, should the screen be lower than the table. */
    private static final double SCROLL_BAR = 16;

    private TextTable() {
    }

    public static ScrollPane of(List<String> columns, List<List<String>> rows, double maxHeight) {
        var side = new HBox(24);
        for (List<List<String>> part : parts(rows, COLUMNS, TextTable::measuredLines)) {
            side.getChildren().add(grid(columns, part));
        }
        side.setId("textTable");
        // a ScrollPane's own preferred size may be narrower than its content (a dialog then cuts the table):
        // prefer the whole table, up to maxHeight
        var scroll = new ScrollPane(side) {
            @Override
            protected double computePrefWidth(double height) {
                return side.prefWidth(-1) + snappedLeftInset() + snappedRightInset() + SCROLL_BAR;
            }

            @Override
            protected double computePrefHeight(double width) {
                return Math.min(maxHeight, side.prefHeight(-1) + snappedTopInset() + snappedBottomInset());
            }
        };
        scroll.setFitToWidth(true);
        scroll.setMaxHeight(maxHeight);
        scroll.getStyleClass().add("text-table-scroll");
        return scroll;
    }

    /**
     * The rows cut into at most {@code n} consecutive parts, the part with the most lines (a text that wraps
     * counting its lines) about as small as it can be: every row in exactly one part, in order; no empty part;
     * no part ends with a section heading (a row of one cell). A part that starts within a section starts with
     * that section's heading again; sections are kept whole where that makes the largest part at most
     * {@link #SLACK} units larger.
     */
    static List<List<List<String>>> parts(List<List<String>> rows, int n) {
        return parts(rows, n, TextTable::estimatedLines);
    }

    /** {@link #parts(List, int)}, a text wrapping to {@code linesOf} lines at {@link #TEXT_WIDTH}. */
    static List<List<List<String>>> parts(List<List<String>> rows, int n, ToIntFunction<String> linesOf) {
        var heading = new int[rows.size()]; // heading[i]: the row index of row i's section heading, or -1
        var lines = new int[rows.size() + 1]; // lines[i]: the units of the rows before row i
        int current = -1;
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).size() == 1) {
                current = i;
            }
            heading[i] = current;
            lines[i + 1] = lines[i] + height(rows.get(i), linesOf);
        }
        var cuts = new Cuts(heading, lines, Math.max(0, Math.min(n, rows.size()) - 1));
        cuts.search(0, 1, Integer.MAX_VALUE);
        cuts.search(0, 1, cuts.bestLargest + SLACK);
        var out = new ArrayList<List<List<String>>>();
        int from = 0;
        for (int i = 0; i <= cuts.best.length; i++) {
            int to = i < cuts.best.length ? cuts.best[i] : rows.size();
            var part = new ArrayList<List<String>>();
            if (from < to && rows.get(from).size() != 1 && heading[from] >= 0) {
                part.add(rows.get(heading[from]));
            }
            part.addAll(rows.subList(from, to));
            if (from < to) {
                out.add(part);
            }
            from = to;
        }
        return out;
    }

    /** An exhaustive search for where to cut rows into parts (a few dozen rows, three parts: instant). */
    private static final class Cuts {
        private final int[] heading;
        private final int[] lines;
        private final int[] cuts;
        int[] best;
        int bestLargest = Integer.MAX_VALUE;
        private int bestSplits = Integer.MAX_VALUE;

        Cuts(int[] heading, int[] lines, int count) {
            this.heading = heading;
            this.lines = lines;
            this.cuts = new int[count];
            this.best = cuts.clone();
        }

        /**
         * Tries every way of placing cuts k.. at rows from {@code from} on. With {@code limit} at its maximum it
         * finds the smallest largest part; else, among the ways whose largest part is within {@code limit}, the
         * one that splits the fewest sections (then the smallest largest part).
         */
        void search(int k, int from, int limit) {
            int rows = heading.length;
            if (k == cuts.length) {
                int largest = 0;
                int splits = 0;
                int prev = 0;
                for (int i = 0; i <= cuts.length; i++) {
                    int end = i < cuts.length ? cuts[i] : rows;
                    boolean split = prev > 0 && heading[prev] != prev && heading[prev] >= 0;
                    largest = Math.max(largest, lines[end] - lines[prev] + (split ? HEADING : 0));
                    splits += split ? 1 : 0;
                    prev = end;
                }
                boolean better = limit == Integer.MAX_VALUE ? largest < bestLargest
                        : largest <= limit && (splits < bestSplits || splits == bestSplits && largest < bestLargest);
                if (better) {
                    bestLargest = largest;
                    bestSplits = splits;
                    System.arraycopy(cuts, 0, best, 0, cuts.length);
                }
                return;
            }
            for (int c = from; c <= rows - (cuts.length - k); c++) {
                if (heading[c - 1] != c - 1) { // never cut right after a heading
                    cuts[k] = c;
                    search(k + 1, c + 1, limit);
                }
            }
        }
    }

    /** The pixels a row takes, about: its text's lines as wrapped and its gap; a heading's. */
    private static int height(List<String> row, ToIntFunction<String> linesOf) {
        if (row.size() == 1) {
            return HEADING;
        }
        int most = 1;
        for (int c = 1; c < row.size(); c++) {
            most = Math.max(most, linesOf.applyAsInt(row.get(c)));
        }
        return most * LINE + ROW;
    }

    /** The lines a text wraps to, guessed from its length (no font needed). */
    private static int estimatedLines(String text) {
        return Math.max(1, (int) Math.ceil(text.length() * CHAR_WIDTH / TEXT_WIDTH));
    }

    /** The lines a text wraps to at {@link #TEXT_WIDTH}, measured in the theme's font size. */
    private static int measuredLines(String text) {
        var measure = new Text(text);
        measure.setFont(Font.font(FONT_SIZE));
        double one = measure.getLayoutBounds().getHeight();
        measure.setWrappingWidth(TEXT_WIDTH - WRAP_MARGIN);
        return Math.max(1, (int) Math.round(measure.getLayoutBounds().getHeight() / one));
    }

    private static GridPane grid(List<String> columns, List<List<String>> rows) {
        var grid = new GridPane();
        grid.getStyleClass().add("text-table");
        grid.setHgap(16);
        grid.setVgap(1); // rows close: the table fits a low screen with room to spare
        grid.setPadding(new Insets(4, 8, 8, 4));
        for (int c = 0; c < columns.size(); c++) {
            var constraint = new ColumnConstraints();
            constraint.setMinWidth(Label.USE_PREF_SIZE);
            if (c > 0) {
                constraint.setMaxWidth(TEXT_WIDTH);
            }
            grid.getColumnConstraints().add(constraint);
            grid.add(cell(columns.get(c), "text-table-heading", false), c, 0);
        }
        int r = 1;
        for (List<String> row : rows) {
            if (row.size() == 1) {
                var section = cell(row.get(0), "text-table-section", false);
                section.setPadding(new Insets(r == 1 ? 2 : 6, 0, 0, 0));
                grid.add(section, 0, r, columns.size(), 1);
            } else {
                for (int c = 0; c < row.size(); c++) {
                    var cell = cell(row.get(c), c == 0 ? "text-table-key" : "text-table-text", c > 0);
                    GridPane.setValignment(cell, VPos.TOP);
                    grid.add(cell, c, r);
                }
            }
            r++;
        }
        return grid;
    }

    private static Label cell(String text, String style, boolean wraps) {
        var label = new Label(text);
        label.getStyleClass().add(style);
        if (wraps) {
            label.setWrapText(true);
            label.setMaxWidth(TEXT_WIDTH);
            label.setMinHeight(Label.USE_PREF_SIZE);
        } else {
            label.setMinSize(Label.USE_PREF_SIZE, Label.USE_PREF_SIZE);
        }
        return label;
    }
}
