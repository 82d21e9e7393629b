package app.delegations.ui.countries;

import app.delegations.index.DatasetIndex;
import app.delegations.ui.common.Messages;
import app.delegations.ui.common.Pace;
import app.delegations.ui.common.RowList;
import app.delegations.ui.common.RowPatch;
import app.delegations.ui.common.Selection;
import app.delegations.ui.common.SortKey;
import app.delegations.ui.filter.FilterLeaves;
import app.delegations.ui.filter.FilterModel;
import app.delegations.ui.filter.Following;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * The Countries table: each country with the number and names of the places the shared filter leaves in it
 * (every part of the filter, the country facet included), while the filter is on only the countries it leaves
 * places in. Rows are in the UI language's alphabetical order until a column is sorted. Selecting a row selects
 * the country (the detail pane shows it); the table never changes the filter: the filter pane's country facet
 * does that.
 *
 * <p>The rows are kept in the sort order in a {@link RowList} (sorted here, as Places does; a {@code SortedList}
 * would take a row put in place as a change of the row it holds), the filter on top. A change of the filter counts
 * and filters every row again; an update of the data (an edit) changes only the rows it concerns: a country
 * replaced where it stands is an update of that place, a row whose count or places changed shows them in its
 * own cells, and it moves (or comes and goes with the filter) only when the sort (or the filter) says so; the
 * other rows and their cells stay as they are.
 */
public final class CountriesViewModel {
    /** Names listed per country before "…". */
    static final int MAX_NAMES = 30;

    private final FilterModel filter;
    private final Selection selection;
    private final RowList<CountryRow> rows = new RowList<>();
    private final FilteredList<CountryRow> filtered = new FilteredList<>(rows);
    private DatasetIndex index = DatasetIndex.empty();
    private Locale locale = Locale.ENGLISH;
    /** How the rows follow the filter: a typed result waits while the view is out of sight ({@link Following}). */
    private final Following.Follower following;
    private List<SortKey<CountryColumn>> sortKeys = List.of();
    /** The order of {@link #rows}: a total one (the file's order breaks every tie). */
    private Comparator<CountryRow> comparator;
    /** Whether the filter was on when {@link #filtered}'s predicate was made. */
    private boolean filtering;

    public CountriesViewModel(FilterModel filter, Selection selection) {
        this.filter = filter;
        this.selection = selection;
        following = filter.follow(filter.placePredicateProperty(), () -> update(null, true));
        sort(List.of());
        refilter();
    }

    /** Shows the countries of a dataset, named in the given language. */
    public void setData(DatasetIndex index, Messages messages) {
        setRows(index, messages, CountryRow.build(index, messages));
    }

    /** Shows the countries of a dataset, their rows made by {@link CountryRow#build} in the given language. */
    void setRows(DatasetIndex index, Messages messages, List<CountryRow> made) {
        this.index = index;
        this.locale = messages.locale();
        rows.setAll(made);
        update(null, true);
        sort(sortKeys); // the names' order is the language's
    }

    /**
     * Shows an update of the data shown: the rows of {@code change} (those unchanged are the rows shown), every
     * country's count from the filter, the place names listed again only for the countries in {@code touched}
     * (codes; null for every country) and for the rows new.
     */
    void patch(DatasetIndex after, RowPatch<CountryRow> change, Set<String> touched) {
        this.index = after;
        Set<String> names = touched;
        if (!change.isEmpty()) {
            if (change.small()) {
                for (CountryRow r : change.removed()) {
                    CountryRow now = change.replacement(r);
                    if (now != null) {
                        now.update(r.placeCount(), r.places()); // until counted below: where the old row stood
                    }
                }
                change.applyTo(rows, comparator, r -> r);
            } else {
                rows.setAll(sorted(change.rows()));
            }
            if (names != null) {
                var more = new HashSet<>(names);
                change.added().forEach(r -> more.add(r.code()));
                names = more;
            }
        }
        update(names, !change.small());
    }

    /** The rows shown: sorted, then filtered. */
    public ObservableList<CountryRow> items() {
        return filtered;
    }

    /** All rows, unfiltered, in the sort order. */
    public ObservableList<CountryRow> allRows() {
        return FXCollections.unmodifiableObservableList(rows);
    }

    /** Makes a country the selected record (the detail pane and Source view follow). */
    public void select(CountryRow row) {
        if (row != null) {
            selection.select(row.country());
        }
    }

    public FilterModel filter() {
        return filter;
    }

    /** The rows' following of the filter; the view says where it is shown. */
    public Following.Follower following() {
        return following;
    }

    public void sort(List<SortKey<CountryColumn>> keys) {
        this.sortKeys = List.copyOf(keys);
        Comparator<CountryRow> c = null;
        for (SortKey<CountryColumn> k : keys) {
            Comparator<CountryRow> one = switch (k.column()) {
                case CODE -> Comparator.comparing(CountryRow::code);
                case NAME -> Comparator.comparing(CountryRow::nameKey);
                case COUNT -> Comparator.comparingInt(CountryRow::placeCount);
                case PLACES -> Comparator.comparing(CountryRow::places, Collator.getInstance(locale));
            };
            one = SortKey.blanksLast(k.column(), one, k.ascending()); // empty cells last in both directions
            c = c == null ? one : c.thenComparing(one);
        }
        Comparator<CountryRow> fileOrder = Comparator.comparingInt(CountryRow::fileIndex);
        // unsorted: alphabetical by the names in the UI language (its collation: Łotwa after Litwa in Polish)
        Comparator<CountryRow> byName = Comparator.comparing(CountryRow::nameKey);
        comparator = (c == null ? byName : c).thenComparing(fileOrder);
        rows.setAll(sorted(rows));
    }

    private List<CountryRow> sorted(List<CountryRow> list) {
        CountryRow[] array = list.toArray(new CountryRow[0]);
        Arrays.sort(array, comparator);
        return Arrays.asList(array);
    }

    public List<SortKey<CountryColumn>> sortKeys() {
        return sortKeys;
    }

    /**
     * Counts every row's places from the filter's facet counts and lists their names ({@link CountryPlaces}) anew
     * for the countries of {@code touched} (null: every country), the others keeping theirs. With {@code whole}
     * (the filter changed, or every row did) it filters and sorts every row again; otherwise only the rows whose
     * count or names changed move, where the sort wants them, or come and go with the filter.
     */
    private void update(Set<String> touched, boolean whole) {
        Map<String, String> listed = CountryPlaces.listed(filter, index, locale, touched, MAX_NAMES);
        var all = new AllPlaceNames(filter.placePredicateProperty().get(), index, locale);
        var changed = new ArrayList<CountryRow>();
        var wasShown = Collections.newSetFromMap(new IdentityHashMap<CountryRow, Boolean>());
        for (CountryRow r : rows) {
            r.listedIn(all);
            int count = FilterLeaves.placesIn(filter, r.code());
            String places = touched != null && !touched.contains(r.code()) ? r.places()
                    : listed.getOrDefault(r.code(), "");
            if (count != r.placeCount() || !places.equals(r.places())) {
                changed.add(r);
                if (shown(r)) {
                    wasShown.add(r);
                }
                r.update(count, places);
            }
        }
        if (whole || filtering != filter.activeProperty().get() || changed.size() > Pace.PATCH_ROWS_AT_MOST) {
            refilter();
            if (orderReadsCounts()) {
                rows.setAll(sorted(rows));
            }
            return;
        }
        var moved = orderReadsCounts() ? takeOutOfOrder(changed) : List.<CountryRow>of();
        for (CountryRow r : changed) {
            if (!moved.contains(r) && wasShown.contains(r) != shown(r)) {
                rows.update(rows.indexOf(r), r); // the filter asks it again
            }
        }
        for (CountryRow r : moved) {
            int at = Collections.binarySearch(rows, r, comparator);
            rows.add(-at - 1, r);
        }
    }

    private boolean orderReadsCounts() {
        return sortKeys.stream().anyMatch(k -> k.column() == CountryColumn.COUNT || k.column() == CountryColumn.PLACES);
    }

    /**
     * Takes out of {@link #rows} each of {@code changed} that no longer stands in order with its neighbours, until
     * every one left does (so the rows left are in order: the unchanged ones were, and each changed one left is in
     * order with both neighbours); returns those taken out.
     */
    private List<CountryRow> takeOutOfOrder(List<CountryRow> changed) {
        var out = new ArrayList<CountryRow>();
        boolean again = true;
        while (again) {
            again = false;
            for (CountryRow r : changed) {
                int at = rows.indexOf(r);
                if (at >= 0 && !((at == 0 || comparator.compare(rows.get(at - 1), r) < 0)
                        && (at == rows.size() - 1 || comparator.compare(r, rows.get(at + 1)) < 0))) {
                    rows.remove(at);
                    out.add(r);
                    again = true;
                }
            }
        }
        return out;
    }

    /** Whether the filter, as {@link #filtered} was last told, shows the row. */
    private boolean shown(CountryRow r) {
        return !filtering || r.placeCount() > 0;
    }

    /** While the filter is on, only the countries it leaves places in, as Places shows only those places. */
    private void refilter() {
        boolean active = filter.activeProperty().get();
        filtering = active;
        filtered.setPredicate(r -> !active || r.placeCount() > 0);
    }
}
