package app.delegations.ui.places;

import app.delegations.model.Country;
import app.delegations.model.Event;
import app.delegations.model.Place;
import app.delegations.ui.common.Messages;
import app.delegations.ui.common.Selection;
import app.delegations.ui.common.SortKey;
import app.delegations.ui.common.Tsv;
import app.delegations.ui.filter.DatasetIndex;
import app.delegations.ui.filter.FilterModel;
import app.delegations.ui.filter.PlaceEntry;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;

/**
 * The Places table: all rows → filtered by the shared {@link FilterModel} → sorted by a comparator on
 * precomputed keys. Highlights the places of the selected event or country.
 */
public final class PlacesViewModel {
    private final FilterModel filter;
    private final Selection selection;
    private final ObservableList<PlaceRow> rows = FXCollections.observableArrayList();
    private final FilteredList<PlaceRow> filtered = new FilteredList<>(rows);
    private final SortedList<PlaceRow> sorted = new SortedList<>(filtered);
    private final ReadOnlyObjectWrapper<Set<String>> highlighted = new ReadOnlyObjectWrapper<>(this, "highlighted", Set.of());
    private List<SortKey<PlaceColumn>> sortKeys = List.of();
    private DatasetIndex index = DatasetIndex.empty();

    public PlacesViewModel(FilterModel filter, Selection selection) {
        this.filter = filter;
        this.selection = selection;
        filtered.predicateProperty().bind(Bindings.createObjectBinding(() -> {
            Predicate<PlaceEntry> p = filter.placePredicateProperty().get();
            return (Predicate<PlaceRow>) row -> p.test(row.entry());
        }, filter.placePredicateProperty()));
        selection.selectedProperty().addListener((o, a, b) -> updateHighlight());
        sort(List.of());
    }

    /** Shows rows built by {@link PlaceRow#build} (for a new dataset or language), keeping the sort. */
    public void setRows(DatasetIndex index, List<PlaceRow> newRows) {
        this.index = index;
        rows.setAll(newRows);
        updateHighlight();
    }

    /** The rows to show: filtered and sorted. */
    public SortedList<PlaceRow> items() {
        return sorted;
    }

    /** All rows, unfiltered. */
    public ObservableList<PlaceRow> allRows() {
        return FXCollections.unmodifiableObservableList(rows);
    }

    /** Ids of the places to highlight: the selected event's participants, or the selected country's places. */
    public ReadOnlyObjectProperty<Set<String>> highlightedProperty() {
        return highlighted.getReadOnlyProperty();
    }

    /** Sorts by the given keys (first key first); an empty list restores the file's order. */
    public void sort(List<SortKey<PlaceColumn>> keys) {
        this.sortKeys = List.copyOf(keys);
        Comparator<PlaceRow> c = null;
        for (SortKey<PlaceColumn> k : keys) {
            PlaceColumn column = k.column();
            Comparator<PlaceRow> one = (a, b) -> PlaceRow.compare(column, a, b);
            if (!k.ascending()) {
                one = one.reversed();
            }
            c = c == null ? one : c.thenComparing(one);
        }
        Comparator<PlaceRow> fileOrder = Comparator.comparingInt(r -> r.entry().index());
        sorted.setComparator(c == null ? fileOrder : c.thenComparing(fileOrder));
    }

    public List<SortKey<PlaceColumn>> sortKeys() {
        return sortKeys;
    }

    /** Makes a place the selected record (the detail pane and Source view follow). */
    public void select(PlaceRow row) {
        if (row != null) {
            selection.select(row.entry().place());
        }
    }

    /** The rows as tab-separated text with a header, in the given column order. */
    public String toTsv(List<PlaceRow> selected, List<PlaceColumn> columns, Messages messages) {
        var header = new ArrayList<String>();
        var cells = new ArrayList<Function<PlaceRow, String>>();
        for (PlaceColumn c : columns) {
            header.add(messages.get(c.key()));
            cells.add(r -> r.text(c));
        }
        return Tsv.of(header, selected, cells);
    }

    public FilterModel filter() {
        return filter;
    }

    private void updateHighlight() {
        Record r = selection.get();
        var ids = new LinkedHashSet<String>();
        if (r instanceof Event e) {
            ids.addAll(index.participants(e));
        } else if (r instanceof Country c) {
            for (PlaceEntry e : index.entries()) {
                if (e.place().country().equals(c.code())) {
                    ids.add(e.id());
                }
            }
        } else if (r instanceof Place) {
            ids.clear();
        }
        highlighted.set(Set.copyOf(ids));
    }
}
