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
