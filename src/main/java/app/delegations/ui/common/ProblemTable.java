package app.delegations.ui.common;

import app.delegations.data.Problem;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.Region;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;

/**
 * The table of a {@link ProblemList}: its wrapping text columns share the width the other columns leave, so that
 * every column lies within the table (the dialog) and each text wraps at word boundaries. Each shared column gets
 * a share of the room ({@link #SHARES}) but never less than its longest word (among its first {@link #ROWS} rows)
 * nor its header on one line: a word is broken only where it alone is wider than the column could be; where those
 * floors do not all fit, the sideways scroll bar reaches the rest. Shared again as the table is laid out whenever
 * its width or another column's width changed.
 */
final class ProblemTable extends TableView<Problem> {
    /** Room for a wrapping cell's padding beside its text: the text wraps this much narrower than its column. */
    static final double CELL_EXTRA = 24;
    /** How many rows' words are measured for a column's floor. */
    static final int ROWS = 500;
    /** The share of the room of each wrapping column: the record, what is wrong, how to fix it. */
    private static final double[] SHARES = {0.26, 0.37, 0.37};
    /** The narrowest the table is: the five columns readable. */
    private static final double MIN_WIDTH = 840;
    /** The room kept at the table's right for its vertical scroll bar. */
    private static final double SCROLL_BAR = 16;

    private final List<TableColumn<Problem, String>> shared = new ArrayList<>();
    private double[] floors;
    private Font measuredFont;
    private double sharedFor = -1;

    ProblemTable(ObservableList<Problem> problems) {
        super(problems);
        setColumnResizePolicy(UNCONSTRAINED_RESIZE_POLICY); // the widths are shared here; a scroll bar reaches the rest
    }

    /** The wrapping columns, in the order of {@link #SHARES}, that share the room the others leave. */
    void share(List<TableColumn<Problem, String>> columns) {
        shared.addAll(columns);
        for (TableColumn<?, ?> c : getColumns()) {
            if (!shared.contains(c)) {
                c.widthProperty().addListener(o -> requestLayout());
            }
        }
    }

    /**
     * At least {@link #MIN_WIDTH}, and wide enough for every column at its floor once the headers are styled: the
     * dialog grows to it, so that no sideways scrolling is needed where the screen has the room.
     */
    @Override
    protected double computeMinWidth(double height) {
        Font font = headerFont();
        if (font == null || shared.isEmpty()) {
            return MIN_WIDTH;
        }
        measure(font);
        double needed = snappedLeftInset() + snappedRightInset() + SCROLL_BAR;
        for (TableColumn<Problem, ?> c : getVisibleLeafColumns()) {
            needed += shared.contains(c) ? 0 : c.getWidth();
        }
        for (double floor : floors) {
            needed += floor;
        }
        return Math.max(MIN_WIDTH, Math.ceil(needed));
    }

    @Override
    protected void layoutChildren() {
        shareWidth();
        super.layoutChildren();
    }

    private void shareWidth() {
        Font font = headerFont();
        if (shared.isEmpty() || font == null || getWidth() <= 0) {
            return; // measured once the headers are styled
        }
        measure(font);
        double fixed = 0;
        for (TableColumn<Problem, ?> c : getVisibleLeafColumns()) {
            if (!shared.contains(c)) {
                fixed += c.getWidth();
            }
        }
        double room = Math.floor(getWidth() - snappedLeftInset() - snappedRightInset() - SCROLL_BAR - fixed);
        if (room == sharedFor) {
            return;
        }
        sharedFor = room;
        double[] widths = widths(room, floors);
        for (int i = 0; i < shared.size(); i++) {
            shared.get(i).setPrefWidth(widths[i]);
        }
        refresh(); // the rows measured again at the new widths: each as high as its wrapped texts
    }

    private void measure(Font font) {
        if (!font.equals(measuredFont)) {
            measuredFont = font;
            floors = floors(font);
            sharedFor = -1;
        }
    }

    /**
     * Each column's share of {@code room}, none below its floor: the room above the floors goes to the columns
     * whose share is above their floor, in proportion to how far; where the floors do not fit, the floors.
     */
    static double[] widths(double room, double[] floors) {
        int n = floors.length;
        double[] widths = floors.clone();
        double extra = room;
        double wanting = 0;
        double[] want = new double[n];
        for (int i = 0; i < n; i++) {
            extra -= floors[i];
            want[i] = Math.max(0, SHARES[i] * room - floors[i]);
            wanting += want[i];
        }
        for (int i = 0; i < n && extra > 0; i++) {
            widths[i] = Math.floor(floors[i] + extra * (wanting > 0 ? want[i] / wanting : SHARES[i]));
        }
        return widths;
    }

    /**
     * Each shared column's floor: its longest word (in the cells' font: the header's family and size, regular)
     * beside the cell's padding, or its header on one line if wider.
     */
    private double[] floors(Font font) {
        double[] result = new double[shared.size()];
        var measure = new Text();
        int rows = Math.min(getItems().size(), ROWS);
        for (int i = 0; i < shared.size(); i++) {
            TableColumn<Problem, String> c = shared.get(i);
            measure.setFont(font);
            measure.setText(c.getText());
            double floor = measure.getLayoutBounds().getWidth() + DataTableHeaders.HEADER_EXTRA;
            measure.setFont(Font.font(font.getFamily(), FontWeight.NORMAL, font.getSize()));
            for (int r = 0; r < rows; r++) {
                String text = c.getCellData(r);
                for (String word : text == null ? new String[0] : text.split("\\s+")) {
                    measure.setText(word);
                    floor = Math.max(floor, measure.getLayoutBounds().getWidth() + CELL_EXTRA + 2);
                }
            }
            result[i] = Math.ceil(floor);
        }
        return result;
    }

    private Font headerFont() {
        for (Node h : lookupAll(".column-header")) {
            if (h instanceof Region r && r.lookup(".label") instanceof Labeled label && label.getParent() == r) {
                return label.getFont();
            }
        }
        return null;
    }
}
