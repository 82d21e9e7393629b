package app.delegations.ui.places;

import app.delegations.model.Place;
import app.delegations.ui.common.AppPreferences;
import app.delegations.ui.common.DataTable;
import app.delegations.ui.common.EmptyState;
import app.delegations.ui.common.Frames;
import app.delegations.ui.common.Listeners;
import app.delegations.ui.common.Messages;
import app.delegations.ui.common.Selection;
import app.delegations.ui.common.TableBar;
import app.delegations.ui.common.TableFeature;
import app.delegations.ui.filter.FilterModel;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;

/**
 * The Places table ({@link PlaceColumn}: name, native name, kind, country with its code as a badge, meetings, last
 * meeting, roles), its rows highlighted while they belong to the selected event or country, with a line above that
 * says so.
 */
public final class PlacesView extends StackPane implements TableFeature.View {
    static final String PREFS_KEY = "table.places";

    private final PlacesViewModel vm;
    private final Messages m;
    private final DataTable<PlaceRow> table;
    private final Listeners listeners = new Listeners();
    /** Above the table while rows are highlighted: says what the highlight means (a swatch and a sentence). */
    private final Label legend = new Label();

    public PlacesView(PlacesViewModel vm, Selection selection, Messages messages, AppPreferences prefs,
                      Consumer<Place> onOpen, EmptyState.DataStatus data, Frames frames) {
        this.vm = vm;
        this.m = messages;
        setId("placesView");
        vm.following().shownOn(this); // out of sight, a typed search result waits until it is shown
        FilterModel filter = vm.filter();
        table = DataTable.of("placesTable", List.of(PlaceColumn.values()), vm::sort, m, "places.title")
                .show(vm.items(), frames)
                .marking(filter.searchWordsProperty())
                .highlighting(r -> vm.highlightedProperty().get().contains(r.id()))
                .remembering(prefs, PREFS_KEY, frames)
                .placeholder(EmptyState.forTable(new EmptyState.FilterState(filter.searchTextProperty(),
                        filter.activeProperty(), filter.chosenProperty(),
                        filter::clear), m, "places", data))
                .selecting(selection, Place.class, (r, e) -> e instanceof Place p && p.id().equals(r.id()), vm::select,
                        r -> onOpen.accept(r.entry().place()));
        listeners.onChange(vm.highlightedProperty(), (o, a, b) -> table.refresh());
        legend.setId("highlightLegend");
        legend.getStyleClass().add("highlight-legend");
        var swatch = new Region();
        swatch.getStyleClass().add("highlight-swatch");
        legend.setGraphic(swatch);
        legend.setMaxWidth(Double.MAX_VALUE);
        legend.setTooltip(new Tooltip());
        legend.getTooltip().textProperty().bind(legend.textProperty());
        listeners.onChange(vm.highlightedProperty(), (o, a, b) -> showLegend());
        listeners.onChange(selection.selectedProperty(), (o, a, b) -> showLegend());
        listeners.onChange(filter.placePredicateProperty(), (o, a, b) -> showLegend());
        showLegend();
        getChildren().add(new TableBar(table.view(), legend).node());
    }

    private void showLegend() {
        String text = vm.highlightLegend(m);
        legend.setText(text);
        legend.setVisible(text != null);
        legend.setManaged(text != null);
    }

    public TableView<PlaceRow> table() {
        return table.view();
    }

    /** Removes the listeners on the view models and remembers the columns. */
    @Override
    public void dispose() {
        listeners.dispose();
        table.dispose();
    }

    /** The ids currently highlighted (for tests). */
    Set<String> highlighted() {
        return vm.highlightedProperty().get();
    }
}
