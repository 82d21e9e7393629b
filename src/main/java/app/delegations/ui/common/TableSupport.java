package app.delegations.ui.common;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCombination;

/** What every table of the window does: fast sorting, Ctrl+C as TSV, remembered columns. */
public final class TableSupport {
    private static final KeyCombination COPY = Shortcuts.COPY;

    private TableSupport() {
    }

    /**
     * Sorts through the view model instead of the table's own comparator (which calls the cell value factory
     * twice per comparison): the columns carry their key in {@code userData}.
     */
    @SuppressWarnings("unchecked")
    public static <R, C> void sortThrough(TableView<R> table, Consumer<List<SortKey<C>>> sorter) {
        table.setSortPolicy(t -> {
            var keys = new ArrayList<SortKey<C>>();
            for (TableColumn<R, ?> column : t.getSortOrder()) {
                keys.add(new SortKey<>((C) column.getUserData(), column.getSortType() == TableColumn.SortType.ASCENDING));
            }
            sorter.accept(keys);
            return true;
        });
    }

    /** Multi-select, and Ctrl+C / the context menu copy the selected rows with the header as TSV. */
    public static <R> void copyAsTsv(TableView<R> table, Function<List<R>, String> tsv, String copyLabel) {
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        Runnable copy = () -> {
            List<R> rows = selectedInViewOrder(table);
            if (!rows.isEmpty()) {
                var content = new ClipboardContent();
                content.putString(tsv.apply(rows));
                Clipboard.getSystemClipboard().setContent(content);
            }
        };
        table.addEventHandler(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (COPY.match(e)) {
                copy.run();
                e.consume();
            }
        });
        var item = new MenuItem(copyLabel);
        item.setAccelerator(COPY);
        item.setOnAction(e -> copy.run());
        table.setContextMenu(new ContextMenu(item));
    }

    /** The selected rows in the order the table shows them. */
    public static <R> List<R> selectedInViewOrder(TableView<R> table) {
        var indices = new ArrayList<>(table.getSelectionModel().getSelectedIndices());
        indices.sort(null);
        var rows = new ArrayList<R>(indices.size());
        for (Integer i : indices) {
            if (i >= 0 && i < table.getItems().size()) {
                rows.add(table.getItems().get(i));
            }
        }
        return rows;
    }

    /** The visible columns' keys in the order shown. */
    @SuppressWarnings("unchecked")
    public static <R, C> List<C> visibleColumnKeys(TableView<R> table) {
        var keys = new ArrayList<C>();
        for (TableColumn<R, ?> c : table.getVisibleLeafColumns()) {
            keys.add((C) c.getUserData());
        }
        return keys;
    }

    /**
     * Stores column order and sort under {@code key} ({@code id,id,...;id:A,id:D}) and the widths under
     * {@code key.widths.LANG} ({@code id:width,...}): widths fitted to one language's texts do not suit the other.
     */
    public static void saveColumns(TableView<?> table, AppPreferences prefs, String key, String language) {
        var order = new StringBuilder();
        var widths = new StringBuilder();
        for (TableColumn<?, ?> c : table.getColumns()) {
            if (order.length() > 0) {
                order.append(',');
                widths.append(',');
            }
            order.append(c.getId());
            widths.append(c.getId()).append(':').append(Math.round(c.getWidth()));
        }
        order.append(';');
        boolean first = true;
        for (TableColumn<?, ?> c : table.getSortOrder()) {
            if (!first) {
                order.append(',');
            }
            first = false;
            order.append(c.getId()).append(':').append(c.getSortType() == TableColumn.SortType.ASCENDING ? 'A' : 'D');
        }
        prefs.put(key, order.toString());
        if (table.getWidth() > 0) {
            prefs.put(key + ".widths." + language, widths.toString());
        }
    }

    /**
     * Restores what {@link #saveColumns} stored, read by {@link ColumnLayout#parse}: whatever is stored, every
     * column stays in the table once and what cannot be read keeps its default. Returns true when widths were
     * stored for this language (else the caller fits them to the content).
     */
    public static <R> boolean restoreColumns(TableView<R> table, AppPreferences prefs, String key, String language) {
        Map<String, TableColumn<R, ?>> byId = new HashMap<>();
        for (TableColumn<R, ?> c : table.getColumns()) {
            byId.put(c.getId(), c);
        }
        ColumnLayout layout = ColumnLayout.parse(prefs.get(key, ""), prefs.get(key + ".widths." + language, ""),
                table.getColumns().stream().map(TableColumn::getId).toList());
        var order = new ArrayList<TableColumn<R, ?>>();
        for (String id : layout.order()) {
            order.add(byId.get(id));
        }
        table.getColumns().setAll(order);
        if (!layout.sort().isEmpty()) {
            var sort = new ArrayList<TableColumn<R, ?>>();
            for (SortKey<String> k : layout.sort()) {
                TableColumn<R, ?> c = byId.get(k.column());
                c.setSortType(k.ascending() ? TableColumn.SortType.ASCENDING : TableColumn.SortType.DESCENDING);
                sort.add(c);
            }
            table.getSortOrder().setAll(sort);
        }
        layout.widths().forEach((id, w) -> byId.get(id).setPrefWidth(w));
        return !layout.widths().isEmpty();
    }
}
