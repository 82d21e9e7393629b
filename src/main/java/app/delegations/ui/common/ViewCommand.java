package app.delegations.ui.common;

import javafx.beans.value.ObservableBooleanValue;

/**
 * A command a view offers in the window's menus (File › New source…, View › Records without a source): the
 * item's node id, message key and menu, whether it can run now, and what it does once the view is in front.
 */
public record ViewCommand(String menuId, String menuKey, Menu menu, ObservableBooleanValue available, Runnable run) {

    /** The menu the item goes in: File (after the items that open data) or View (after the views). */
    public enum Menu {
        FILE, VIEW
    }
}
