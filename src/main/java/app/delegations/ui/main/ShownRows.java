package app.delegations.ui.main;

import app.delegations.ui.common.DataTable;
import app.delegations.ui.common.ViewFeature;
import javafx.beans.InvalidationListener;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ObservableList;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;

/** The view in front and how many rows its table shows (what the status bar counts). */
final class ShownRows {
    /** The view in front (null for none) and the rows its table shows (-1 for a view without a table). */
    record Shown(ViewFeature view, int rows) {
    }

    private final TabPane views;
    private final ReadOnlyObjectWrapper<Shown> shown = new ReadOnlyObjectWrapper<>(this, "shown", new Shown(null, -1));
    private final InvalidationListener recount = o -> recount();
    private Tab tab;
    private TableView<?> table;
    private ObservableList<?> rows;

    ShownRows(TabPane views) {
        this.views = views;
        views.getSelectionModel().selectedItemProperty().addListener(recount);
        recount();
    }

    /** The view in front and how many rows its table shows. */
    ReadOnlyObjectProperty<Shown> shownProperty() {
        return shown.getReadOnlyProperty();
    }

    /** Follows the tab in front, its content (made when first shown), its table's rows list and their number. */
    private void recount() {
        Tab now = views.getSelectionModel().getSelectedItem();
        if (now != tab) {
            if (tab != null) {
                tab.contentProperty().removeListener(recount);
            }
            if (now != null) {
                now.contentProperty().addListener(recount);
            }
            tab = now;
        }
        TableView<?> t = DataTable.in(tab == null ? null : tab.getContent()).map(DataTable::view).orElse(null);
        if (t != table) {
            if (table != null) {
                table.itemsProperty().removeListener(recount);
            }
            if (t != null) {
                t.itemsProperty().addListener(recount);
            }
            table = t;
        }
        ObservableList<?> items = table == null ? null : table.getItems();
        if (items != rows) {
            if (rows != null) {
                rows.removeListener(recount);
            }
            if (items != null) {
                items.addListener(recount);
            }
            rows = items;
        }
        shown.set(new Shown(tab != null && tab.getUserData() instanceof ViewFeature v ? v : null,
                rows == null ? -1 : rows.size()));
    }
}
