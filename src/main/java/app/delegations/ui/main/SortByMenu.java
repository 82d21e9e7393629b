package app.delegations.ui.main;

import app.delegations.ui.common.DataTable;
import app.delegations.ui.common.Messages;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;

/**
 * View › Sort by, after Clear filters: the columns of the table in front and the direction
 * ({@link DataTable#fillSortMenu}), filled as the View menu opens, so that a table is sorted from the keyboard as a
 * header click sorts it. Disabled while the view in front has no table (the map, the timeline).
 */
final class SortByMenu {
    private SortByMenu() {
    }

    static void addTo(MenuBar bar, Messages m, Supplier<Optional<DataTable<?>>> front) {
        var sortBy = new Menu(m.get("table.sortBy"));
        sortBy.setId("menuSortBy");
        for (Menu menu : bar.getMenus()) {
            if ("menuView".equals(menu.getId())) {
                int at = menu.getItems().size();
                for (int i = 0; i < menu.getItems().size(); i++) {
                    if ("menuClearFilters".equals(menu.getItems().get(i).getId())) {
                        at = i + 1;
                    }
                }
                menu.getItems().add(at, sortBy);
                menu.addEventHandler(Menu.ON_SHOWING, e -> {
                    Optional<DataTable<?>> table = front.get();
                    sortBy.setDisable(table.isEmpty());
                    if (table.isPresent()) {
                        table.get().fillSortMenu(sortBy);
                    } else {
                        sortBy.getItems().clear();
                    }
                });
            }
        }
    }
}
