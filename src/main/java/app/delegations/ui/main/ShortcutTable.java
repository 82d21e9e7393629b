package app.delegations.ui.main;

import app.delegations.ui.common.Messages;
import app.delegations.ui.common.Shortcuts;
import app.delegations.ui.common.ViewFeature;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;

/**
 * Help › Keyboard shortcuts: every key of the window as rows of {keys, what they do}, a row of one cell
 * being a section heading. Generated from where the keys are defined: the menu bar's accelerators (with the
 * item's menu path as what they do, the views' Ctrl+digit among them), {@link Shortcuts} and each view's own
 * keys ({@link ViewFeature#keys}), so it cannot drift from them.
 */
final class ShortcutTable {
    private ShortcutTable() {
    }

    static List<List<String>> rows(Messages m, MenuBar menuBar, List<List<String>> viewKeys) {
        var rows = new ArrayList<List<String>>();
        for (Menu menu : menuBar.getMenus()) {
            var keys = new ArrayList<List<String>>();
            accelerators(menu.getItems(), "", keys);
            if (!keys.isEmpty()) {
                rows.add(List.of(m.format("dialog.shortcuts.section.menu", plain(menu.getText()))));
                rows.addAll(keys);
            }
        }
        rows.add(List.of(m.get("dialog.shortcuts.section.fields")));
        rows.add(List.of(Shortcuts.shown(Shortcuts.CLEAR_SEARCH), m.get("dialog.shortcuts.search.clear")));
        rows.add(List.of(Shortcuts.NEXT_FIELD.getDisplayText(), m.get("dialog.shortcuts.field.next")));
        rows.add(List.of(Shortcuts.PREVIOUS_FIELD.getDisplayText(), m.get("dialog.shortcuts.field.previous")));
        rows.add(List.of(m.get("dialog.shortcuts.section.tables")));
        rows.add(List.of(Shortcuts.shown(Shortcuts.COPY), m.get("dialog.shortcuts.table.copy")));
        rows.add(List.of(Shortcuts.shown(Shortcuts.OPEN_DETAILS), m.get("dialog.shortcuts.table.open")));
        rows.add(List.of(Shortcuts.TABLE_MENU.getDisplayText(), m.format("dialog.shortcuts.table.menu",
                plain(m.get("menu.view")) + " › " + plain(m.get("table.sortBy")))));
        rows.add(List.of(m.get("dialog.shortcuts.table.sort.keys"), m.get("dialog.shortcuts.table.sort")));
        rows.addAll(viewKeys);
        return rows;
    }

    /** The items' accelerators as {keys, path › item} ({@code path} empty in the menu itself). */
    private static void accelerators(List<MenuItem> items, String path, List<List<String>> rows) {
        for (MenuItem item : items) {
            if (item instanceof Menu sub) {
                accelerators(sub.getItems(), path + plain(sub.getText()) + " › ", rows);
            } else if (item.getAccelerator() != null) {
                rows.add(List.of(item.getAccelerator().getDisplayText(), path + plain(item.getText())));
                if ("menuRedo".equals(item.getId())) {
                    rows.add(List.of(AppMenuBar.REDO_TOO.getDisplayText(), path + plain(item.getText())));
                }
            }
        }
    }

    /** A menu text without its mnemonic marks ("Clea_r filters" → "Clear filters"; "__" is an underscore). */
    static String plain(String text) {
        var sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '_' && i + 1 < text.length() && text.charAt(i + 1) == '_') {
                sb.append('_');
                i++;
            } else if (c != '_') {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
