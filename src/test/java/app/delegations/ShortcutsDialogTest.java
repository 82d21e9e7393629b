package app.delegations;

import static app.delegations.AppTest.fx;
import static app.delegations.AppTest.settled;
import static app.delegations.AppTest.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.delegations.ui.common.FxDialogs;
import app.delegations.ui.common.UiLanguage;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Help › Keyboard shortcuts is a table of every key the window answers, readable whole on a 1366×768 screen. */
class ShortcutsDialogTest extends WindowStory {
    private static void items(List<MenuItem> items, List<MenuItem> out) {
        for (MenuItem item : items) {
            out.add(item);
            if (item instanceof Menu m) {
                items(m.getItems(), out);
            }
        }
    }

    private List<MenuItem> menuItems(FxRobot robot) {
        MenuBar bar = robot.lookup("#menuBar").queryAs(MenuBar.class);
        var out = new ArrayList<MenuItem>();
        fx(() -> {
            bar.getMenus().forEach(m -> items(m.getItems(), out));
            return null;
        });
        return out;
    }

    /** Opens Help › Keyboard shortcuts and returns the rows the table showed. */
    private List<List<String>> openShortcuts(FxRobot robot) {
        MenuItem item = menuItems(robot).stream().filter(i -> "menuShortcuts".equals(i.getId())).findFirst().orElseThrow();
        int before = dialogs.tables.size();
        robot.interact(item::fire);
        assertEquals(before + 1, dialogs.tables.size(), "the shortcuts are shown as a table");
        return dialogs.tables.get(before);
    }

    private void checkLanguage(FxRobot robot, String fileMenu, String fileOpen, String timelineHeading,
                               List<String> cite) {
        List<List<String>> rows = openShortcuts(robot);
        Set<String> keys = rows.stream().filter(r -> r.size() == 2).map(r -> r.get(0)).collect(Collectors.toSet());
        List<String> accelerators = menuItems(robot).stream().filter(i -> i.getAccelerator() != null)
                .map(i -> fx(() -> i.getAccelerator().getDisplayText())).toList();
        assertTrue(accelerators.size() >= 10, "the menu bar's accelerators: " + accelerators);
        for (String a : accelerators) {
            assertTrue(keys.contains(a), a + " (a menu accelerator) is in the table: " + keys);
        }
        for (String k : List.of("Esc", "Ctrl+C", "Enter", "Home", "Page Up", "+", "−", "← ↑", "→ ↓", "Ctrl+Shift+Z",
                "F1")) {
            assertTrue(keys.contains(k), k + " is in the table: " + keys);
        }
        assertTrue(keys.contains("Ctrl+← / Ctrl+→"), "the timeline's pan keys: " + keys);
        for (List<String> r : rows) {
            assertTrue(r.size() == 1 || r.size() == 2, r.toString());
            r.forEach(cell -> assertFalse(cell.isBlank() || cell.contains("!") || cell.contains("_"), "cell " + r));
        }
        int file = rows.indexOf(List.of(fileMenu));
        assertTrue(file >= 0 && rows.subList(file, rows.size()).contains(List.of("Ctrl+O", fileOpen)),
                "Ctrl+O under the File menu's heading: " + rows);
        assertTrue(rows.contains(List.of(timelineHeading)), rows.toString());
        assertTrue(rows.stream().anyMatch(r -> r.get(0).equals(cite.get(0)) && r.size() == 2
                && r.get(1).startsWith(cite.get(1))), "Cite for… with its key: " + rows);
        assertTrue(keys.contains("Ctrl+Tab") && keys.contains("Ctrl+Shift+Tab"), "out of a multi-line field: " + keys);
        assertTrue(keys.contains("Shift+F10"), "the table's menu (Sort by): " + keys);

        // the real dialog: nothing cut short, and it fits a 1366×768 screen
        var real = new FxDialogs(app::stage, () -> null, () -> app.workspace().main().messages(), uri -> {
        });
        Platform.runLater(() -> real.showTable("Keyboard shortcuts", null,
                List.of("Keys", "What they do"), rows)); // waits for OK in a nested loop, as for the user
        WaitForAsyncUtils.waitForFxEvents();
        Window dialog = fx(() -> Window.getWindows().stream().filter(w -> w != app.stage() && w.isShowing()
                && w.getScene().lookup("#textTable") != null).findFirst().orElseThrow());
        try {
            assertTrue(fx(dialog::getWidth) <= 1366 && fx(dialog::getHeight) <= 768 - 40 - 60,
                    "fits a 1366×768 screen with a panel, with room for three more rows in each column: "
                            + fx(dialog::getWidth) + "×" + fx(dialog::getHeight));
            Node table = fx(() -> dialog.getScene().lookup("#textTable"));
            List<String> cut = fx(() -> table.lookupAll(".label").stream().map(n -> (Label) n)
                    .filter(l -> !shownText(l).equals(l.getText())).map(Label::getText).toList());
            assertEquals(List.of(), cut, "labels shown cut short");
            ScrollPane scroll = (ScrollPane) fx(() -> dialog.getScene().lookup(".text-table-scroll"));
            assertTrue(fx(() -> scroll.getViewportBounds().getHeight() >= table.getLayoutBounds().getHeight()
                    && scroll.getViewportBounds().getWidth() >= table.getLayoutBounds().getWidth()),
                    () -> "the whole table shows without scrolling: viewport " + fx(scroll::getViewportBounds)
                            + ", table " + fx(table::getLayoutBounds));
        } finally {
            robot.interact(() -> ((Stage) dialog).close());
        }
    }

    /** The text a label draws (with its wrapped lines joined): differs from its text when cut short with "…". */
    private static String shownText(Label l) {
        Text t = (Text) l.lookup(".text");
        return t == null ? "" : t.getText().replace("\n", " ").replaceAll(" +", " ").trim();
    }

    @Test
    void everyShortcutIsInTheTableInBothLanguagesCiteForAndCtrlTabAmongThem(FxRobot robot) {
        checkLanguage(robot, "File menu", "Open…", "On the timeline", List.of("Alt+C", "Cite for…"));
        robot.interact(() -> app.workspace().main().languageProperty().set(UiLanguage.POLISH));
        waitUntil(() -> app.workspace().main().messages().language() == UiLanguage.POLISH && settled(app));
        checkLanguage(robot, "Menu Plik", "Otwórz…", "Na osi czasu", List.of("Alt+T", "Cytuj w rekordzie…"));
    }
}
