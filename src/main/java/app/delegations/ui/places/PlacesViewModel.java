package app.delegations.ui.places;

import app.delegations.model.Entity;
import app.delegations.model.Country;
import app.delegations.model.Event;
import app.delegations.model.Place;
import app.delegations.ui.common.Messages;
import app.delegations.ui.common.RowList;
import app.delegations.ui.common.RowPatch;
import app.delegations.ui.common.Selection;
import app.delegations.ui.common.SortKey;
import app.delegations.index.DatasetIndex;
import app.delegations.ui.filter.FilterModel;
import app.delegations.ui.filter.Following;
import app.delegations.index.PlaceEntry;
import app.delegations.text.Quotes;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * The Places table: all rows, kept in the sort order → filtered by the shared {@link FilterModel}. Sorting
 * sorts the rows by their precomputed keys (Arrays.sort) and refills the list; the filter sits on top, so a
 * keystroke re-filters without re-sorting (filtering first and sorting a {@code SortedList} after it would
 * re-sort every visible row on each keystroke). Highlights the places of the selected event or country.
 */
public final class PlacesViewModel {
    private final FilterModel filter;
    private final Selection selection;
    private final RowList<PlaceRow> rows = new RowList<>();
    private final FilteredList<PlaceRow> filtered = new FilteredList<>(rows);
    private Comparator<PlaceRow> comparator = FILE_ORDER;
    /** Rows sorted ascending by one column, kept until the rows change: sorting by it again is O(n). */
    private final EnumMap<PlaceColumn, PlaceRow[]> ascending = new EnumMap<>(PlaceColumn.class);
    private final ReadOnlyObjectWrapper<Set<String>> highlighted = new ReadOnlyObjectWrapper<>(this, "highlighted", Set.of());
    /** How the rows follow the filter: a typed result waits while the view is out of sight ({@link Following}). */
    private final Following.Follower following;
    private List<SortKey<PlaceColumn>> sortKeys = List.of();
    private DatasetIndex index = DatasetIndex.empty();

    public PlacesViewModel(FilterModel filter, Selection selection) {
        this.filter = filter;
        this.selection = selection;
        following = filter.follow(filter.placePredicateProperty(), this::refilter);
        refilter();
        selection.selectedProperty().addListener((o, a, b) -> updateHighlight());
    }

    /**
     * Shows rows built by {@link PlaceRow#build} (for a new dataset or language), keeping the sort.
     * {@code newRows} must be in the index's order, as {@code build} makes them.
     */
    public void setRows(DatasetIndex index, List<PlaceRow> newRows) {
        this.index = index;
        ascending.clear();
        // the rows come in the file's order (PlaceRow.build's): shown in that order (the usual case) they need
        // no sort, nor a check at 100,000 rows on the UI thread (tests run with assertions on)
        assert inFileOrder(newRows) : "rows not in the file's order";
        rows.setAll(comparator == FILE_ORDER ? newRows : Arrays.asList(sortedCopy(newRows, comparator)));
        updateHighlight();
    }

    /**
     * Shows an update of the data: only the rows {@code patch} names change, in their place by the sort (the
     * filter tests just those); a patch too large to apply row by row shows its rows as {@link #setRows} does.
     */
    public void patchRows(DatasetIndex index, RowPatch<PlaceRow> patch) {
        if (!patch.small()) {
            setRows(index, patch.rows());
            return;
        }
        this.index = index;
        if (!patch.isEmpty()) {
            ascending.clear();
            patch.applyTo(rows, comparator, r -> r);
        }
        updateHighlight();
    }

    /** The rows to show: sorted and filtered. */
    public ObservableList<PlaceRow> items() {
        return filtered;
    }

    /** All rows, unfiltered. */
    public ObservableList<PlaceRow> allRows() {
        return FXCollections.unmodifiableObservableList(rows);
    }

    /** Ids of the places to highlight: the selected event's participants, or the selected country's places. */
    public ReadOnlyObjectProperty<Set<String>> highlightedProperty() {
        return highlighted.getReadOnlyProperty();
    }

    /**
     * The line above the table that says what the highlighted rows are (the places taking part in the selected
     * event, or the places of the selected country), or null while the table shows no highlighted row (none
     * highlighted, or the filter leaves none of them).
     */
    public String highlightLegend(Messages messages) {
        if (!showsHighlighted()) {
            return null;
        }
        Entity r = selection.get();
        if (r instanceof Event e) {
            String title = Quotes.nested(e.title().in(messages.locale()), messages.locale()); // no „…„…””
            return messages.format("places.highlight.event", title);
        }
        if (r instanceof Country c) {
            return messages.format("places.highlight.country", c.names().in(messages.locale()));
        }
        return null;
    }

    /** True when a highlighted place is among the rows shown; O(highlighted places). */
    private boolean showsHighlighted() {
        Predicate<PlaceEntry> left = filter.placePredicateProperty().get();
        for (String id : highlighted.get()) {
            PlaceEntry e = index.entry(id);
            if (e != null && left.test(e)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Sorts by the given keys (first key first); an empty list restores the file's order. The keys the rows are
     * sorted by already change nothing: the rows are kept in that order (a window rebuilt in another language
     * asks for its remembered sort again, and re-sorting 100,000 rows held that frame).
     */
    public void sort(List<SortKey<PlaceColumn>> keys) {
        if (keys.equals(sortKeys)) {
            return;
        }
        this.sortKeys = List.copyOf(keys);
        Comparator<PlaceRow> c = null;
        for (SortKey<PlaceColumn> k : keys) {
            PlaceColumn column = k.column();
            Comparator<PlaceRow> one = SortKey.blanksLast(column, (a, b) -> PlaceRow.compare(column, a, b),
                    k.ascending());
            c = c == null ? one : c.thenComparing(one);
        }
        comparator = c == null ? FILE_ORDER : c.thenComparing(FILE_ORDER);
        if (keys.size() == 1) {
            SortKey<PlaceColumn> only = keys.get(0);
            PlaceRow[] up = ascending.computeIfAbsent(only.column(), col -> sortedCopy(rows,
                    SortKey.blanksLast(col, (a, b) -> PlaceRow.compare(col, a, b), true).thenComparing(FILE_ORDER)));
            if (only.ascending()) {
                rows.setAll(up);
            } else {
                var down = new PlaceRow[up.length];
                // the empty cells stay last, in the file's order; before them, descending, ties still in the
                // file's order: reverse each run of equal keys back
                int i = up.length;
                while (i > 0 && SortKey.blank(only.column(), up[i - 1])) {
                    i--;
                }
                System.arraycopy(up, i, down, i, up.length - i);
                int out = 0;
                while (i > 0) {
                    int j = i - 1;
                    while (j > 0 && PlaceRow.compare(only.column(), up[j - 1], up[i - 1]) == 0) {
                        j--;
                    }
                    System.arraycopy(up, j, down, out, i - j);
                    out += i - j;
                    i = j;
                }
                rows.setAll(down);
            }
            return;
        }
        rows.setAll(sortedCopy(rows, comparator));
    }

    private static final Comparator<PlaceRow> FILE_ORDER = Comparator.comparingInt(r -> r.entry().index());

    private static boolean inFileOrder(List<PlaceRow> list) {
        int previous = Integer.MIN_VALUE;
        for (PlaceRow r : list) {
            int i = r.entry().index();
            if (i < previous) {
                return false;
            }
            previous = i;
        }
        return true;
    }

    private static PlaceRow[] sortedCopy(List<PlaceRow> list, Comparator<PlaceRow> comparator) {
        PlaceRow[] array = list.toArray(new PlaceRow[0]);
        Arrays.sort(array, comparator);
        return array;
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

    public FilterModel filter() {
        return filter;
    }

    /** The rows' following of the filter; the view says where it is shown. */
    public Following.Follower following() {
        return following;
    }

    /** Filters the rows by the filter's place predicate as it stands now. */
    private void refilter() {
        Predicate<PlaceEntry> p = filter.placePredicateProperty().get();
        filtered.setPredicate(row -> p.test(row.entry()));
    }

    private void updateHighlight() {
        Entity r = selection.get();
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
