package app.delegations;

import static app.delegations.AppTest.fx;
import static app.delegations.AppTest.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.delegations.ui.common.ExportChoice;
import app.delegations.ui.common.ExportFormat;
import app.delegations.ui.common.ExportReadBack;
import app.delegations.ui.places.PlaceColumn;
import app.delegations.ui.places.PlaceRow;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/**
 * "When did we last meet them?" with the keyboard alone: Ctrl+1, then (Alt and the arrows) View › Sort by › Last
 * meeting, then View › Sort by › Descending (Shift+F10 opens the table's menu, which has Sort by too) sorts the Places table as clicks on the header do (the same sort order, remembered with the columns),
 * and Ctrl+E exports the rows in that order.
 */
class KeyboardSortStoryTest extends WindowStory {
    private static final PseudoClass FOCUSED = PseudoClass.getPseudoClass("focused");
    @TempDir
    Path dir;

    private TableView<PlaceRow> places() {
        return TestWindows.placesView(app).table();
    }

    /** The text of the menu item that has the keyboard in the open menus (the innermost last), or "". */
    private static String focusedItem() {
        List<String> focused = fx(() -> {
            var texts = new ArrayList<String>();
            for (Window w : Window.getWindows()) {
                if (w.isShowing() && w.getScene() != null) {
                    for (Node n : w.getScene().getRoot().lookupAll(".menu-item")) {
                        if (n.getPseudoClassStates().contains(FOCUSED) && n.lookup(".label") instanceof Labeled l) {
                            texts.add(l.getText().replaceFirst("_", ""));
                        }
                    }
                }
            }
            return texts;
        });
        return focused.isEmpty() ? "" : focused.get(focused.size() - 1);
    }

    /** ↓ until {@code item} has the keyboard in the open menu (at most 30 steps). */
    private static void downTo(FxRobot robot, String item) {
        for (int i = 0; i < 30 && !item.equals(focusedItem()); i++) {
            keys(robot, KeyCode.DOWN);
        }
        assertEquals(item, focusedItem(), item + " has the keyboard");
    }

    /** Alt (the menu bar), → → to View, ↓ to open it and to Sort by, → into it, ↓ to {@code item}, Enter. */
    private void sortBy(FxRobot robot, String item) {
        keys(robot, KeyCode.ALT);
        Menu view = fx(() -> robot.lookup("#menuBar").queryAs(MenuBar.class).getMenus().stream()
                .filter(m -> "menuView".equals(m.getId())).findFirst().orElseThrow());
        keys(robot, KeyCode.RIGHT); // File, Edit, View
        keys(robot, KeyCode.RIGHT);
        keys(robot, KeyCode.DOWN); // opens it
        assertTrue(fx(view::isShowing), "the View menu is open");
        downTo(robot, "Sort by");
        keys(robot, KeyCode.RIGHT);
        downTo(robot, item);
        keys(robot, KeyCode.ENTER);
    }

    private List<String> names() {
        return fx(() -> places().getItems().stream().map(PlaceColumn.NAME::text).toList());
    }

    private List<LocalDate> lastMeetings(List<PlaceRow> rows) {
        var days = new ArrayList<LocalDate>();
        for (PlaceRow r : rows) {
            days.add(r.latest() == null ? null : r.latest().last());
        }
        return days;
    }

    @Test
    void viewSortByLastMeetingDescendingSortsAsTheHeaderAndTheExportKeepsTheOrder(FxRobot robot) throws IOException {
        waitUntil(() -> AppTest.settled(app) && TestWindows.placesView(app) != null);
        keys(robot, KeyCode.CONTROL, KeyCode.DIGIT1);
        waitUntil(() -> fx(() -> places().isFocused()));

        sortBy(robot, "Last meeting");
        TableColumn<PlaceRow, ?> last = fx(() -> places().getColumns().stream()
                .filter(c -> PlaceColumn.LAST_MEETING.id().equals(c.getId())).findFirst().orElseThrow());
        assertEquals(List.of(last), fx(() -> List.copyOf(places().getSortOrder())), "sorted by Last meeting alone");
        assertEquals(TableColumn.SortType.ASCENDING, fx(last::getSortType), "first ascending, as a header click");
        assertTrue(fx(() -> places().isFocused()), "the keyboard is back in the table");

        sortBy(robot, "Descending");
        assertEquals(TableColumn.SortType.DESCENDING, fx(last::getSortType));
        List<LocalDate> days = lastMeetings(fx(() -> List.copyOf(places().getItems())));
        var expected = new ArrayList<>(days);
        expected.sort(Comparator.nullsLast(Comparator.<LocalDate>reverseOrder())); // the places never met last
        assertEquals(expected, days, "the latest meeting first");

        // the bundled places all last met on one day: Name shows the order change, and the export keeps it
        sortBy(robot, "Name");
        List<String> ascending = names();
        sortBy(robot, "Descending");
        TableColumn<PlaceRow, ?> name = fx(() -> places().getSortOrder().get(0));
        assertEquals(PlaceColumn.NAME.id(), name.getId());
        assertEquals(TableColumn.SortType.DESCENDING, fx(name::getSortType));
        List<String> rows = names();
        var reversed = new ArrayList<>(ascending);
        Collections.reverse(reversed);
        assertEquals(reversed, rows, "Z to A");

        dialogs.exportChoices.add(Optional.of(new ExportChoice(ExportFormat.CSV, ';', true)));
        dialogs.filesToChoose.add(dir.resolve("last.csv"));
        keys(robot, KeyCode.CONTROL, KeyCode.E);
        waitUntil(() -> !dialogs.saved.isEmpty() || !dialogs.errors.isEmpty());
        assertEquals(List.of(), dialogs.errors);
        List<List<String>> read = ExportReadBack.csv(dir.resolve("last.csv"), ';');
        assertEquals(rows, read.subList(1, read.size()).stream().map(r -> r.get(0)).toList(),
                "the export keeps the table's order");

        keys(robot, KeyCode.SHIFT, KeyCode.F10); // the table's own menu has Sort by too
        assertTrue(fx(() -> places().getContextMenu().isShowing()
                && places().getContextMenu().getItems().stream().anyMatch(i -> "tableSortBy".equals(i.getId()))),
                "Shift+F10 opens the table's menu with Sort by");
        keys(robot, KeyCode.ESCAPE);
    }
}
