package app.delegations.ui.common;

import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.input.KeyCombination;

/**
 * A command a view or a window-wide {@link CommandFeature} offers in the window's menus (File › New source…,
 * View › Records without a source, File › Export brief as PDF…): the item's node id, message key and menu, whether
 * it can run now, and what it does (a view's once the view is in front).
 *
 * @param accelerator its shortcut (Ctrl+P), or null for none
 * @param reasonKey   message key of why it cannot run now, said beside the disabled item; null to say nothing
 */
public record ViewCommand(String menuId, String menuKey, Menu menu, ObservableBooleanValue available, Runnable run,
                          KeyCombination accelerator, String reasonKey) {

    /** A command without a shortcut, disabled without a word when it cannot run. */
    public ViewCommand(String menuId, String menuKey, Menu menu, ObservableBooleanValue available, Runnable run) {
        this(menuId, menuKey, menu, available, run, null, null);
    }

    /** The menu the item goes in: File (after the items that open data) or View (after the views). */
    public enum Menu {
        FILE, VIEW
    }
}
