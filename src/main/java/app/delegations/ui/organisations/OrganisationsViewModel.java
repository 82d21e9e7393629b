package app.delegations.ui.organisations;

import app.delegations.index.PlaceEntry;
import app.delegations.ui.common.RowList;
import app.delegations.ui.common.RowPatch;
import app.delegations.ui.common.Selection;
import app.delegations.ui.common.SortKey;
import app.delegations.ui.filter.FilterLeaves;
import app.delegations.ui.filter.FilterModel;
import app.delegations.ui.filter.Following;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.BiPredicate;
import java.util.function.Predicate;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * The Organisations table: all rows, kept in the sort order → filtered by the shared {@link FilterModel}, as
 * Places does it: sorting sorts the rows by their precomputed keys (Arrays.sort) and refills the list, and the
 * filter sits on top, so a keystroke re-filters without re-sorting.
 * <p>What the filter leaves is {@link FilterLeaves#organisations}: the detail pane's "hidden by the filter" asks the
 * same rule.
 */
public final class OrganisationsViewModel {
    private final FilterModel filter;
    private final Selection selection;
    private final RowList<OrganisationRow> rows = new RowList<>();
    private final FilteredList<OrganisationRow> filtered = new FilteredList<>(rows);
    private Comparator<OrganisationRow> comparator = FILE_ORDER;
    /** How the rows follow the filter: a typed result waits while the view is out of sight ({@link Following}). */
    private final Following.Follower following;
    private List<SortKey<OrganisationColumn>> sortKeys = List.of();

    private static final Comparator<OrganisationRow> FILE_ORDER = Comparator.comparingInt(OrganisationRow::fileIndex);

    public OrganisationsViewModel(FilterModel filter, Selection selection) {
        this.filter = filter;
        this.selection = selection;
        // the filter makes a new place predicate on every change of the search or a facet
        following = filter.follow(filter.placePredicateProperty(), () -> filtered.setPredicate(shown()));
        filtered.setPredicate(shown());
    }

    /**
     * Shows rows built by {@link OrganisationRow#build} (for a new dataset or language), keeping the sort;
     * {@code newRows} are in the file's order, as {@code build} makes them.
     */
    public void setRows(List<OrganisationRow> newRows) {
        rows.setAll(comparator == FILE_ORDER ? newRows : sortedCopy(newRows));
    }

    /**
     * Shows an update of the data: only the rows {@code patch} names change, in their place by the sort (the
     * filter tests just those); a patch too large to apply row by row shows its rows as {@link #setRows} does.
     */
    public void patchRows(RowPatch<OrganisationRow> patch) {
        if (!patch.small()) {
            setRows(patch.rows());
        } else if (!patch.isEmpty()) {
            patch.applyTo(rows, comparator, r -> r);
        }
    }

    /** The rows to show: sorted and filtered. */
    public ObservableList<OrganisationRow> items() {
        return filtered;
    }

    /** All rows, unfiltered. */
    public ObservableList<OrganisationRow> allRows() {
        return FXCollections.unmodifiableObservableList(rows);
    }

    /** Sorts by the given keys (first key first); an empty list restores the file's order. */
    public void sort(List<SortKey<OrganisationColumn>> keys) {
        this.sortKeys = List.copyOf(keys);
        Comparator<OrganisationRow> c = null;
        for (SortKey<OrganisationColumn> k : keys) {
            OrganisationColumn column = k.column();
            Comparator<OrganisationRow> one = SortKey.blanksLast(column, (a, b) -> OrganisationRow.compare(column, a, b),
                    k.ascending()); // empty cells last in both directions
            c = c == null ? one : c.thenComparing(one);
        }
        comparator = c == null ? FILE_ORDER : c.thenComparing(FILE_ORDER);
        rows.setAll(sortedCopy(rows));
    }

    public List<SortKey<OrganisationColumn>> sortKeys() {
        return sortKeys;
    }

    private List<OrganisationRow> sortedCopy(List<OrganisationRow> list) {
        OrganisationRow[] array = list.toArray(new OrganisationRow[0]);
        Arrays.sort(array, comparator);
        return Arrays.asList(array);
    }

    /** Makes an organisation the selected record (the detail pane and Source view follow). */
    public void select(OrganisationRow row) {
        if (row != null) {
            selection.select(row.organisation());
        }
    }

    public FilterModel filter() {
        return filter;
    }

    /** The rows' following of the filter; the view says where it is shown. */
    public Following.Follower following() {
        return following;
    }

    /** Which rows the filter leaves now ({@link FilterLeaves#organisations}). */
    private Predicate<OrganisationRow> shown() {
        BiPredicate<PlaceEntry, String> left = FilterLeaves.organisations(filter);
        return r -> left.test(r.place(), r.searchText());
    }
}
