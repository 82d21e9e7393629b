package app.delegations.ui.countries;

import app.delegations.model.Country;
import app.delegations.ui.common.Messages;
import app.delegations.ui.common.RowPatch;
import app.delegations.ui.common.Selection;
import app.delegations.ui.common.SortKey;
import app.delegations.index.DatasetIndex;
import app.delegations.ui.filter.FilterLeaves;
import app.delegations.ui.filter.FilterModel;
import app.delegations.index.PlaceEntry;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;

/**
 * The Countries table: each country with the number and names of the places the shared filter leaves in it
 * (every part of the filter, the country facet included), while the filter is on only the countries it leaves
 * places in. Rows are in the UI language's alphabetical order until a column is sorted. Selecting a row selects
 * the country (the detail pane shows it); the table never changes the filter: the filter pane's country facet
 * does that.
 */
public final class CountriesViewModel {
    /** Names listed per country before "…". */
    static final int MAX_NAMES = 30;

    private final FilterModel filter;
    private final Selection selection;
    private final ObservableList<CountryRow> rows = FXCollections.observableArrayList();
    private final FilteredList<CountryRow> filtered = new FilteredList<>(rows);
    private final SortedList<CountryRow> sorted = new SortedList<>(filtered);
    private DatasetIndex index = DatasetIndex.empty();
    private Locale locale = Locale.ENGLISH;
    private List<SortKey<CountryColumn>> sortKeys = List.of();

    public CountriesViewModel(FilterModel filter, Selection selection) {
        this.filter = filter;
        this.selection = selection;
        filter.placePredicateProperty().addListener((o, a, b) -> update(null));
        sort(List.of());
    }

    /** Shows the countries of a dataset, named in the given language. */
    public void setData(DatasetIndex index, Messages messages) {
        setRows(index, messages, rowsOf(index, messages));
    }

    /** Shows the countries of a dataset, their rows made by {@link #rowsOf} in the given language. */
    void setRows(DatasetIndex index, Messages messages, List<CountryRow> made) {
        this.index = index;
        this.locale = messages.locale();
        rows.setAll(made);
        update(null);
        sort(sortKeys); // the names' order is the language's
    }

    /** The rows of a dataset's countries in the file's order, named in the given language (on any thread). */
    static List<CountryRow> rowsOf(DatasetIndex index, Messages messages) {
        Collator collator = Collator.getInstance(messages.locale());
        var list = new ArrayList<CountryRow>();
        for (Country c : index.dataset().countries()) {
            String name = c.names().in(messages.locale());
            list.add(new CountryRow(c, list.size(), name, collator.getCollationKey(name)));
        }
        return list;
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
            if (change.small() && change.removed().size() == change.added().size()
                    && change.removed().stream().allMatch(r -> change.replacement(r) != null)) {
                for (CountryRow r : change.removed()) {
                    rows.set(rows.indexOf(r), change.replacement(r)); // the same country in the file's order
                }
            } else {
                rows.setAll(change.rows());
            }
            if (names != null) {
                var more = new HashSet<>(names);
                change.added().forEach(r -> more.add(r.code()));
                names = more;
            }
        }
        update(names);
    }

    public SortedList<CountryRow> items() {
        return sorted;
    }

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
            if (!k.ascending()) {
                one = one.reversed();
            }
            c = c == null ? one : c.thenComparing(one);
        }
        Comparator<CountryRow> fileOrder = Comparator.comparingInt(CountryRow::fileIndex);
        // unsorted: alphabetical by the names in the UI language (its collation: Łotwa after Litwa in Polish)
        Comparator<CountryRow> byName = Comparator.comparing(CountryRow::nameKey);
        sorted.setComparator((c == null ? byName : c).thenComparing(fileOrder));
    }

    public List<SortKey<CountryColumn>> sortKeys() {
        return sortKeys;
    }

    /**
     * Counts come from the filter's facet counts; names are collected only until each country has its
     * {@link #MAX_NAMES} (on a large file that is a small part of it), and only for the countries of
     * {@code touched} (null: every country), the others keeping theirs.
     */
    private void update(Set<String> touched) {
        Predicate<PlaceEntry> left = filter.placePredicateProperty().get();
        List<String> codes = index.countryCodes();
        int[] need = new int[codes.size()];
        int[] have = new int[codes.size()];
        var names = new StringBuilder[codes.size()];
        int remaining = 0;
        for (int i = 0; i < codes.size(); i++) {
            boolean listed = touched == null || touched.contains(codes.get(i));
            need[i] = listed ? Math.min(FilterLeaves.placesIn(filter, codes.get(i)), MAX_NAMES + 1) : 0;
            names[i] = new StringBuilder();
            if (need[i] > 0) {
                remaining++;
            }
        }
        int[] countryOf = index.columns().country();
        List<PlaceEntry> entries = index.entries();
        for (int i = 0; i < countryOf.length && remaining > 0; i++) {
            int c = countryOf[i];
            if (have[c] < need[c] && left.test(entries.get(i))) {
                PlaceEntry e = entries.get(i);
                if (have[c] > 0) {
                    names[c].append(", ");
                }
                names[c].append(have[c] == MAX_NAMES ? "…" : e.place().names().in(locale));
                if (++have[c] == need[c]) {
                    remaining--;
                }
            }
        }
        var byCode = new HashMap<String, Integer>();
        for (int i = 0; i < codes.size(); i++) {
            byCode.put(codes.get(i), i);
        }
        for (CountryRow r : rows) {
            Integer i = byCode.get(r.code());
            String listed = touched != null && !touched.contains(r.code()) ? r.places()
                    : i == null ? "" : names[i].toString();
            r.update(FilterLeaves.placesIn(filter, r.code()), listed);
        }
        refilter();
        if (sortKeys.stream().anyMatch(k -> k.column() == CountryColumn.COUNT || k.column() == CountryColumn.PLACES)) {
            sort(sortKeys);
        }
    }

    /** While the filter is on, only the countries it leaves places in, as Places shows only those places. */
    private void refilter() {
        boolean active = filter.activeProperty().get();
        filtered.setPredicate(r -> !active || r.placeCount() > 0);
    }
}
