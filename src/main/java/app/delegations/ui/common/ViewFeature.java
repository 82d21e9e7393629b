package app.delegations.ui.common;

import java.util.List;
import java.util.Optional;

/**
 * A view of the window's tab pane. Its tab, its View-menu item (with Ctrl+digit in tab order) and its place in
 * Help › Keyboard shortcuts all come from here, through the {@link ViewRegistry}.
 */
public interface ViewFeature extends Feature {
    /** The tab's node id, e.g. {@code tabPlaces}. */
    String tabId();

    /** Message key of the tab's title, e.g. {@code tab.places}. */
    String tabKey();

    /** The View-menu item's node id, e.g. {@code menuPlaces}. */
    String menuId();

    /** Message key of the View-menu item, e.g. {@code menu.view.places}. */
    String menuKey();

    /**
     * The name File › Export gives what it writes of the view (the XLSX sheet and the proposed file name of its
     * table, the proposed name of its picture), in the language of {@code m}, also its sheet's in File › Export all
     * tables: the tab's title unless the view says better (a chart's title; "Wydarzenia – Vranje" while Events
     * lists only part of what the filter leaves: a file must not hold fewer rows than its name says).
     */
    default String exportName(Messages m) {
        return m.get(tabKey());
    }

    /** The kind of record the view lists, which New (Ctrl+N) proposes while it is in front; null for none. */
    default Class<? extends Record> recordKind() {
        return null;
    }

    /** What the view can save to a file (File › Export), if anything. */
    default Optional<Export> export() {
        return Optional.empty();
    }

    /** The commands the view offers in the File and View menus, run with the view in front; none by default. */
    default List<ViewCommand> commands() {
        return List.of();
    }
}
