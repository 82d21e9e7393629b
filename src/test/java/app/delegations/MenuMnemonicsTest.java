package app.delegations;

import static app.delegations.AppTest.fx;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * Alt with a letter reaches one thing: no two menus of the menu bar, no two items of one menu, share a mnemonic,
 * nor does a button of the window share one with a menu of the bar (every view shown once, so that its buttons
 * and its File and View items are there). In English here, in Polish in {@link MenuMnemonicsPolishTest}.
 */
class MenuMnemonicsTest extends WindowStory {
    /** The letter after the first single underscore, lower case; none for a text without one. */
    private static String mnemonic(String text) {
        if (text == null) {
            return null;
        }
        for (int i = 0; i < text.length() - 1; i++) {
            if (text.charAt(i) == '_') {
                if (text.charAt(i + 1) == '_') {
                    i++;
                    continue;
                }
                return text.substring(i + 1, i + 2).toLowerCase(Locale.ROOT);
            }
        }
        return null;
    }

    /** The texts sharing a mnemonic among {@code texts}, as "letter: text, text". */
    private static List<String> shared(List<String> texts) {
        Map<String, List<String>> by = new HashMap<>();
        for (String t : texts) {
            String key = mnemonic(t);
            if (key != null) {
                by.computeIfAbsent(key, k -> new ArrayList<>()).add(t);
            }
        }
        return by.entrySet().stream().filter(e -> e.getValue().size() > 1)
                .map(e -> e.getKey() + ": " + String.join(", ", e.getValue())).sorted().toList();
    }

    private static void menusOf(List<? extends MenuItem> items, String path, List<String> clashes) {
        clashes.addAll(shared(items.stream().map(MenuItem::getText).toList()).stream()
                .map(c -> path + " › " + c).toList());
        for (MenuItem i : items) {
            if (i instanceof Menu m) {
                menusOf(m.getItems(), path + " › " + m.getText(), clashes);
            }
        }
    }

    /** The texts with a mnemonic of the labels, buttons… under {@code node}, the menu bar left out. */
    private static void labelsOutside(MenuBar bar, Node node, List<String> texts) {
        if (node == bar) {
            return;
        }
        if (node instanceof Labeled l && l.isMnemonicParsing() && mnemonic(l.getText()) != null) {
            texts.add(l.getText());
        }
        if (node instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(n -> labelsOutside(bar, n, texts));
        }
    }

    @Test
    void altWithALetterReachesOneMenuOneItemOrOneButton(FxRobot robot) {
        for (var tab : fx(() -> List.copyOf(app.window().tabs().getTabs()))) {
            robot.interact(() -> app.window().tabs().getSelectionModel().select(tab));
        }
        MenuBar bar = robot.lookup(".menu-bar").queryAs(MenuBar.class);
        var clashes = new ArrayList<String>();
        fx(() -> {
            List<String> menus = bar.getMenus().stream().map(Menu::getText).toList();
            clashes.addAll(shared(menus).stream().map(c -> "menu bar › " + c).toList());
            bar.getMenus().forEach(m -> menusOf(m.getItems(), m.getText(), clashes));
            var buttons = new ArrayList<String>(menus);
            labelsOutside(bar, app.window(), buttons);
            clashes.addAll(shared(buttons).stream().map(c -> "a menu and a button › " + c).toList());
            return null;
        });
        assertEquals(List.of(), clashes);
    }
}
