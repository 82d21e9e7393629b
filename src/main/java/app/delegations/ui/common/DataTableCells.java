package app.delegations.ui.common;

import java.util.List;
import java.util.function.Supplier;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.geometry.Pos;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.layout.HBox;

/** The cells of a {@link DataTable}'s columns, one kind per {@link DataColumn.Look}. */
final class DataTableCells {
    private DataTableCells() {
    }

    /** A new cell for {@code column}; {@code words} are the search words that {@link DataColumn.Look#MATCHES} marks. */
    static <R> TableCell<R, R> of(DataColumn<R> column, Supplier<List<String>> words) {
        return switch (column.look()) {
            case TEXT, NUMBER -> new TextCell<>(column);
            case MATCHES -> new HighlightCell<>(column::label, words);
            case BADGE -> new BadgeCell<>(column, false);
            case BADGE_AND_LABEL -> new BadgeCell<>(column, true);
        };
    }

    /**
     * The text, shortened to a line (the whole in a tooltip while the column cuts it, {@link DataTableTip}); shown
     * again when what {@link DataColumn#watched} names changes.
     */
    private static final class TextCell<R> extends TableCell<R, R> {
        private final DataColumn<R> column;
        private final InvalidationListener refresh = o -> show();
        private final DataTableTip tip = new DataTableTip(this);
        private List<Observable> watched = List.of();

        TextCell(DataColumn<R> column) {
            this.column = column;
        }

        @Override
        protected void updateItem(R item, boolean empty) {
            super.updateItem(item, empty);
            watched.forEach(o -> o.removeListener(refresh));
            watched = empty || item == null ? List.of() : column.watched(item);
            watched.forEach(o -> o.addListener(refresh));
            show();
        }

        private void show() {
            R item = getItem();
            setText(isEmpty() || item == null ? null : ShortText.shorten(column.text(item), ShortText.LINE));
        }

        @Override
        protected void layoutChildren() {
            super.layoutChildren();
            tip.check();
        }
    }

    /** A badge cell's label: the whole label in a tooltip while a narrow column cuts it ({@link DataTableTip}). */
    private static final class TippedLabel extends Label {
        private final DataTableTip tip = new DataTableTip(this);

        @Override
        protected void layoutChildren() {
            super.layoutChildren();
            tip.check();
        }
    }

    /** A code badge, with the label beside it or not; the cell's text (for copying, accessibility) is the column's. */
    private static final class BadgeCell<R> extends TableCell<R, R> {
        private final DataColumn<R> column;
        private final Label badge = new Label();
        private final Label label;
        private final HBox box;

        BadgeCell(DataColumn<R> column, boolean withLabel) {
            this.column = column;
            badge.getStyleClass().add("country-badge");
            label = withLabel ? new TippedLabel() : null;
            box = withLabel ? new HBox(6, badge, label) : new HBox(badge);
            if (withLabel) {
                label.getStyleClass().add("country-name");
            }
            box.setAlignment(Pos.CENTER_LEFT);
            setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
            // the graphic stays, hidden while the cell is empty: taken out and put back, it was styled again each
            // time the table gave the cell another row (every row shown, on each new list)
            setGraphic(box);
            box.setVisible(false);
        }

        @Override
        protected void updateItem(R item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setText(null);
                box.setVisible(false);
                return;
            }
            if (label == null) {
                badge.setText(column.text(item));
            } else {
                String code = column.badge(item) == null ? "" : column.badge(item);
                badge.setText(code);
                badge.setVisible(!code.isEmpty()); // a row without one (an organisation without a place)
                badge.setManaged(!code.isEmpty());
                label.setText(ShortText.shorten(column.label(item), ShortText.LINE));
            }
            setText(column.text(item));
            box.setVisible(true);
        }
    }
}
