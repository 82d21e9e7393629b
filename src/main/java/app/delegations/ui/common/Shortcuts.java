package app.delegations.ui.common;

import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/**
 * The keys handled outside the menu bar (whose accelerators the menu items carry themselves): the handlers
 * match these, and Help › Keyboard shortcuts lists them, so the list shows the keys that work.
 */
public final class Shortcuts {
    /** In a table: copies the selected rows with a header, tab-separated. */
    public static final KeyCombination COPY = new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN);
    /** In the search field: clears the search. */
    public static final KeyCombination CLEAR_SEARCH = new KeyCodeCombination(KeyCode.ESCAPE);
    /** In a table: opens its menu (Copy, Sort by), as the platform's menu key does. */
    public static final KeyCombination TABLE_MENU = new KeyCodeCombination(KeyCode.F10, KeyCombination.SHIFT_DOWN);
    /** In a table: the keyboard's menu key, which opens the table's menu as {@link #TABLE_MENU} does. */
    public static final KeyCombination TABLE_MENU_KEY = new KeyCodeCombination(KeyCode.CONTEXT_MENU);
    /**
     * In a multi-line field (a description, a source's text): goes on to the next field. The text area does it
     * itself; listed so that the way out of such a field is known.
     */
    public static final KeyCombination NEXT_FIELD = new KeyCodeCombination(KeyCode.TAB, KeyCombination.SHORTCUT_DOWN);
    /** In a multi-line field: goes back to the previous field (the text area does it itself). */
    public static final KeyCombination PREVIOUS_FIELD = new KeyCodeCombination(KeyCode.TAB,
            KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);
    /** In a table: opens the details of the selected row. */
    public static final KeyCombination OPEN_DETAILS = new KeyCodeCombination(KeyCode.ENTER);

    private Shortcuts() {
    }

    /** How a key is written in the shortcut table: as the menus write it, but Esc and Enter in words. */
    public static String shown(KeyCombination key) {
        if (key instanceof KeyCodeCombination k && k.getShift() == KeyCombination.ModifierValue.UP
                && k.getControl() == KeyCombination.ModifierValue.UP && k.getAlt() == KeyCombination.ModifierValue.UP
                && k.getMeta() == KeyCombination.ModifierValue.UP && k.getShortcut() == KeyCombination.ModifierValue.UP) {
            if (k.getCode() == KeyCode.ESCAPE) {
                return "Esc";
            }
            if (k.getCode() == KeyCode.ENTER) {
                return "Enter";
            }
        }
        return key.getDisplayText();
    }
}
