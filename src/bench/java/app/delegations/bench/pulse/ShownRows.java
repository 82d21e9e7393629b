package app.delegations.bench.pulse;

import java.util.List;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.stage.Window;

/** How many rows the app shows: the most any table or list in a showing window holds. Call on the FX thread. */
public final class ShownRows {
    private ShownRows() {
    }

    public static int inShowingWindows() {
        int most = 0;
        for (Window w : Window.getWindows()) {
            if (w.isShowing() && w.getScene() != null && w.getScene().getRoot() != null) {
                most = Math.max(most, most(w.getScene().getRoot()));
            }
        }
        return most;
    }

    /**
     * The first row of the table or list holding the most rows in a showing window (null: none): a new object once
     * the app has shown a new load, since every load builds its rows anew.
     */
    public static Object firstOfLargest() {
        TableOrList largest = null;
        for (Window w : Window.getWindows()) {
            if (w.isShowing() && w.getScene() != null && w.getScene().getRoot() != null) {
                largest = largest(w.getScene().getRoot(), largest);
            }
        }
        return largest == null || largest.items().isEmpty() ? null : largest.items().get(0);
    }

    private record TableOrList(List<?> items) {
    }

    /**
     * Shows the tab {@code tabId} of the first tab pane in a showing window that has it (its view is made then);
     * false when there is none.
     */
    public static boolean showTab(String tabId) {
        for (Window w : Window.getWindows()) {
            if (w.isShowing() && w.getScene() != null && w.getScene().getRoot() != null
                    && w.getScene().getRoot().lookupAll(".tab-pane").stream().anyMatch(n -> n instanceof TabPane tp
                    && tp.getTabs().stream().filter(t -> tabId.equals(t.getId())).peek(t -> tp.getSelectionModel()
                    .select(t)).findFirst().isPresent())) {
                return true;
            }
        }
        return false;
    }

    /** The items of the table {@code #id} in a showing window, or null. */
    public static ObservableList<?> itemsOf(String id) {
        for (Window w : Window.getWindows()) {
            if (w.isShowing() && w.getScene() != null && w.getScene().getRoot() != null
                    && w.getScene().getRoot().lookup("#" + id) instanceof TableView<?> t) {
                return t.getItems();
            }
        }
        return null;
    }

    private static TableOrList largest(Node node, TableOrList best) {
        List<?> items = node instanceof TableView<?> t ? t.getItems() : node instanceof ListView<?> l ? l.getItems() : null;
        if (items != null && (best == null || items.size() > best.items().size())) {
            best = new TableOrList(items);
        }
        if (node instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                best = largest(child, best);
            }
        }
        return best;
    }

    public static boolean anyWindowShowing() {
        return Window.getWindows().stream().anyMatch(Window::isShowing);
    }

    private static int most(Node node) {
        int here = 0;
        if (node instanceof TableView<?> t) {
            here = t.getItems() == null ? 0 : t.getItems().size();
        } else if (node instanceof ListView<?> l) {
            here = l.getItems() == null ? 0 : l.getItems().size();
        }
        if (node instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                here = Math.max(here, most(child));
            }
        }
        return here;
    }
}
