package app.delegations.ui.main;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.TextInputControl;

/**
 * Where the keyboard was in a window, found again in the window made in its place in another language
 * ({@link WindowSwap}): the same form field, the search field, the table, whose nodes are new.
 *
 * <p>The place is the nearest node with an id at or above the focused node, told apart from others with that id by
 * the ids above it, and the way down from it to the focused node (child by child); in a text field, also the caret
 * and the selection. Found again, the node takes the keyboard with its caret where it was; not found (the field is
 * not in the new window), nothing is focused by it.
 */
final class FocusPlace {
    private final String id;
    private final List<String> idsAbove;
    private final List<Integer> down;
    private final int anchor;
    private final int caret;

    private FocusPlace(String id, List<String> idsAbove, List<Integer> down, int anchor, int caret) {
        this.id = id;
        this.idsAbove = idsAbove;
        this.down = down;
        this.anchor = anchor;
        this.caret = caret;
    }

    /** Where the keyboard is in {@code window}, or null when it is not in it (or in no node with an id). */
    static FocusPlace in(Parent window) {
        Node owner = window.getScene() == null ? null : window.getScene().getFocusOwner();
        var down = new ArrayList<Integer>();
        Node n = owner;
        while (n != null && n != window && n.getId() == null) {
            Parent p = n.getParent();
            if (p != null) {
                down.add(0, p.getChildrenUnmodifiable().indexOf(n));
            }
            n = p;
        }
        if (n == null || n == window || !inside(n, window)) {
            return null;
        }
        int anchor = owner instanceof TextInputControl t ? t.getAnchor() : -1;
        int caret = owner instanceof TextInputControl t ? t.getCaretPosition() : -1;
        return new FocusPlace(n.getId(), idsAbove(n, window), down, anchor, caret);
    }

    /** Gives the keyboard to the same place in {@code window}; false when it has no such place. */
    boolean focusIn(Parent window) {
        Node found = window.lookupAll("#" + id).stream()
                .filter(n -> id.equals(n.getId()) && idsAbove(n, window).equals(idsAbove))
                .findFirst().orElse(null);
        for (int i = 0; found != null && i < down.size(); i++) {
            List<Node> children = found instanceof Parent p ? p.getChildrenUnmodifiable() : List.of();
            int at = down.get(i);
            if (at < 0 || at >= children.size()) {
                break; // the way down differs: the node with the id takes the keyboard
            }
            found = children.get(at);
        }
        if (found == null) {
            return false;
        }
        found.requestFocus();
        if (found instanceof TextInputControl t && caret >= 0
                && Math.max(anchor, caret) <= t.getLength()) {
            t.selectRange(anchor, caret);
        }
        return true;
    }

    private static boolean inside(Node n, Parent window) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (p == window) {
                return true;
            }
        }
        return false;
    }

    private static List<String> idsAbove(Node n, Parent window) {
        var ids = new ArrayList<String>();
        for (Node p = n.getParent(); p != null && p != window; p = p.getParent()) {
            if (p.getId() != null) {
                ids.add(p.getId());
            }
        }
        return ids;
    }

    @Override
    public String toString() {
        return Objects.toString(idsAbove) + " #" + id + " " + down;
    }
}
