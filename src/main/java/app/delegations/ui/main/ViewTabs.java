package app.delegations.ui.main;

import app.delegations.ui.common.DataTable;
import app.delegations.ui.common.Exports;
import app.delegations.ui.common.Frames;
import app.delegations.ui.common.Messages;
import app.delegations.ui.common.OutOfSight;
import app.delegations.ui.common.Pace;
import app.delegations.ui.common.ReadiedAhead;
import app.delegations.ui.common.TableFeature;
import app.delegations.ui.common.ViewContext;
import app.delegations.ui.common.ViewFeature;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;

/**
 * The registered views as tabs, in registry order; a view's node is made when its tab is first shown, or before,
 * out of sight, for a table view or a {@link ReadiedAhead} one (the map) ({@link #warmNext}, large data:
 * {@link ViewWarmUp}); a view put in its tab ahead is kept out of the render thread's work ({@link OutOfSight}) until
 * its tab is chosen. The View menu's items (Ctrl+1 … Ctrl+9 in tab order) are made here too, so that tab and
 * shortcut cannot disagree.
 * Past 250 lines because readying views ahead (a table grown a few rows a call, a view readying itself) needs the
 * state only the tabs keep: which tab is in front, which view is made and kept aside, in its tab, or shown.
 */
final class ViewTabs {
    private static final KeyCode[] DIGITS = {KeyCode.DIGIT1, KeyCode.DIGIT2, KeyCode.DIGIT3, KeyCode.DIGIT4,
            KeyCode.DIGIT5, KeyCode.DIGIT6, KeyCode.DIGIT7, KeyCode.DIGIT8, KeyCode.DIGIT9};

    private final TabPane tabs = new TabPane();
    private final List<ViewFeature> views;
    private final List<ViewFeature> made = new ArrayList<>();
    /** Views made while their tab was never shown (File › Export all tables), until it is. */
    private final Map<Tab, Node> aside = new HashMap<>();
    /** Views put in their tab ahead whose table is not yet as high as the tab shows it ({@link #warmNext}). */
    private final Map<Tab, Growth> growing = new HashMap<>();
    /** {@link ReadiedAhead} views put in their tab ahead that are not yet ready. */
    private final Set<Tab> readying = new HashSet<>();
    /** The next {@link #warmNext} does nothing: the frame that lays out a table grown to its full height. */
    private boolean rest;
    private final Supplier<ViewContext> context;

    /** @param context the context the views' nodes are made in (asked when the first is made) */
    ViewTabs(Messages m, List<ViewFeature> views, Supplier<ViewContext> context) {
        this.views = List.copyOf(views);
        this.context = context;
        tabs.setId("views");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        for (ViewFeature view : views) {
            var tab = new Tab(m.get(view.tabKey()));
            tab.setId(view.tabId());
            tab.setUserData(view);
            tabs.getTabs().add(tab);
        }
        tabs.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> fill(b));
    }

    /** Makes the node of the tab shown first; call once the window can give the context. */
    void start() {
        fill(tabs.getSelectionModel().getSelectedItem());
    }

    TabPane pane() {
        return tabs;
    }

    /** The view in front. */
    ViewFeature selected() {
        return views.get(tabs.getSelectionModel().getSelectedIndex());
    }

    /** Puts a view in front, making it if it was never shown. */
    void select(ViewFeature view) {
        tabs.getSelectionModel().select(views.indexOf(view));
    }

    /**
     * Makes a view without showing it: kept aside, out of the scene (so not styled), until its tab is first shown or
     * it is readied ({@link #warmNext}).
     */
    void makeAside(ViewFeature view) {
        int index = views.indexOf(view);
        if (index >= 0) {
            node(tabs.getTabs().get(index));
        }
    }

    /**
     * Brings a view to the front (making it if it was never shown) and gives the keyboard to its own control: its
     * table, where ↓ moves through the rows, else the view itself (the timeline and the map pass it on to their
     * surface). Never the view's pane, from which ↓ would travel to the tab header and on to the next tab.
     */
    void show(ViewFeature view) {
        int index = views.indexOf(view);
        if (index < 0) {
            return;
        }
        tabs.getSelectionModel().select(index);
        Node content = tabs.getTabs().get(index).getContent();
        if (content == null) {
            return;
        }
        Node table = DataTable.in(content).<Node>map(DataTable::view).orElse(null);
        if (table != null) {
            table.requestFocus();
        }
        if (table == null || !table.isFocused()) {
            content.requestFocus();
        }
    }

    /**
     * The table of every view that lists records (Places, Countries, Organisations, Events, People: the
     * {@link TableFeature}s, the same as {@code delegations export --view all}), in tab order, named as File ›
     * Export names the view's file ({@link TableFeature#exportName}: its tab, or what it is narrowed to) (File ›
     * Export all tables). Views never shown are made first, so that each table is as the view would show it:
     * filtered, sorted, its columns. The Figures' table is left out: it holds the numbers of the chart
     * chosen, made while the tab is shown.
     */
    private List<Exports.Sheet> tables(Messages m) {
        var sheets = new ArrayList<Exports.Sheet>();
        for (Tab tab : tabs.getTabs()) {
            if (!(tab.getUserData() instanceof TableFeature<?, ?, ?> view)) {
                continue; // the timeline and the map select records too, but list none
            }
            DataTable.in(node(tab)).ifPresent(t -> sheets.add(new Exports.Sheet(view.exportName(m), t)));
        }
        return sheets;
    }

    /**
     * Makes each view with a table that was never shown, one per frame, without putting it in its tab (there the
     * window would style and lay it out, all of them in one frame, although none is on screen: its tab puts it
     * there when first shown), then, in a frame after those, gives {@link #tables} to {@code then} (File › Export
     * all tables).
     */
    void withTables(Messages m, Frames frames, Consumer<List<Exports.Sheet>> then) {
        for (Tab tab : tabs.getTabs()) {
            if (tab.getContent() == null && tab.getUserData() instanceof TableFeature<?, ?, ?>) {
                frames.later(() -> node(tab));
            }
        }
        frames.later(() -> then.accept(tables(m)));
    }

    /** View › Places, Countries …: one item per view, with Ctrl+digit for the first nine. */
    List<MenuItem> menuItems(Messages m) {
        var items = new ArrayList<MenuItem>();
        for (int i = 0; i < views.size(); i++) {
            ViewFeature view = views.get(i);
            var item = new MenuItem(m.get(view.menuKey()));
            item.setId(view.menuId());
            item.setOnAction(e -> show(view));
            if (i < DIGITS.length) {
                item.setAccelerator(AppMenuBar.shortcut(DIGITS[i]));
            }
            items.add(item);
        }
        return items;
    }

    /**
     * Readies the next view never shown, its tab not in front, one piece a call ({@link ViewWarmUp}, one a frame).
     * First the {@link ReadiedAhead} views (the map: its first showing is the dearest): each is made (kept aside),
     * then put in its tab, out of sight, after its first {@link ReadiedAhead#readyNext}, then readied by that a
     * step a call until it says it is ready. Then each table view: makes it (kept aside); puts it in its tab, out
     * of sight, its table 0 px high (the window styles it and lays it out in the next frame, no row's cells made);
     * then lets the table grow by
     * {@link Pace#TABLE_ROWS_PER_FRAME} rows a call (their cells made, styled and laid out in the next frame) up to
     * the height of the tabs, where it is as its tab shows it. Choosing the tab meanwhile gives the table its full
     * height at once; the call after the one that lets a table reach its full height does nothing, so that the
     * frame that lays out its last rows (and fits its columns) does not also make the next view. False when every
     * such view is ready.
     */
    boolean warmNext() {
        if (rest) {
            rest = false;
            return true;
        }
        Tab selected = tabs.getSelectionModel().getSelectedItem();
        for (Tab tab : tabs.getTabs()) {
            if (tab != selected && tab.getUserData() instanceof ReadiedAhead view && readyNext(tab, view)) {
                return true;
            }
        }
        for (Tab tab : tabs.getTabs()) {
            if (growing.containsKey(tab)) {
                grow(tab);
                return true;
            }
        }
        for (Tab tab : tabs.getTabs()) {
            if (tab == selected || tab.getContent() != null || !(tab.getUserData() instanceof TableFeature<?, ?, ?>)) {
                continue;
            }
            if (!aside.containsKey(tab)) {
                node(tab);
                return true;
            }
            Node view = aside.remove(tab);
            DataTable.in(view).ifPresent(t -> {
                growing.put(tab, new Growth(t.view(), t.view().getMaxHeight(), 0));
                t.view().setMaxHeight(0);
            });
            OutOfSight.keep(view);
            tab.setContent(view);
            return true;
        }
        return false;
    }

    /** One piece of readying a {@link ReadiedAhead} view never shown; false when it is ready (nothing done). */
    private boolean readyNext(Tab tab, ReadiedAhead feature) {
        if (readying.contains(tab)) {
            if (feature.readyNext(tab.getContent())) {
                return true;
            }
            readying.remove(tab);
            return false;
        }
        if (tab.getContent() != null) {
            return false; // shown before, or readied
        }
        if (!aside.containsKey(tab)) {
            node(tab);
            return true;
        }
        Node view = aside.remove(tab);
        feature.readyNext(view);
        OutOfSight.keep(view);
        tab.setContent(view);
        readying.add(tab);
        return true;
    }

    /** A table view put in its tab ahead, its table growing: its maximum height before, and now. */
    private record Growth(Region table, double maxHeight, double shown) {
    }

    private void grow(Tab tab) {
        Growth g = growing.get(tab);
        double next = g.shown() + Pace.TABLE_ROWS_PER_FRAME * DataTable.ROW_HEIGHT;
        if (next >= tabs.getHeight()) {
            full(tab);
            rest = true;
        } else {
            growing.put(tab, new Growth(g.table(), g.maxHeight(), next));
            g.table().setMaxHeight(next);
        }
    }

    /** The table of a view readied ahead at its full height. */
    private void full(Tab tab) {
        Growth g = growing.remove(tab);
        if (g != null) {
            g.table().setMaxHeight(g.maxHeight());
        }
    }

    /** Disposes the nodes made in this window. */
    void dispose() {
        made.forEach(ViewFeature::dispose);
        made.clear();
    }

    private void fill(Tab tab) {
        full(tab);
        if (tab != null) {
            OutOfSight.release(tab.getContent()); // readied ahead: drawn from the frame that shows it
        }
        if (readying.remove(tab) && tab.getUserData() instanceof ReadiedAhead feature) {
            feature.readyNow(tab.getContent());
        }
        if (tab != null && tab.getContent() == null) {
            tab.setContent(node(tab));
            aside.remove(tab);
        }
    }

    /** The tab's view: its content, or the node made for it while not shown, made now if there is none. */
    private Node node(Tab tab) {
        if (tab.getContent() != null) {
            return tab.getContent();
        }
        return aside.computeIfAbsent(tab, t -> {
            var view = (ViewFeature) t.getUserData();
            made.add(view);
            return view.create(context.get());
        });
    }
}
