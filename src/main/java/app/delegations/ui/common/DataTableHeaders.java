package app.delegations.ui.common;

import java.util.HashMap;
import java.util.Map;
import javafx.beans.InvalidationListener;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.Region;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * Keeps every header of a {@link DataTable} read whole, whatever gave its column its width (the fit to the content,
 * widths remembered in the preferences — untrusted, perhaps for the other language's texts —, a drag on a header's
 * edge) and whatever its text (the language may relabel it in place):
 * <ul>
 * <li>no column is narrower than its header's longest word (measured in the header's font, with its padding and
 * sort arrow): its minimum width, so that a word is never cut or broken;</li>
 * <li>while a visible column is narrower than its header on one line, the table has the style class
 * {@link #WRAPPED_HEADERS}: the header row has two lines' room and the header is read on two lines.</li>
 * </ul>
 * Both are recomputed in the layout pass after the change (a header's text, the columns, their widths or the header
 * font), before the table lays out its header row, so the frame that shows the change shows the headers whole.
 */
final class DataTableHeaders<R> {
    /** The table's style class while a header narrower than its text wraps it: the header row has two lines' room. */
    static final String WRAPPED_HEADERS = "wrapped-headers";
    /** Room for a header's padding and sort arrow when the theme's is not known. */
    static final double HEADER_EXTRA = 30;
    /** Room for the sort arrow beside a header's text, and a pixel or two the measure may miss. */
    static final double SORT_ARROW = 12;

    private final TableView<R> table;
    /** By column: the width its header needs on one line. */
    private final Map<TableColumn<?, ?>, Double> oneLine = new HashMap<>();
    /** A header's label, found once shown: its font and padding are every header's. */
    private Labeled label;
    private Font measuredFont;
    private double measuredExtra;
    private boolean stale = true;

    DataTableHeaders(TableView<R> table) {
        this.table = table;
        InvalidationListener remeasure = o -> {
            stale = true;
            table.requestLayout();
        };
        InvalidationListener recheck = o -> table.requestLayout();
        table.getColumns().addListener((ListChangeListener<TableColumn<R, ?>>) change -> {
            while (change.next()) {
                for (TableColumn<R, ?> c : change.getAddedSubList()) {
                    if (c.getProperties().put(DataTableHeaders.class, Boolean.TRUE) == null) { // once per column
                        c.textProperty().addListener(remeasure);
                        c.widthProperty().addListener(recheck);
                        c.visibleProperty().addListener(recheck);
                    }
                }
            }
            remeasure.invalidated(null);
        });
    }

    /**
     * Called as the table lays out, before its skin lays out the header row and the rows (this frame's CSS is
     * applied): measures the headers again where their texts or font changed, then sets the wrapped style.
     */
    void beforeLayout() {
        if (label == null || label.getScene() != table.getScene() || label.getScene() == null) {
            label = null; // a header of the table: the theme's header font and padding (found again once rebuilt)
            for (Node h : table.lookupAll(".column-header")) {
                if (h instanceof Region r && r.lookup(".label") instanceof Labeled l && l.getParent() == r) {
                    label = l;
                    break;
                }
            }
            if (label == null) {
                return; // no header shown yet: measured once there is
            }
        }
        Font font = label.getFont();
        double extra = label.getParent() instanceof Region r ? headerExtra(r, label) : HEADER_EXTRA;
        if (stale || !font.equals(measuredFont) || extra != measuredExtra) {
            measure(font, extra);
        }
        boolean wrapped = false;
        for (TableColumn<R, ?> c : table.getVisibleLeafColumns()) {
            Double needed = oneLine.get(c);
            wrapped |= needed != null && c.getWidth() < needed - 0.5;
        }
        if (wrapped != table.getStyleClass().contains(WRAPPED_HEADERS)) {
            if (wrapped) {
                table.getStyleClass().add(WRAPPED_HEADERS);
            } else {
                table.getStyleClass().remove(WRAPPED_HEADERS);
            }
            table.applyCss(); // the header row's new height before it is laid out in this pass
        }
    }

    /** The room a header needs beside its text: its padding, its label's and the sort arrow's. */
    static double headerExtra(Region header, Labeled label) {
        return Math.max(HEADER_EXTRA, header.snappedLeftInset() + header.snappedRightInset()
                + label.snappedLeftInset() + label.snappedRightInset() + SORT_ARROW);
    }

    /** The width {@code text} needs as a header in {@code font} on one line, and that of its longest word. */
    static double[] widths(String text, Font font, double extra) {
        var measure = new Text(text == null ? "" : text);
        measure.setFont(font);
        double line = measure.getLayoutBounds().getWidth() + extra;
        double word = extra;
        for (String w : measure.getText().split("\\s+")) {
            measure.setText(w);
            word = Math.max(word, measure.getLayoutBounds().getWidth() + extra);
        }
        return new double[] {Math.ceil(line), Math.ceil(word)};
    }

    private void measure(Font font, double extra) {
        stale = false;
        measuredFont = font;
        measuredExtra = extra;
        oneLine.clear();
        for (TableColumn<R, ?> c : table.getColumns()) {
            double[] w = widths(c.getText(), font, extra);
            oneLine.put(c, w[0]);
            c.setMinWidth(w[1]); // a narrower width (stored, dragged) becomes the longest word's
        }
    }
}
