package app.delegations.ui.common;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/**
 * A {@link DataTable}'s column layout in the preferences: the order of the columns and the sort under
 * {@code key} ({@code id,id,...;id:A,id:D}), the widths under {@code key.widths.LANG} ({@code id:width,...}):
 * widths fitted to one language's texts do not suit the other.
 */
final class DataTableMemory {
    private DataTableMemory() {
    }

    static void save(TableView<?> table, AppPreferences prefs, String key, String language) {
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
     * Restores what {@link #save} stored, read by {@link ColumnLayout#parse}: whatever is stored, every column
     * stays in the table once and what cannot be read keeps its default. Returns true when widths were stored
     * for this language (else the caller may fit them to the content).
     */
    static <R> boolean restore(TableView<R> table, AppPreferences prefs, String key, String language) {
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
