package app.delegations.bench.views;

import app.delegations.bench.BenchData;
import app.delegations.bench.KeystrokeRun;
import app.delegations.model.Dataset;
import app.delegations.ui.common.Messages;
import app.delegations.ui.common.Selection;
import app.delegations.ui.common.SortKey;
import app.delegations.ui.common.UiLanguage;
import app.delegations.index.DatasetIndex;
import app.delegations.ui.filter.FilterModel;
import app.delegations.ui.places.PlaceColumn;
import app.delegations.ui.places.PlaceRow;
import app.delegations.ui.places.PlacesViewModel;
import java.util.List;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The Places table's work on the UI thread at N places, through the window's real view models (branch ui):
 * the shared {@link FilterModel} recomputing on a keystroke in the search box or a click on a country facet,
 * and the {@link PlacesViewModel}'s FilteredList and SortedList following it; a click on a column header
 * re-sorting every row by precomputed Polish collation keys. Sample mode: the summary reads the median.
 * Also the off-thread preparation of the rows (Polish collation keys for every place).
 * Targets (issue 5): one keystroke ≤ 16 ms, one sort ≤ 100 ms, at 100,000 places.
 */
public class PlacesBenchmark extends KeystrokeRun {
    /** Typing "krak" and deleting it again: each call is one keystroke. */
    private static final String[] TYPING = {"k", "kr", "kra", "krak", "kra", "kr", "k", ""};
    /** Clicks on column headers: name, name again (descending), country, native name. */
    private static final List<List<SortKey<PlaceColumn>>> CLICKS = List.of(
            List.of(new SortKey<>(PlaceColumn.NAME, true)), List.of(new SortKey<>(PlaceColumn.NAME, false)),
            List.of(new SortKey<>(PlaceColumn.COUNTRY, true)), List.of(new SortKey<>(PlaceColumn.NATIVE, true)));

    @Param({"100000"})
    public int places;

    private Dataset dataset;
    private DatasetIndex index;
    private List<PlaceRow> rows;
    private Messages polish;
    private FilterModel filter;
    private PlacesViewModel table;
    private int step;

    @Setup
    public void setUp() {
        dataset = BenchData.load(BenchData.places(places));
        index = DatasetIndex.build(dataset);
        polish = Messages.of(UiLanguage.POLISH);
        filter = new FilterModel();
        table = new PlacesViewModel(filter, new Selection());
        // as the window applies a new snapshot: filter first, then the rows, sorted by name
        filter.setIndex(index);
        rows = PlaceRow.build(index, polish);
        table.setRows(index, rows);
        table.sort(CLICKS.get(0));
        if (table.items().size() != dataset.places().size() || dataset.places().size() < places) {
            throw new IllegalStateException("rows shown: " + table.items().size() + " of " + dataset.places().size());
        }
    }

    /** One keystroke in the search box. */
    @Benchmark
    public PlaceRowsShown searchKeystroke() {
        filter.searchTextProperty().set(TYPING[step++ % TYPING.length]);
        return shown();
    }

    /** One click on a country facet (Poland on, then off). */
    @Benchmark
    public PlaceRowsShown countryFacetClick() {
        if (step++ % 2 == 0) {
            filter.countries().add("PL");
        } else {
            filter.countries().remove("PL");
        }
        return shown();
    }

    /** One click on a column header, as a user goes back and forth between columns (the view model may reuse work). */
    @Benchmark
    public PlaceRowsShown sortByColumnHeader() {
        table.sort(CLICKS.get(step++ % CLICKS.size()));
        return shown();
    }

    /** The first click on a column header after the rows were set: nothing to reuse. */
    @Benchmark
    public PlaceRowsShown sortFirstClickAfterLoad(FreshRows fresh) {
        table.sort(CLICKS.get(2 + step++ % 2));
        return shown();
    }

    /** Sets the rows again before each call (not timed), as after loading a file, sorted by name. */
    @State(Scope.Benchmark)
    public static class FreshRows {
        @Setup(Level.Invocation)
        public void reset(PlacesBenchmark b) {
            b.table.sort(CLICKS.get(0));
            b.table.setRows(b.index, b.rows);
        }
    }

    /** Off the UI thread when a file or the language changes: rows with their Polish collation keys. */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    public List<PlaceRow> buildRowsPolish() {
        return PlaceRow.build(index, polish);
    }

    /** Off the UI thread with every load and edit: the shared index (with each place's meetings). */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    public DatasetIndex buildIndex() {
        return DatasetIndex.build(dataset);
    }

    private PlaceRowsShown shown() {
        var items = table.items();
        return new PlaceRowsShown(items.size(), items.isEmpty() ? null : items.get(0));
    }

    /** What the table would show: how many rows and the first (keeps the work observable to JMH). */
    public record PlaceRowsShown(int count, PlaceRow first) {
    }
}
