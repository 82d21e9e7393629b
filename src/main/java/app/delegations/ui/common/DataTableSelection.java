package app.delegations.ui.common;

import app.delegations.model.Entity;
import java.util.function.BiPredicate;
import java.util.function.Consumer;
import javafx.collections.ObservableList;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;

/**
 * A {@link DataTable}'s row selection kept in step with the window's {@link Selection} (see
 * {@link DataTable#selecting}). Only the user's row selection reaches the window's: when the selected row leaves
 * the table's list (a filter, a narrowing, a reload), the table guesses another row and selects it, and that
 * guess is not passed on. The table tells it when its rows begin to change ({@link #rowsChanging}, before the
 * table's own selection model hears of it); once every listener of the rows has heard of the change, the row
 * of the selected record is selected again, or none.
 */
final class DataTableSelection<R> {
    private final TableView<R> table;
    private final Selection selection;
    /** The kind of record the rows show. */
    private final Class<? extends Entity> kind;
    /** Whether a row shows a record. */
    private final BiPredicate<R, Entity> shows;
    private final Consumer<R> select;
    private final Consumer<R> open;
    /** True while this class itself changes the row selection. */
    private boolean syncing;
    /** True from the start of a change of the rows until every listener of the rows has heard of it. */
    private boolean rowsChanging;

    DataTableSelection(TableView<R> table, ObservableList<R> rows, Listeners listeners, Selection selection,
                       Class<? extends Entity> kind, BiPredicate<R, Entity> shows, Consumer<R> select,
                       Consumer<R> open) {
        this.table = table;
        this.selection = selection;
        this.kind = kind;
        this.shows = shows;
        this.select = select;
        this.open = open;
        table.setOnKeyPressed(e -> {
            R item = table.getSelectionModel().getSelectedItem();
            if (Shortcuts.OPEN_DETAILS.match(e) && item != null) {
                open.accept(item);
                e.consume();
            }
        });
        table.addEventFilter(KeyEvent.KEY_PRESSED, this::firstArrow);
        listeners.onChange(table.getSelectionModel().selectedItemProperty(), (o, a, b) -> {
            if (!syncing && !rowsChanging && b != null) {
                select.accept(b);
            }
        });
        listeners.follow(selection.selectedProperty(), this::selectFromOutside);
        // the last listener of the rows (replaced on a reload, a language, a filter, a sort): the selected
        // record's row selected again, and no other row left selected by the table's own guess
        listeners.onList(rows, c -> {
            rowsChanging = false;
            selectFromOutside(selection.get());
        });
    }

    /**
     * The rows are about to change: until the change has reached every listener, a change of the selected row
     * is the table's guess, not the user's choice. Called by a listener of the rows added before the table's.
     */
    void rowsChanging() {
        rowsChanging = true;
    }

    /**
     * ↓ or ↑ (no modifier) while no row is selected selects the row with the keyboard's ring (the first for ↓, the
     * last for ↑ when no listed row has it), as a user expects of a list: the table's own keys would select the row
     * after the ringed one, and nothing at all when the ringed row is the only or the last one.
     */
    private void firstArrow(KeyEvent e) {
        boolean down = e.getCode() == KeyCode.DOWN;
        if (!down && e.getCode() != KeyCode.UP || e.isShortcutDown() || e.isShiftDown() || e.isAltDown()
                || !table.getSelectionModel().isEmpty() || table.getItems().isEmpty()) {
            return;
        }
        int ringed = table.getFocusModel().getFocusedIndex();
        if (ringed >= 0 && ringed < table.getItems().size()) {
            table.getSelectionModel().clearAndSelect(ringed); // in sight: it is the row the ring shows
        } else {
            int row = down ? 0 : table.getItems().size() - 1;
            table.getSelectionModel().clearAndSelect(row);
            table.scrollTo(row);
        }
        e.consume();
    }

    /** A click on a row: selects its record (again, if the table still had it selected); a double click opens it. */
    void clicked(TableRow<R> row, MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY || row.isEmpty()) {
            return;
        }
        if (!shows.test(row.getItem(), selection.get())) {
            select.accept(row.getItem()); // a row the table still had selected: no selection change to follow
        }
        if (e.getClickCount() == 2) {
            open.accept(row.getItem());
        }
    }

    /**
     * Shows the selected record's row selected when it is listed, and no row selected otherwise: a row stays
     * selected only while the detail pane shows it (clicking it again then shows it again). Only a record of the
     * rows' kind is looked for among the rows (one pass over them); any other leaves no row selected at once.
     */
    private void selectFromOutside(Entity r) {
        R current = table.getSelectionModel().getSelectedItem();
        if (r != null && current != null && shows.test(current, r)) {
            return;
        }
        if (current == null && table.getSelectionModel().isEmpty() && (r == null || !kind.isInstance(r))) {
            return; // nothing selected, nothing to select
        }
        syncing = true;
        try {
            table.getSelectionModel().clearSelection();
            if (r == null || !kind.isInstance(r)) {
                return;
            }
            for (int i = 0; i < table.getItems().size(); i++) {
                if (shows.test(table.getItems().get(i), r)) {
                    table.getSelectionModel().clearAndSelect(i);
                    table.scrollTo(i);
                    return;
                }
            }
        } finally {
            syncing = false;
        }
    }
}
