package app.delegations.ui.main;

import app.delegations.model.Place;
import app.delegations.ui.common.AppPreferences;
import app.delegations.ui.common.EmptyState;
import app.delegations.ui.common.Listeners;
import app.delegations.ui.common.Messages;
import app.delegations.ui.countries.CountriesView;
import app.delegations.ui.details.DetailsView;
import app.delegations.ui.filter.FilterView;
import app.delegations.ui.places.PlacesView;
import app.delegations.ui.source.SourceView;
import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Node;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;

/**
 * The window's layout: menu bar and toolbar; filters | views (Places, Countries, Timeline, Source) | details;
 * the status bar. Views other than Places are created when first shown. Built for one language: switching
 * language builds a new one on the same view models.
 */
public final class MainWindow extends BorderPane {
    private final Messages m;
    private final Workspace ws;
    private final AppPreferences prefs;
    private final Listeners listeners = new Listeners();
    private final List<Runnable> disposers = new ArrayList<>();
    private final TabPane tabs = new TabPane();
    private final SplitPane split = new SplitPane();
    private final PlacesView places;
    private final DetailsView details;
    private final MainToolBar toolBar;
    private final CheckMenuItem detailsToggle;

    /** What the timeline slot provides: its node for a language, and how to dispose it. */
    public interface TimelineSlot {
        /** The timeline's node in a language; {@code openDetails} shows the detail pane (Enter, double-click). */
        Node create(Messages messages, Runnable openDetails);

        void dispose();

        /** True while the timeline has something to export as PNG. */
        ObservableBooleanValue canExport();

        void export();
    }

    public MainWindow(Messages messages, Workspace ws, WindowActions actions, TimelineSlot timeline) {
        this.m = messages;
        this.ws = ws;
        this.prefs = ws.main().preferences();
        setId("mainWindow");
        getStyleClass().add("main-window");
        BooleanBinding hasData = ws.main().snapshotProperty().isNotNull();
        BooleanBinding cancelled = Bindings.createBooleanBinding(() -> ws.main().noticeProperty().get() != null
                && ws.main().noticeProperty().get().kind() == LoadNotice.Kind.CANCELLED, ws.main().noticeProperty());
        var data = new EmptyState.DataStatus(hasData, ws.main().loadingProperty(), cancelled, actions::openBundled);

        var filters = new FilterView(ws.filter(), m, ws.frames());
        disposers.add(filters::dispose);
        places = new PlacesView(ws.places(), ws.selection(), m, prefs, this::openDetails, data, ws.frames());
        disposers.add(places::dispose);
        details = new DetailsView(ws.details(), m, e -> {
            showTab(3);
            ws.source().show(e.sourceId(), e.start(), e.end());
        });
        disposers.add(details::dispose);

        tabs.setId("views");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getTabs().addAll(
                tab("tabPlaces", "tab.places", () -> places),
                tab("tabCountries", "tab.countries", () -> {
                    var v = new CountriesView(ws.countries(), ws.selection(), m, prefs, row -> {
                        ws.countries().select(row);
                        openDetails(null);
                    }, data);
                    disposers.add(v::dispose);
                    return v;
                }),
                tab("tabTimeline", "tab.timeline", () -> {
                    disposers.add(timeline::dispose);
                    return timeline.create(m, () -> openDetails(null));
                }),
                tab("tabSource", "tab.source", () -> {
                    var v = new SourceView(ws.source(), ws.selection(), m);
                    disposers.add(v::dispose);
                    return v;
                }));
        listeners.onChange(tabs.getSelectionModel().selectedItemProperty(), (o, a, b) -> fill(b));
        fill(tabs.getSelectionModel().getSelectedItem());

        split.setId("mainSplit");
        split.getItems().addAll(filters, tabs, details);
        SplitPane.setResizableWithParent(filters, false);
        SplitPane.setResizableWithParent(details, false);
        split.setDividerPositions(dividers());

        detailsToggle = new CheckMenuItem(m.get("menu.view.details"));
        detailsToggle.setId("menuDetails");
        detailsToggle.setSelected(true);
        detailsToggle.setAccelerator(new KeyCodeCombination(KeyCode.F4));
        detailsToggle.selectedProperty().addListener((o, a, b) -> setDetailsShown(b));
        var export = new MenuItem(m.get("menu.file.export"));
        export.setId("menuExportTimeline");
        export.disableProperty().bind(Bindings.not(timeline.canExport()));
        export.setOnAction(e -> {
            showTab(2); // creates the timeline view if it was never shown
            timeline.export();
        });

        toolBar = new MainToolBar(m, ws.main(), ws.filter(), actions, listeners);
        var menuBar = new AppMenuBar(m, ws.main(), actions, listeners, this::showTab, this::focusSearch, detailsToggle, export);
        setTop(new VBox(menuBar, toolBar));
        setCenter(split);
        setBottom(new StatusBar(m, ws.main(), ws.filter(), actions, listeners));

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

    /** The Places view (the smoke test counts its rows). */
    public PlacesView placesView() {
        return places;
    }

    public TabPane tabs() {
        return tabs;
    }

    /** Ctrl+F: focuses the search field and selects its text. */
    public void focusSearch() {
        toolBar.search().requestFocus();
        toolBar.search().selectAll();
    }

    /** Shows a view: 0 Places, 1 Countries, 2 Timeline, 3 Source. */
    public void showTab(int index) {
        tabs.getSelectionModel().select(index);
        Node content = tabs.getTabs().get(index).getContent();
        if (content != null) {
            content.requestFocus();
        }
    }

    /** Makes sure the detail pane is shown (double-click, Enter). */
    public void openDetails(Place ignored) {
        if (!detailsToggle.isSelected()) {
            detailsToggle.setSelected(true);
        }
    }

    /** Removes the listeners on the view models and remembers columns and dividers. */
    public void dispose() {
        if (detailsToggle.isSelected()) {
            saveDividers();
        }
        listeners.dispose();
        disposers.forEach(Runnable::run);
        disposers.clear();
    }

    private Tab tab(String id, String key, Supplier<Node> content) {
        var tab = new Tab(m.get(key));
        tab.setId(id);
        tab.setUserData(content);
        return tab;
    }

    private void fill(Tab tab) {
        if (tab != null && tab.getContent() == null) {
            @SuppressWarnings("unchecked")
            Supplier<Node> content = (Supplier<Node>) tab.getUserData();
            tab.setContent(content.get());
        }
    }

    private void setDetailsShown(boolean shown) {
        if (shown && !split.getItems().contains(details)) {
            split.getItems().add(details);
            split.setDividerPositions(dividers());
        } else if (!shown && split.getItems().contains(details)) {
            saveDividers();
            split.getItems().remove(details);
            split.setDividerPositions(dividers()[0]);
        }
    }

    private double[] dividers() {
        return prefs.dividers().orElse(new double[] {0.185, 0.77});
    }

    private void saveDividers() {
        double[] d = split.getDividerPositions();
        if (d.length == 2) {
            prefs.setDividers(d[0], d[1]);
        }
    }

}
