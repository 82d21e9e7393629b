package app.delegations.ui.figures;

import app.delegations.ui.common.DataTable;
import app.delegations.ui.common.Frames;
import app.delegations.ui.common.EmptyState;
import app.delegations.ui.common.Messages;
import app.delegations.ui.common.SortKey;
import app.delegations.ui.filter.FilterInWords;
import app.delegations.ui.filter.FilterModel;
import java.io.IOException;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javafx.beans.InvalidationListener;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The Figures tab: a button per {@link Figure}, the chosen chart ({@link FigureChart}: horizontal bars of one
 * thickness, scrolling when they outgrow the view) of the numbers of what the filter leaves, and beside it those
 * numbers as a table headed after the chart, which File › Export writes as XLSX or CSV.
 * While the filter leaves nothing to count, the chart gives way to the empty state (clear the filters, open a
 * file). Under the chart, a line counts the tied places most frequent partners leave out, if any. The chart exports
 * itself as PNG ({@link FigurePaper}), drawn for paper in the light theme whatever the window's, with the filters
 * that made it written under it.
 */
public final class FiguresView extends BorderPane {
    private final FiguresViewModel vm;
    private final Messages messages;
    private final BarChart<Number, String> chart;
    private final ScrollPane scroll;
    /** Under the chart: the places tied with the last bar it leaves out, if any. */
    private final Label tiedOut;
    private final SortedList<FigureBar> sorted;
    private final InvalidationListener onTitle = o -> newTable();
    private DataTable<FigureBar> table;
    /** Where the table's columns are fitted to its headers and counts, a frame after it is shown. */
    private final Frames frames;
    private final ListChangeListener<FigureBar> onBars = c -> showBars();
    private final InvalidationListener onShown = o -> shown();

    public FiguresView(FiguresViewModel vm, Messages messages, EmptyState.DataStatus data, Frames frames) {
        this.vm = vm;
        this.frames = frames;
        this.messages = messages;
        setId("figuresView");
        var group = new ToggleGroup();
        var buttons = new FlowPane(6, 6); // wraps where the tab is narrow: no figure's name is cut
        buttons.setAlignment(Pos.CENTER_LEFT);
        buttons.setPadding(new Insets(6, 8, 6, 8));
        for (Figure f : Figure.values()) {
            var b = new ToggleButton(messages.get(f.key()));
            b.setId(f.id());
            b.setToggleGroup(group);
            b.setUserData(f);
            b.setSelected(vm.figureProperty().get() == f);
            b.setMinWidth(Region.USE_PREF_SIZE);
            buttons.getChildren().add(b);
        }
        group.selectedToggleProperty().addListener((o, a, b) -> {
            if (b == null) {
                a.setSelected(true); // one figure is always shown
            } else {
                vm.figureProperty().set((Figure) b.getUserData());
            }
        });
        var total = new Label();
        total.setId("figuresTotal");
        total.getStyleClass().add("status-text");
        total.setMinWidth(Region.USE_PREF_SIZE);
        total.setPadding(new Insets(0, 0, 0, 8));
        total.textProperty().bind(Bindings.createStringBinding(() -> {
            Figure f = vm.figureProperty().get();
            String key = f == Figure.COUNTRIES || f == Figure.PARTNERS ? "figures.places" : "figures.events";
            return messages.count(key, vm.totalProperty().get(), vm.totalProperty().get());
        }, vm.figureProperty(), vm.totalProperty()));
        buttons.getChildren().add(total);
        setTop(buttons);

        chart = FigureChart.make(messages.locale());
        chart.setId("figuresChart");
        chart.titleProperty().bind(Bindings.createStringBinding(() -> messages.get(vm.titleKeyProperty().get()),
                vm.titleKeyProperty()));
        scroll = new ScrollPane(chart); // the chart grows with its bars: beyond the view's height it scrolls
        scroll.setId("figuresScroll");
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("edge-to-edge");
        FilterModel filter = vm.filter();
        Node empty = EmptyState.forTable(new EmptyState.FilterState(filter.searchTextProperty(),
                filter.activeProperty(), filter.chosenProperty(),
                filter::clear), messages, "figures", data);
        empty.setId("figuresEmpty");
        empty.visibleProperty().bind(vm.emptyProperty());
        scroll.visibleProperty().bind(vm.emptyProperty().not());
        chart.visibleProperty().bind(vm.emptyProperty().not());
        tiedOut = new Label();
        tiedOut.setId("figuresTiedOut");
        tiedOut.getStyleClass().add("status-text");
        tiedOut.setWrapText(true);
        tiedOut.setPadding(new Insets(4, 8, 4, 8));
        tiedOut.textProperty().bind(Bindings.createStringBinding(() -> {
            TiedOut t = vm.tiedOutProperty().get();
            return t.any() ? messages.count("figures.partners.more", t.places(), t.places(), t.meetings()) : "";
        }, vm.tiedOutProperty()));
        tiedOut.visibleProperty().bind(Bindings.createBooleanBinding(() -> vm.tiedOutProperty().get().any()
                && !vm.emptyProperty().get(), vm.tiedOutProperty(), vm.emptyProperty()));
        tiedOut.managedProperty().bind(tiedOut.visibleProperty());
        VBox.setVgrow(scroll, Priority.ALWAYS);
        setCenter(new StackPane(new VBox(scroll, tiedOut), empty));

        sorted = new SortedList<>(vm.bars());
        vm.titleKeyProperty().addListener(onTitle);
        newTable();
        vm.bars().addListener(onBars);
        showBars();
        // the tab pane shows the selected tab's content only (its region visible): the numbers follow the filter then
        parentProperty().addListener((o, a, b) -> {
            if (a != null) {
                a.visibleProperty().removeListener(onShown);
            }
            if (b != null) {
                b.visibleProperty().addListener(onShown);
            }
            shown();
        });
        sceneProperty().addListener(onShown);
        shown();
    }

    /** Tells the view model whether the view is on screen: in a window, in the tab in front. */
    private void shown() {
        vm.shownProperty().set(getScene() != null && getParent() != null && getParent().isVisible());
    }

    /**
     * The chart as a PNG image for a report ({@link FigurePaper}): every bar, also those scrolled away, the value
     * axis saying what it counts, and under the chart the tied places left out and the filters that made it.
     */
    void exportPng(Path file) throws IOException {
        FigurePaper.write(paper(), file);
    }

    /** The page {@link #exportPng} writes, laid out. */
    Region paper() {
        var lines = new ArrayList<String>();
        if (vm.tiedOutProperty().get().any()) {
            lines.add(tiedOut.getText());
        }
        lines.add(new FilterInWords(vm.filter()).pictureLine(messages));
        return FigurePaper.page(messages.locale(), chart.getTitle(), axisLabel(), List.copyOf(vm.bars()), lines);
    }

    BarChart<Number, String> chart() {
        return chart;
    }

    public void dispose() {
        vm.bars().removeListener(onBars);
        sceneProperty().removeListener(onShown);
        if (getParent() != null) {
            getParent().visibleProperty().removeListener(onShown);
        }
        vm.titleKeyProperty().removeListener(onTitle);
        vm.shownProperty().set(false);
        table.dispose();
    }

    private void showBars() {
        FigureChart.fill(chart, vm.bars(), messages.get(vm.titleKeyProperty().get()), axisLabel());
    }

    /** What the chart shown counts, as its table heads the column ("Meetings"). */
    private String axisLabel() {
        return messages.get(vm.titleKeyProperty().get() + ".count");
    }

    /** The table of the chart shown, its columns headed after the chart (what the XLSX's header row says). */
    private void newTable() {
        if (table != null) {
            table.dispose();
        }
        sorted.setComparator(null);
        scroll.setVvalue(0); // another chart is shown from its first bar
        table = DataTable.<FigureBar, FigureColumn>of("figuresTable", FigureColumn.of(vm.titleKeyProperty().get(),
                        messages.locale()), keys -> sorted.setComparator(order(keys)), messages, "figures.numbers")
                .show(sorted)
                .placeholder(new Label(""))
                .fitting(frames);
        table.view().setPrefWidth(320);
        setRight(table.view());
    }

    /** Years and months in time ("January 2016" before "April 2016"), other bars by their label. */
    private static final Comparator<FigureBar> IN_TIME = Comparator.comparing(FigureBar::period,
            Comparator.nullsLast(Comparator.<YearMonth>naturalOrder())).thenComparing(FigureBar::label);

    /** The bars' order for the table's sort keys (a click on a header); null for none. */
    static Comparator<FigureBar> order(List<SortKey<FigureColumn>> keys) {
        Comparator<FigureBar> c = null;
        for (SortKey<FigureColumn> k : keys) {
            Comparator<FigureBar> one = k.column().isCount() ? Comparator.comparingInt(FigureBar::count) : IN_TIME;
            one = k.ascending() ? one : one.reversed();
            c = c == null ? one : c.thenComparing(one);
        }
        return c;
    }
}
