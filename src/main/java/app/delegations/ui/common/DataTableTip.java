package app.delegations.ui.common;

import javafx.scene.Node;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Labeled;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import javafx.scene.text.Text;

/**
 * A {@link DataTable} cell's tooltip: while the cell cuts its text short (an ellipsis: the column is narrower
 * than the text), the tooltip shows the whole text; while the text fits, the cell has none. Whether the text is
 * cut is asked after each layout of the cell, from what its skin shows: nothing is measured again. The tooltip
 * itself (a popup window with a scene of its own) is made only when the pointer first moves over the cell while
 * its text is cut, and kept for the cell's later texts: a table given new rows makes none for the cells that show
 * them cut, and the pointer over a cut cell still finds the whole text in its tooltip.
 */
final class DataTableTip {
    /** The widest a tooltip gets before it wraps its text. */
    private static final double MAX_WIDTH = 600;

    private final Labeled cell;
    private Tooltip tip;
    /** The whole text while the cell shows it cut (after its last layout), else null. */
    private String cutText;

    DataTableTip(Labeled cell) {
        this.cell = cell;
        // made before the move is passed on: the tooltip's own handlers then see the next moves, as an installed one's
        cell.addEventHandler(MouseEvent.MOUSE_MOVED, e -> {
            if (tip == null && cutText != null) {
                tip = new Tooltip();
                tip.setWrapText(true);
                tip.setMaxWidth(MAX_WIDTH);
                offer();
            }
        });
    }

    /** Call after the cell's layout: gives it the tooltip when its text is shown cut, takes it away otherwise. */
    void check() {
        String whole = cell.getText();
        cutText = whole == null || whole.isEmpty() || !cut(whole) ? null : whole;
        if (tip != null) {
            offer();
        }
    }

    /** The tooltip on the cell with the whole text while it is cut; none on it otherwise. */
    private void offer() {
        if (cutText == null) {
            if (cell.getTooltip() != null) {
                cell.setTooltip(null);
            }
            return;
        }
        tip.setText(cutText);
        if (cell.getTooltip() != tip) {
            cell.setTooltip(tip);
        }
    }

    /** True when the text the cell's skin shows is not the whole of {@code whole}. */
    private boolean cut(String whole) {
        if (cell.getGraphic() instanceof MatchRuns runs && cell.getContentDisplay() == ContentDisplay.GRAPHIC_ONLY) {
            return runs.cut();
        }
        for (Node n : cell.getChildrenUnmodifiable()) {
            if (n instanceof Text t && n.isVisible()) {
                return !whole.equals(t.getText());
            }
        }
        return false;
    }
}
