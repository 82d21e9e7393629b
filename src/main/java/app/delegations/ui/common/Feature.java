package app.delegations.ui.common;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;

/**
 * A part of the window on long-lived view models: its node is made for one language (a language switch makes a
 * new one), and it takes new data through its {@link DatasetStep dataset steps}.
 */
public interface Feature {
    /** The node in the context's language; called once per window, when the node is first needed. */
    Node create(ViewContext context);

    /** Releases the node made last (listeners on the view models, remembered columns); nothing when none was made. */
    void dispose();

    /**
     * Its own keys for Help › Keyboard shortcuts: rows of {keys, what they do}, a row of one cell being a section
     * heading; none by default (a view's tab shortcut is listed with the View menu).
     */
    default List<List<String>> keys(Messages messages) {
        return List.of();
    }

    /** Rows for {@link #keys}: a section {@code heading}, then {@code rows}. */
    static List<List<String>> section(String heading, List<List<String>> rows) {
        var all = new ArrayList<List<String>>(rows.size() + 1);
        all.add(List.of(heading));
        all.addAll(rows);
        return all;
    }

    /** The steps by which a new dataset reaches this feature's view models (applied whether or not its node exists). */
    default List<DatasetStep<?>> steps() {
        return List.of();
    }
}
