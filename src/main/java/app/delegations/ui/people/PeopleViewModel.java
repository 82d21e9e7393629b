package app.delegations.ui.people;

import app.delegations.ui.common.RowList;
import app.delegations.ui.common.RowPatch;
import app.delegations.ui.common.Selection;
import app.delegations.ui.common.SortKey;
import app.delegations.ui.filter.FilterLeaves;
import app.delegations.ui.filter.FilterModel;
import app.delegations.ui.filter.Following;
import app.delegations.ui.filter.PersonTies;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * The People table: all rows, kept in the sort order → filtered by the shared {@link FilterModel}, as
 * Organisations does it: sorting sorts the rows by their precomputed keys (Arrays.sort) and refills the list, and
 * the filter sits on top, so a keystroke re-filters without re-sorting.
 * <p>What the filter leaves is {@link FilterLeaves#people}: the detail pane's "hidden by the filter" asks the same
 * rule.
 */
public final class PeopleViewModel {
    private final FilterModel filter;
    private final Selection selection;
    private final RowList<PersonRow> rows = new RowList<>();
    private final FilteredList<PersonRow> filtered = new FilteredList<>(rows);
    private Comparator<PersonRow> comparator = FILE_ORDER;
    /** How the rows follow the filter: a typed result waits while the view is out of sight ({@link Following}). */
    private final Following.Follower following;
    private List<SortKey<PersonColumn>> sortKeys = List.of();

    private static final Comparator<PersonRow> FILE_ORDER = Comparator.comparingInt(PersonRow::fileIndex);

    public PeopleViewModel(FilterModel filter, Selection selection) {
        this.filter = filter;
        this.selection = selection;
        // the filter makes a new place predicate on every change of the search or a facet
        following = filter.follow(filter.placePredicateProperty(), () -> filtered.setPredicate(shown()));
        filtered.setPredicate(shown());
    }

    /**
     * Shows rows built by {@link PersonRow#build} (for a new dataset or language), keeping the sort;
     * {@code newRows} are in the file's order, as {@code build} makes them.
     */
    public void setRows(List<PersonRow> newRows) {
        rows.setAll(comparator == FILE_ORDER ? newRows : sortedCopy(newRows));
    }

    /**
     * Shows an update of the data: only the rows {@code patch} names change, in their place by the sort (the
     * filter tests just those); a patch too large to apply row by row shows its rows as {@link #setRows} does.
     */
    public void patchRows(RowPatch<PersonRow> patch) {
        if (!patch.small()) {
            setRows(patch.rows());
        } else if (!patch.isEmpty()) {
            patch.applyTo(rows, comparator, r -> r);
        }
    }

    /** The rows to show: sorted and filtered. */
    public ObservableList<PersonRow> items() {
        return filtered;
    }

    /** All rows, unfiltered. */
    public ObservableList<PersonRow> allRows() {
        return FXCollections.unmodifiableObservableList(rows);
    }

    /** Sorts by the given keys (first key first); an empty list restores the file's order. */
    public void sort(List<SortKey<PersonColumn>> keys) {
        this.sortKeys = List.copyOf(keys);
        Comparator<PersonRow> c = null;
        for (SortKey<PersonColumn> k : keys) {
            PersonColumn column = k.column();
            Comparator<PersonRow> one = SortKey.blanksLast(column, (a, b) -> PersonRow.compare(column, a, b),
                    k.ascending()); // empty cells last in both directions
            c = c == null ? one : c.thenComparing(one);
        }
        comparator = c == null ? FILE_ORDER : c.thenComparing(FILE_ORDER);
        rows.setAll(sortedCopy(rows));
    }

    public List<SortKey<PersonColumn>> sortKeys() {
        return sortKeys;
    }

    private List<PersonRow> sortedCopy(List<PersonRow> list) {
        PersonRow[] array = list.toArray(new PersonRow[0]);
        Arrays.sort(array, comparator);
        return Arrays.asList(array);
    }

    /** Makes a person the selected record (the detail pane and Source view follow). */
    public void select(PersonRow row) {
        if (row != null) {
            selection.select(row.person());
        }
    }

    public FilterModel filter() {
        return filter;
    }

    /** The rows' following of the filter; the view says where it is shown. */
    public Following.Follower following() {
        return following;
    }

    /** Which rows the filter leaves now ({@link FilterLeaves#people}). */
    private Predicate<PersonRow> shown() {
        Predicate<PersonTies> left = FilterLeaves.people(filter);
        return r -> left.test(r.ties());
    }
}
