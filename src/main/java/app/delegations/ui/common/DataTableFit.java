package app.delegations.ui.common;

import java.time.LocalDate;
import java.time.Month;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.PriorityQueue;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.Region;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;

/**
 * Sizes a {@link DataTable}'s columns to their content, then makes every visible column fit the table's width.
 * <p>
 * Each column's natural width is that of its header and its widest text among the first {@link #ROWS} rows, none
 * wider than a third of the table ({@link #MAX_SHARE}) unless declared so, nor than {@link #MAX_WIDTH}. Only the
 * few longest texts of each column (by length; a few, as glyph widths vary) are measured, not every one: the time
 * stays that of a few dozen measurements however many rows there are.
 * <p>
 * When the natural widths together are wider than the table, the widest columns give up room first, all down to one
 * width (a water level) so that every visible column ends within the table's viewport, none below its floor: a text
 * column keeps {@link #TEXT_CHARS} characters of its font (beside a code badge: the badge's room more), the row's
 * name or title (the first {@link DataColumn.Look#MATCHES} column) {@link #NAME_CHARS}, so that rows can still be
 * told apart; its cells are then cut with "…" and whole in their tooltip. A column of numbers or dates ({@link
 * DataColumn#type} not text) or of code badges is never narrower than its widest cell, nor a column of days than
 * the longest date of the UI's language (a day of every month), so that no number or date is ever cut. No column is
 * narrower than its header's longest word: a header narrower than its text is read whole on two lines (the table
 * then has the style class {@link DataTableHeaders#WRAPPED_HEADERS}: the header row grows). Where those floors do not all fit, the
 * text columns other than the name give up the same share of the room between them and {@link #MIN_CUT} (still not
 * below their header's longest word), as little as makes them fit; when even that does not fit (many columns in a
 * narrow table), every column keeps that last floor and the sideways scroll bar reaches the rest: names readable,
 * numbers and dates whole, headers whole, not all squeezed to a few letters. While the user has not resized a column, the columns follow the
 * table's width and the columns shown (a larger window gives them their natural widths back); once the user has,
 * their widths are the user's. Past 250 lines because the measuring and the sharing of the room (two tiers of
 * floors, the water level) work on the same per-column widths; apart they would pass those arrays between two classes.
 */
final class DataTableFit<R> {
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
    /** The fewest characters (of the cell font's average width) a text column keeps: a few words are read. */
    static final int TEXT_CHARS = 12;
    /** The fewest characters the first searched column (the row's name or title) keeps: rows are told apart. */
    static final int NAME_CHARS = 20;
    /** A sample of text whose width per character is the average a floor in characters counts. */
    /** What a cell shows after a cut text: the skin's ellipsis string. */
    private static final String ELLIPSIS = "...";
    private static final String AVERAGE = "Zapoznanie z pracą miejskich jednostek, Bulgaria i Słowenia";
    /** The narrowest a text column other than the name or title is made where the floors above do not all fit. */
    static final double MIN_CUT = 56;
    private static final int NATURAL = 0;
    private static final int FLOOR = 1;
    private static final int LAST_FLOOR = 2;
    /** Room for a cell's padding, and for a code badge. */
    private static final double CELL_EXTRA = 22;
    private static final double BADGE_EXTRA = 36;
    /** The room kept at the table's right for its vertical scroll bar when no scroll bar is found. */
    private static final double SCROLL_BAR = 16;

    private final TableView<R> table;
    /**
     * By column id: the natural width, the narrowest the column is made to fit, and that where those do not all fit.
     */
    private final Map<String, double[]> widths = new HashMap<>();
    /** By column id: the widths last given, to see whether the user has resized a column since. */
    private final Map<String, Double> given = new HashMap<>();
    private boolean following = true;
    /**
     * Where the floors do not all fit: how much of the room between its last floor and its floor each column keeps
     * (0 to 1), the same share for all, as much as fits.
     */
    private double mix = 1;

    private DataTableFit(TableView<R> table) {
        this.table = table;
    }

    /**
     * Measures the columns on {@code items}, fits them to the table, and keeps them fitted while the table's width
     * or its visible columns change, until the user resizes a column.
     */
    static <R> void fit(TableView<R> table, List<R> items, Map<String, DataColumn<R>> columns, Locale locale) {
        var fit = new DataTableFit<>(table);
        fit.measure(items, columns, new Formats(locale));
        fit.share();
        table.widthProperty().addListener((o, a, b) -> fit.follow());
        table.getVisibleLeafColumns().addListener((ListChangeListener<TableColumn<R, ?>>) c -> fit.follow());
    }

    private void measure(List<R> items, Map<String, DataColumn<R>> columns, Formats formats) {
        Font font = Font.getDefault();
        if (table.lookup(".table-cell") == null) {
            table.applyCss(); // a table on a tab shown for the first time may have made no cell yet: the cells'
            table.layout();   // font is the theme's, not the default one
        }
        if (table.lookup(".table-cell") instanceof Labeled l) {
            font = l.getFont();
        }
        var measure = new Text();
        var bold = Font.font(font.getFamily(), FontWeight.BOLD, font.getSize());
        double headerExtra = DataTableHeaders.HEADER_EXTRA;
        for (Node h : table.lookupAll(".column-header")) { // the theme's header font and padding, where shown
            if (h instanceof Region r && r.lookup(".label") instanceof Labeled label && label.getParent() == r) {
                bold = label.getFont();
                headerExtra = DataTableHeaders.headerExtra(r, label);
                break;
            }
        }
        measure.setFont(font);
        measure.setText(AVERAGE);
        double perChar = measure.getLayoutBounds().getWidth() / AVERAGE.length();
        measure.setText(ELLIPSIS);
        double ellipsis = measure.getLayoutBounds().getWidth(); // a cut text's characters are counted before it
        int n = Math.min(items.size(), ROWS);
        boolean named = false;
        for (TableColumn<R, ?> c : table.getColumns()) {
            DataColumn<R> column = columns.get(c.getId());
            double[] headerWidths = DataTableHeaders.widths(c.getText(), bold, headerExtra);
            double header = headerWidths[0];
            double word = headerWidths[1]; // the header's longest word: a narrower header wraps onto a second line
            double extra = column.look() == DataColumn.Look.BADGE_AND_LABEL ? BADGE_EXTRA : 0;
            var longest = new PriorityQueue<String>(Comparator.comparingInt(String::length));
            for (int i = 0; i < n; i++) {
                String t = column.label(items.get(i));
                longest.add(t == null ? "" : t);
                if (longest.size() > LONGEST_MEASURED) {
                    longest.poll();
                }
            }
            if (column.type() == DataColumn.Type.DAYS) { // the longest date of the language, whatever the rows
                for (Month month : Month.values()) {
                    longest.add(formats.date(LocalDate.of(2000, month, month == Month.FEBRUARY ? 28 : 30)));
                }
            }
            measure.setFont(font);
            double cells = CELL_EXTRA + extra;
            boolean name = !named && column.look() == DataColumn.Look.MATCHES;
            named |= name;
            String indent = ""; // a nested title's indent: the title's characters are counted after it
            for (int i = 0; name && i < n; i++) {
                String t = column.label(items.get(i));
                int spaces = 0;
                while (t != null && spaces < t.length() && Character.isSpaceChar(t.charAt(spaces))) {
                    spaces++;
                }
                if (spaces > indent.length()) {
                    indent = t.substring(0, spaces);
                }
            }
            measure.setText(indent);
            double indented = indent.isEmpty() ? 0 : measure.getLayoutBounds().getWidth();
            for (String t : longest) {
                measure.setText(t);
                cells = Math.max(cells, measure.getLayoutBounds().getWidth() + CELL_EXTRA + extra);
            }
            double most = Math.min(MAX_WIDTH, Math.max(column.width(), table.getWidth() * MAX_SHARE));
            // never below the header's longest word: a narrow table's share would break a word across lines
            double natural = Math.ceil(Math.max(word, Math.min(Math.max(header, cells), most)));
            boolean whole = column.type() != DataColumn.Type.TEXT || column.look() == DataColumn.Look.BADGE;
            double floor = Math.min(natural, Math.ceil(Math.max(word, whole ? cells
                    : (name ? NAME_CHARS * perChar + indented : TEXT_CHARS * perChar) + ellipsis + CELL_EXTRA + extra)));
            double last = name ? floor : Math.min(floor, Math.ceil(Math.max(word, whole ? cells : MIN_CUT + extra)));
            widths.put(c.getId(), new double[] {natural, floor, last});
        }
    }

    /** Fits the columns again if the user has not resized one since they were last fitted. */
    private void follow() {
        if (!following) {
            return;
        }
        for (TableColumn<R, ?> c : table.getColumns()) {
            Double w = given.get(c.getId());
            if (w != null && Math.abs(w - c.getWidth()) > 0.5) { // a drag on a header's edge sets the width alone
                following = false;
                return;
            }
        }
        share();
    }

    /**
     * Gives each visible column its natural width, or where they do not all fit the water level's above their
     * floors, or above floors between those and the last floors where the floors do not fit, or the last floors.
     */
    private void share() {
        List<TableColumn<R, ?>> shown = table.getVisibleLeafColumns();
        double room = room();
        mix = 1;
        if (total(shown, 0) > room) { // the text columns but the name give up as little of their floors as fits
            double low = 0;
            double high = 1;
            for (int i = 0; i < 30; i++) {
                mix = (low + high) / 2;
                if (total(shown, 0) <= room) {
                    low = mix;
                } else {
                    high = mix;
                }
            }
            mix = low;
        }
        double level = level(shown, room);
        for (TableColumn<R, ?> c : table.getColumns()) {
            double width = width(widths.get(c.getId()), level);
            c.setPrefWidth(width); // a header narrower than its text wraps onto two lines: DataTableHeaders
            given.put(c.getId(), width);
        }
    }

    /**
     * The width no visible column exceeds (unless its floor does) so that together they take at most
     * {@code room}: the natural widths' largest when they all fit, none (every column at its floor) when they do
     * not even at their floors.
     */
    private double level(List<TableColumn<R, ?>> shown, double room) {
        double low = 0;
        double high = 0;
        for (TableColumn<R, ?> c : shown) {
            high = Math.max(high, widths.get(c.getId())[NATURAL]);
        }
        if (total(shown, high) <= room) {
            return high; // all fit as they are
        }
        if (total(shown, 0) > room) {
            return 0; // not even at their floors: the floors, and a scroll bar reaches the rest
        }
        for (int i = 0; i < 40; i++) { // halving to well under a pixel
            double mid = (low + high) / 2;
            if (total(shown, mid) <= room) {
                low = mid;
            } else {
                high = mid;
            }
        }
        return Math.floor(low);
    }

    private double total(List<TableColumn<R, ?>> shown, double level) {
        double sum = 0;
        for (TableColumn<R, ?> c : shown) {
            sum += width(widths.get(c.getId()), level);
        }
        return sum;
    }

    private double width(double[] w, double level) {
        return Math.max(w[LAST_FLOOR] + mix * (w[FLOOR] - w[LAST_FLOOR]), Math.min(w[NATURAL], level));
    }

    /** The table's width inside its border, less the room of a vertical scroll bar (or the column menu button). */
    private double room() {
        Insets in = table.getInsets();
        double bar = SCROLL_BAR;
        for (Node n : table.lookupAll(".scroll-bar")) {
            if (n instanceof ScrollBar s && s.getOrientation() == Orientation.VERTICAL) {
                bar = Math.max(s.prefWidth(-1), s.getWidth());
            }
        }
        if (table.lookup(".show-hide-columns-button") instanceof Region corner) {
            bar = Math.max(bar, corner.getWidth());
        }
        return Math.floor(table.getWidth() - in.getLeft() - in.getRight() - bar);
    }
}
