package app.delegations.ui.main;

import app.delegations.model.Place;
import app.delegations.ui.common.AppPreferences;
import app.delegations.ui.common.DataTable;
import app.delegations.ui.common.EmptyState;
import app.delegations.ui.common.Export;
import app.delegations.ui.common.Exports;
import app.delegations.ui.common.Frames;
import app.delegations.ui.common.Feature;
import app.delegations.ui.common.Listeners;
import app.delegations.ui.common.Messages;
import app.delegations.ui.common.Pace;
import app.delegations.ui.common.RepaintMark;
import app.delegations.ui.common.RecordCommands;
import app.delegations.ui.common.ViewCommand;
import app.delegations.ui.common.ViewContext;
import app.delegations.ui.common.ViewFeature;
import app.delegations.ui.common.ViewRegistry;
import app.delegations.ui.filter.FilterModel;
import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.scene.Node;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;

/**
 * The window's layout: menu bar and toolbar; the left pane | the registered views as tabs | the right pane (which
 * F4 hides); the status bar. Built for one language: switching language builds a new one on the same view models
 * ({@link WindowSwap}). Past 250 lines because it is where the window's parts meet: its menus' items that act on
 * the views in it (export, new and edit record) and the steps that put it together out of sight read best here.
 */
public final class MainWindow extends BorderPane {
    private final Listeners listeners = new Listeners();
    private final List<Feature> panes = new ArrayList<>();
    private final ViewTabs tabs;
    private final ViewWarmUp warmUp;
    private final PaneDividers dividers;
    private final MainToolBar toolBar;
    private final AppMenuBar menuBar;
    private final CheckMenuItem detailsToggle;
    /** Marked changed in each frame of work out of sight: the frame is then not drawn whole. */
    private final RepaintMark repaintMark = new RepaintMark();

    /** The window with the first view in front. */
    public MainWindow(Messages m, Workspace ws, FilterModel filter, WindowActions actions, ViewRegistry registry,
                      Exports exports, RecordCommands records) {
        this(m, ws, filter, actions, registry, exports, records, null);
    }

    /**
     * @param front the view in front (null: the first): the only view made in its tab at once (the first view is
     *              made too, kept aside until its tab is first shown or readied)
     */
    public MainWindow(Messages m, Workspace ws, FilterModel filter, WindowActions actions, ViewRegistry registry,
                      Exports exports, RecordCommands records, ViewFeature front) {
        AppPreferences prefs = ws.main().preferences();
        setId("mainWindow");
        getStyleClass().add("main-window");
        BooleanBinding hasData = ws.currentProperty().isNotNull();
        BooleanBinding cancelled = Bindings.createBooleanBinding(() -> ws.main().noticeProperty().get() != null
                && ws.main().noticeProperty().get().kind() == LoadNotice.Kind.CANCELLED, ws.main().noticeProperty());
        // loading until the data loaded reaches the views (a large file's arrival spreads over a few frames)
        var loading = Bindings.or(ws.main().loadingProperty(), ws.applyingProperty());
        var data = new EmptyState.DataStatus(hasData, loading, cancelled, actions::openBundled);
        var context = new ViewContext(m, prefs, ws.frames(), data, ws.main().themeProperty(), this::openDetails,
                this::show, exports, records);

        tabs = new ViewTabs(m, registry.views(), () -> context);
        Node left = pane(registry.left(), context);
        if (front != null && front != registry.views().get(0)) {
            tabs.select(front); // made in its tab
            tabs.makeAside(registry.views().get(0)); // the first view made too, as always, but not styled yet
        }
        tabs.start();
        // a large dataset's table views made ahead, at rest: their first showing then only shows them
        warmUp = new ViewWarmUp(this::warmNext, ws.frames(), this,
                () -> ws.main().busy() || ws.applyingProperty().get());
        listeners.follow(ws.currentProperty(), s -> {
            if (s != null && Pace.spreads(s.index().placesAndEvents())) {
                warmUp.start();
            }
        });
        Node right = pane(registry.right(), context);
        dividers = new PaneDividers(prefs, left, tabs.pane(), right);

        detailsToggle = new CheckMenuItem(m.get("menu.view.details"));
        detailsToggle.setId("menuDetails");
        detailsToggle.setSelected(true);
        detailsToggle.setAccelerator(new KeyCodeCombination(KeyCode.F4));
        detailsToggle.selectedProperty().addListener((o, a, b) -> dividers.setRightShown(b));

        toolBar = new MainToolBar(m, ws, filter, actions, listeners);
        var featuresWithKeys = new ArrayList<Feature>(registry.views());
        featuresWithKeys.add(registry.left());
        featuresWithKeys.add(registry.right());
        List<List<String>> viewKeys = featuresWithKeys.stream().flatMap(f -> f.keys(m).stream()).toList();
        menuBar = new AppMenuBar(m, ws, actions, listeners, tabs.menuItems(m), this::focusSearch, detailsToggle,
                exportItems(m, registry, exports, filter, hasData, ws.frames()), viewKeys, recordItems(m, records));
        menuBar.addCommands(CommandItems.of(m, registry, ViewCommand.Menu.FILE, this::show),
                CommandItems.of(m, registry, ViewCommand.Menu.VIEW, this::show));
        setTop(new VBox(menuBar, toolBar));
        setCenter(dividers.split());
        setBottom(new StatusBar(m, ws, filter, actions, listeners, tabs.pane()));
        getChildren().add(repaintMark.node());
        acceptDroppedFiles(actions);
    }

    /** One step of readying the views never shown, out of sight ({@link ViewTabs#warmNext}). */
    private boolean warmNext() {
        boolean more = tabs.warmNext();
        if (more) {
            markRepaint();
        }
        return more;
    }

    /** Has the next frame drawn again only where something shown changed, not whole ({@link RepaintMark}). */
    void markRepaint() {
        repaintMark.touch();
    }

    public TabPane tabs() {
        return tabs.pane();
    }

    /** Ctrl+F: focuses the search field and selects its text. */
    public void focusSearch() {
        toolBar.search().requestFocus();
        toolBar.search().selectAll();
    }

    /** The view in front. */
    public ViewFeature selectedView() {
        return tabs.selected();
    }

    /** Puts a view in front (as the window built before showed it), making it if it was never shown. */
    public void select(ViewFeature view) {
        tabs.select(view);
    }

    /** Brings a view to the front and gives it the focus, making it if it was never shown. */
    public void show(ViewFeature view) {
        tabs.show(view);
    }

    /** Makes sure the detail pane is shown (double-click, Enter). */
    public void openDetails() {
        if (!detailsToggle.isSelected()) {
            detailsToggle.setSelected(true);
        }
    }

    /**
     * Takes the window's parts out (menus and toolbar, the left pane, the views, the right pane, the status bar) and
     * gives the steps that put each back, in that order: put back one a frame, the window entering the scene is
     * styled and laid out a part a frame ({@link WindowSwap}).
     */
    List<Runnable> takenApart() {
        Node top = getTop();
        Node bottom = getBottom();
        setTop(null);
        setBottom(null);
        var steps = new ArrayList<Runnable>();
        steps.add(() -> setTop(top));
        steps.addAll(dividers.takenApart());
        steps.add(() -> setBottom(bottom));
        return steps;
    }

    /**
     * Takes the menus' shortcuts (Ctrl+1, Ctrl+F…) again, once the window it was readied beside has left the scene:
     * the scene keeps one action per key, and the menu bar leaving it removes its keys' actions, whichever menu bar
     * put them there last. The menu bar leaves the scene and comes back.
     */
    void takeShortcuts() {
        var top = (VBox) getTop();
        int at = top.getChildren().indexOf(menuBar);
        if (at >= 0) {
            top.getChildren().remove(at);
            top.getChildren().add(at, menuBar);
        }
    }

    /** Removes the listeners on the view models and remembers columns and dividers. */
    public void dispose() {
        if (detailsToggle.isSelected()) {
            dividers.save();
        }
        listeners.dispose();
        panes.forEach(Feature::dispose);
        panes.clear();
        warmUp.stop();
        tabs.dispose();
    }

    private Node pane(Feature feature, ViewContext context) {
        panes.add(feature);
        return feature.create(context);
    }

    /** Edit › New record… (proposing the kind of the view in front) and Edit record, disabled saying why. */
    private List<MenuItem> recordItems(Messages m, RecordCommands records) {
        var add = new MenuItem(m.get("menu.edit.newRecord"));
        add.setId("menuNewRecord");
        add.setAccelerator(RecordCommands.NEW_KEY);
        add.setOnAction(e -> {
            Class<? extends Record> kind = tabs.selected() == null ? null : tabs.selected().recordKind();
            records.newRecord(kind == null ? Place.class : kind);
        });
        var edit = new MenuItem(m.get("menu.edit.editRecord"));
        edit.setId("menuEditRecord");
        edit.setAccelerator(RecordCommands.EDIT_KEY);
        edit.setOnAction(e -> records.editSelected());
        // a table takes F2 for itself (cell editing) before the menu hears it: F2 is caught on its way down
        addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (RecordCommands.EDIT_KEY.match(e) && records.availableProperty().get()) {
                e.consume();
                records.editSelected();
            }
        });
        add.disableProperty().bind(records.availableProperty().not());
        edit.disableProperty().bind(add.disableProperty());
        return List.of(add, edit);
    }

    /**
     * File › Export (Ctrl+E), the view in front's table as XLSX or CSV (a view without a table: its own export, if
     * any), then one item per view that can export, showing the view first (which makes it).
     */
    private List<MenuItem> exportItems(Messages m, ViewRegistry registry, Exports exports, FilterModel filter,
                                       BooleanBinding hasData, Frames frames) {
        var items = new ArrayList<MenuItem>();
        var table = new MenuItem(m.get("menu.file.exportTable"));
        table.setId("menuExportTable");
        table.setAccelerator(new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN));
        table.disableProperty().bind(hasData.not());
        table.setOnAction(e -> exportShown(m, exports));
        items.add(table);
        var all = new MenuItem(m.get("menu.file.exportAll")); // every view's table, a sheet each
        all.setId("menuExportAll");
        all.disableProperty().bind(hasData.not());
        all.setOnAction(e -> {
            filter.catchUpViews(); // the tables out of sight show the search typed last
            tabs.withTables(m, frames, exports::all);
        });
        items.add(all);
        for (ViewFeature view : registry.views()) {
            view.export().ifPresent(export -> items.add(exportItem(m, view, export, exports, filter)));
        }
        return items;
    }

    private void exportShown(Messages m, Exports exports) {
        ViewFeature view = tabs.selected();
        Tab tab = tabs.pane().getSelectionModel().getSelectedItem();
        Optional<DataTable<?>> table = DataTable.in(tab == null ? null : tab.getContent());
        if (table.isPresent()) {
            exports.table(table.get(), view.exportName(m));
        } else if (view.export().isPresent()) {
            exports.run(view.export().get());
        } else {
            exports.nothing();
        }
    }

    private MenuItem exportItem(Messages m, ViewFeature view, Export export, Exports exports, FilterModel filter) {
        var item = new MenuItem(m.get(export.menuKey()));
        item.setId(export.menuId());
        item.disableProperty().bind(Bindings.not(export.available()));
        item.setOnAction(e -> {
            filter.catchUpViews(); // the view shows the search typed last
            show(view);
            exports.run(export);
        });
        return item;
    }

    /** A file dropped on the window opens. */
    private void acceptDroppedFiles(WindowActions actions) {
        setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        setOnDragDropped(e -> {
            List<File> files = e.getDragboard().hasFiles() ? e.getDragboard().getFiles() : List.of();
            boolean ok = !files.isEmpty();
            if (ok) {
                actions.open(files.get(0).toPath());
            }
            e.setDropCompleted(ok);
            e.consume();
        });
    }
}
