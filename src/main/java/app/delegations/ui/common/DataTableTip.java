package app.delegations.ui.common;

import javafx.scene.Node;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Labeled;
import javafx.scene.control.Tooltip;
import javafx.scene.text.Text;

/**
 * A {@link DataTable} cell's tooltip: while the cell cuts its text short (an ellipsis: the column is narrower
 * than the text), the tooltip shows the whole text; while the text fits, the cell has none. Asked after each
 * layout of the cell, from what its skin shows: nothing is measured again.
 */
final class DataTableTip {
    /** The widest a tooltip gets before it wraps its text. */
    private static final double MAX_WIDTH = 600;

    private final Labeled cell;
    private Tooltip tip;

    DataTableTip(Labeled cell) {
        this.cell = cell;
    }

    /** Call after the cell's layout: gives it the tooltip when its text is shown cut, takes it away otherwise. */
    void check() {
        String whole = cell.getText();
        if (whole == null || whole.isEmpty() || !cut(whole)) {
            if (cell.getTooltip() != null) {
                cell.setTooltip(null);
            }
            return;
        }
        if (tip == null) {
            tip = new Tooltip();
            tip.setWrapText(true);
            tip.setMaxWidth(MAX_WIDTH);
        }
        tip.setText(whole);
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
