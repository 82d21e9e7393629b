package app.delegations.bench.pulse;

import java.nio.file.Path;
import java.util.prefs.Preferences;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.stage.Window;

/**
 * Opening a file the way an officer does in a running window, without a file dialog: File › Recent. {@link #main}
 * puts a file first in the app's recent list (run with the app's {@code -Djava.util.prefs.userRoot}); {@link
 * #openFirst} chooses the first Recent item in the showing window, as a click on it would.
 */
public final class RecentMenu {
    private RecentMenu() {
    }

    /** usage: RecentMenu FILE (with -Djava.util.prefs.userRoot=DIR, the root the app will use) */
    public static void main(String[] args) throws Exception {
        Preferences node = Preferences.userRoot().node("app/delegations"); // AppPreferences.DEFAULT_NODE
        node.put("recent.0", Path.of(args[0]).toAbsolutePath().toString());
        node.flush();
    }

    /** Fires the menu item with this id (at any depth) in a showing window; false when there is none. */
    static boolean fire(String id) {
        return fire(find(id));
    }

    /** Fires File › Recent › first item in a showing window; false when there is none. Call on the FX thread. */
    static boolean openFirst() {
        return find("menuRecent") instanceof Menu recent && !recent.getItems().isEmpty()
                && fire(recent.getItems().get(0));
    }

    private static boolean fire(MenuItem item) {
        if (item == null || item.isDisable()) {
            return false;
        }
        item.fire();
        return true;
    }

    /** The menu item with this id in a showing window's menu bar, or null. */
    private static MenuItem find(String id) {
        for (Window w : Window.getWindows()) {
            if (w.isShowing() && w.getScene() != null && w.getScene().lookup("#menuBar") instanceof MenuBar bar) {
                for (Menu menu : bar.getMenus()) {
                    MenuItem found = find(menu, id);
                    if (found != null) {
                        return found;
                    }
                }
            }
        }
        return null;
    }

    private static MenuItem find(MenuItem item, String id) {
        if (id.equals(item.getId())) {
            return item;
        }
        if (item instanceof Menu m) {
            for (MenuItem child : m.getItems()) {
                MenuItem found = find(child, id);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
