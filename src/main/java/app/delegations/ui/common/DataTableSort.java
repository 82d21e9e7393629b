package app.delegations.ui.common;

import java.util.List;
import javafx.scene.control.Menu;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleGroup;

/**
 * Sort by…, the keyboard's way to sort a {@link DataTable} (View › Sort by and the table's own menu): one item per
 * visible column in the order shown, then Ascending and Descending; the column the table is sorted by first and its
 * direction are ticked. A choice sets the table's sort order and the column's sort type, as a click on the header
 * does, so the rows are sorted by the same keys through the view model, the sort is remembered with the columns
 * and File › Export writes the rows in that order:
 * <ul>
 * <li>a column: the table sorted by that column alone, ascending (a header's first click);</li>
 * <li>Ascending or Descending: the column sorted by first turned that way, the others kept; disabled while the
 * table is unsorted.</li>
 * </ul>
 */
final class DataTableSort {
    private DataTableSort() {
    }

    /** Fills {@code menu} for the table's columns and sort as they are now (called as the menu opens). */
    static <R> void fill(Menu menu, TableView<R> table, Messages m) {
        menu.getItems().clear();
        TableColumn<R, ?> first = table.getSortOrder().isEmpty() ? null : table.getSortOrder().get(0);
        var columns = new ToggleGroup();
        for (TableColumn<R, ?> c : table.getVisibleLeafColumns()) {
            if (!c.isSortable()) {
                continue;
            }
            var item = new RadioMenuItem(c.getText());
            item.setMnemonicParsing(false); // a column's name, said as the header says it
            item.setId("sortBy-" + c.getId());
            item.setToggleGroup(columns);
            item.setSelected(c == first);
            item.setOnAction(e -> sortBy(table, c, true));
            menu.getItems().add(item);
        }
        var directions = new ToggleGroup();
        var up = direction(m.get("table.sort.ascending"), "sortAscending", directions, table, first, true);
        var down = direction(m.get("table.sort.descending"), "sortDescending", directions, table, first, false);
        menu.getItems().addAll(new SeparatorMenuItem(), up, down);
    }

    private static <R> RadioMenuItem direction(String label, String id, ToggleGroup group, TableView<R> table,
                                               TableColumn<R, ?> first, boolean ascending) {
        var item = new RadioMenuItem(label);
        item.setId(id);
        item.setToggleGroup(group);
        item.setDisable(first == null);
        item.setSelected(first != null && (first.getSortType() == TableColumn.SortType.ASCENDING) == ascending);
        item.setOnAction(e -> {
            if (first != null) {
                first.setSortType(ascending ? TableColumn.SortType.ASCENDING : TableColumn.SortType.DESCENDING);
            }
        });
        return item;
    }

    /** Sorts the table by {@code column} alone in that direction (a header's plain click, then a second one). */
    static <R> void sortBy(TableView<R> table, TableColumn<R, ?> column, boolean ascending) {
        column.setSortType(ascending ? TableColumn.SortType.ASCENDING : TableColumn.SortType.DESCENDING);
        if (table.getSortOrder().size() != 1 || table.getSortOrder().get(0) != column) {
            table.getSortOrder().setAll(List.of(column));
        }
    }
}
