package app.delegations.ui.filter;

import app.delegations.index.DatasetIndex;
import app.delegations.model.Event;
import java.util.List;
import java.util.function.Predicate;

/**
 * One recompute of the filter: a {@link FilterState} applied to an index, with everything the filter publishes
 * made (which places are left, what the search finds, the date part, every facet's counts, the years' included).
 * Made by {@link #of} on any thread, given a {@link FilterPass} that thread alone uses; immutable after. An update
 * of the data makes it off the UI thread ({@link FilterModel#prepare}), so that the UI thread only publishes it.
 *
 * @param index   the index it was computed on
 * @param state   the state applied
 * @param dates   the date part on {@code index}
 * @param outcome the pass over the places
 * @param counts  every facet's counts, the years' included
 * @param events  the event predicate to publish while the filter is on, every event answered already
 *                ({@link #answered}), or null: made when published
 */
record FilterResult(DatasetIndex index, FilterState state, DatePass dates, FilterPass.Outcome outcome,
                    FacetCounts counts, Predicate<Event> events) {

    /** Applies {@code state} to {@code idx} with {@code pass} (its remembered search is used and updated). */
    static FilterResult of(DatasetIndex idx, FilterState state, FilterPass pass) {
        DatePass d = DatePass.of(idx, state.from(), state.to(), state.years());
        FilterPass.Outcome o = pass.apply(idx, new FilterChoice(state.words(), state.countries(), state.kinds(),
                state.roles(), d.places()));
        var found = new EventMatch(idx, new boolean[0], DatePass.NONE, o.hits(), o.placeFacets()); // the search's own
        List<Event> all = idx.dataset().events();
        FacetCounts counts = o.counts().withYears(d.yearCounts(idx.dates(), o.undated(),
                o.hits().searching() ? i -> found.test(all.get(i)) : i -> false));
        return new FilterResult(idx, state, d, o, counts, null);
    }

    /** This result with its event predicate made and every event asked once (off the UI thread: O(events)). */
    FilterResult answered() {
        if (!outcome.active()) {
            return this;
        }
        var match = new EventMatch(index, outcome.undated(), dates, outcome.hits(), outcome.placeFacets());
        return new FilterResult(index, state, dates, outcome, counts, match.answered(index.dataset().events()));
    }
}
