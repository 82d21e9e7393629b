package app.delegations.ui.filter;

import app.delegations.index.DatasetIndex;
import app.delegations.index.PlaceEntry;
import app.delegations.model.Event;
import app.delegations.model.PlaceKind;
import app.delegations.model.PlaceRole;
import app.delegations.text.TextFold;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.function.LongSupplier;
import java.util.function.Predicate;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;
import javafx.collections.SetChangeListener;

/**
 * The filter every view shares: its state (one search text, the chosen values of the facets: countries,
 * kinds, roles, years, and a date range, {@link DateFilter}) and its outputs as read-only properties. Within a
 * facet the chosen values are alternatives; the search, the facets and the range must all match. Any change
 * recomputes once, in one pass over the events' dates ({@link DatePass}) and one over the places
 * ({@link FilterPass}), which places are left and the count each facet value would leave; the predicates then
 * answer in O(1) per place and once per participant list for events ({@link EventMatch}).
 * The state survives {@link #setIndex} (reloading a file). Used on the UI thread; its predicates from any.
 * <p><b>Typing.</b> Made with a search thread, the filter searches a large dataset there as the user types
 * ({@link SearchAhead}): a keystroke only hands the state over, keys typed meanwhile are coalesced, and the
 * newest text's result is published on the UI thread, its events answered already; until then the outputs are
 * the last result's ({@link #searchPendingProperty()} is true). Once typing stops, they are always those of the
 * text in the box. Every other change, and any change of small data, recomputes at once. A typed result reaches
 * the views on screen in the frame that publishes it; a view out of sight applies it when shown or once typing
 * rests, one a frame ({@link #follow}, {@link Following}), so that frame does not lay out tables nobody sees.
 * Past 250 lines because it is the one place where the search, the facets and the date range meet and are
 * recomputed together; the work itself is done by {@link FilterPass}, {@link DatePass} and {@link SearchMatch}.
 * <p><b>Search.</b> One search box finds every kind of record, each by its own texts in every language, folded
 * ({@link SearchMatch} lists them); {@link #searchHitsProperty()} says what it found, kind by kind, before the
 * facets narrow it (the line by the search box counts these). Each view shows its own kind: Places the places
 * the search and the facets leave (a place's country's names count as its own: "serbia kru"); Events and the
 * timeline the events with such a place, and the events the search finds themselves, by their title and
 * description or through a person at them or an organisation they name ("Rihter": his congress), when a
 * participant passes the ticked country, kind and role; Organisations those found by their own texts or their
 * place's, People those found ({@link FilterLeaves}). Countries lists the countries the filter leaves places in.
 */
public final class FilterModel {
    private final StringProperty searchText = new SimpleStringProperty(this, "searchText", "");
    private final ObservableSet<String> countries = FXCollections.observableSet(new HashSet<>());
    private final ObservableSet<PlaceKind> kinds = FXCollections.observableSet(new HashSet<>());
    private final ObservableSet<PlaceRole> roles = FXCollections.observableSet(new HashSet<>());
    private final DateFilter dates;

    /**
     * The place predicate while the filter is off: one object, so that a recompute that leaves the filter off (an
     * update of the data, a cleared search) does not have every table filter its rows again.
     */
    public static final Predicate<PlaceEntry> EVERY_PLACE = e -> true;

    private final ReadOnlyObjectWrapper<Predicate<PlaceEntry>> placePredicate =
            new ReadOnlyObjectWrapper<>(this, "placePredicate", EVERY_PLACE);
    /**
     * The event predicate while the filter is off: one object, so that a recompute that leaves the filter off
     * (new data, a cleared search) does not have the timeline lay out its events again.
     */
    public static final Predicate<Event> EVERY_EVENT = e -> true;

    private final ReadOnlyObjectWrapper<Predicate<Event>> eventPredicate =
            new ReadOnlyObjectWrapper<>(this, "eventPredicate", EVERY_EVENT);
    private final ReadOnlyObjectWrapper<FacetCounts> counts = new ReadOnlyObjectWrapper<>(this, "counts", FacetCounts.NONE);
    private final ReadOnlyObjectWrapper<List<String>> searchWords = new ReadOnlyObjectWrapper<>(this, "searchWords", List.of());
    private final ReadOnlyObjectWrapper<SearchHits> searchHits = new ReadOnlyObjectWrapper<>(this, "searchHits", SearchHits.NONE);
    private final ReadOnlyIntegerWrapper matchCount = new ReadOnlyIntegerWrapper(this, "matchCount");
    private final ReadOnlyIntegerWrapper total = new ReadOnlyIntegerWrapper(this, "total");
    private final ReadOnlyBooleanWrapper active = new ReadOnlyBooleanWrapper(this, "active");
    private final ReadOnlyBooleanWrapper chosen = new ReadOnlyBooleanWrapper(this, "chosen");

    private final FilterPass pass = new FilterPass();
    /** Runs the search of a large dataset off the UI thread as the user types; null: every change at once. */
    private final SearchAhead ahead;
    private final ReadOnlyBooleanProperty searchPending;
    /** How the views apply the outputs: those out of sight catch up on typed results later ({@link Following}). */
    private final Following following;
    private DatasetIndex index = DatasetIndex.empty();
    /** The date part of the last recompute, applied to {@link #index}. */
    private DatePass datePass = DatePass.NONE;
    /**
     * True while {@link #clear}, {@link #setCountries} or {@link #applyPreset} change several parts: they recompute
     * once at the end.
     */
    private boolean batch;
    /** True while {@link #updateIndex} recomputes. */
    private boolean updating;
    /** The outcome of the last recompute (null before the first). */
    private FilterPass.Outcome outcome;
    /** The state the last recompute applied: what {@link #prepare} applies to new data, from any thread. */
    private volatile FilterState published = FilterState.NONE;

    /** A filter whose date presets count from today in the system's time zone. */
    public FilterModel() {
        this(Clock.systemDefaultZone());
    }

    /** @param clock tells the date presets what day it is */
    public FilterModel(Clock clock) {
        this(clock, (SearchAhead) null);
    }

    /**
     * A filter whose search of a large dataset runs on {@code searchThread} as the user types, its results
     * published through {@code uiThread} ({@link SearchAhead}); every other change, and the search of small data,
     * recomputes at once.
     *
     * @param searchThread one thread of its own, for the searches
     * @param uiThread     runs a published result on the UI thread ({@code Platform::runLater})
     */
    public FilterModel(Clock clock, Executor searchThread, Executor uiThread) {
        this(clock, new SearchAhead(searchThread, uiThread, SearchAhead.FROM));
    }

    /** @param ahead runs the search off the UI thread for data it {@linkplain SearchAhead#runs runs}, or null: never */
    FilterModel(Clock clock, SearchAhead ahead) {
        this(clock, ahead, System::nanoTime);
    }

    /** @param nanos tells {@link Following} when typing rests ({@code System::nanoTime}) */
    FilterModel(Clock clock, SearchAhead ahead, LongSupplier nanos) {
        this.ahead = ahead;
        searchPending = ahead == null ? new ReadOnlyBooleanWrapper(this, "searchPending").getReadOnlyProperty()
                : ahead.pendingProperty();
        following = new Following(searchPending::get, nanos);
        dates = new DateFilter(this, clock);
        dates.onChange(this::recompute);
        searchText.addListener((o, a, b) -> searchChanged());
        SetChangeListener<Object> onChange = c -> recompute();
        countries.addListener(onChange);
        kinds.addListener(onChange);
        roles.addListener(onChange);
        InvalidationListener choose = o -> chosen.set(!countries.isEmpty() || !kinds.isEmpty() || !roles.isEmpty()
                || !years().isEmpty() || fromProperty().get() != null || toProperty().get() != null);
        for (Observable part : List.of(countries, kinds, roles, years(), fromProperty(), toProperty())) {
            part.addListener(choose);
        }
    }

    /** The text of the search box; its words (folded) must all occur in one record's texts (see above). */
    public StringProperty searchTextProperty() {
        return searchText;
    }

    /** Chosen country codes (empty: any country). */
    public ObservableSet<String> countries() {
        return countries;
    }

    /** Chosen place kinds (empty: any kind). */
    public ObservableSet<PlaceKind> kinds() {
        return kinds;
    }

    /** Chosen roles: a place is left when it is named with any of them at some event (empty: any). */
    public ObservableSet<PlaceRole> roles() {
        return roles;
    }

    /** The first day of the date range, or null (open): events ending before it are left out. */
    public ObjectProperty<LocalDate> fromProperty() {
        return dates.from();
    }

    /** The last day of the date range, or null (open): events starting after it are left out. */
    public ObjectProperty<LocalDate> toProperty() {
        return dates.to();
    }

    /** Chosen years (empty: any): an event is left when it covers a day of one of them. */
    public ObservableSet<Integer> years() {
        return dates.years();
    }

    /** The preset the date range equals today, or null for a range of the user's own. */
    public ReadOnlyObjectProperty<DatePreset> presetProperty() {
        return dates.preset();
    }

    /** Sets the date range to the preset's, computed from the clock's today, recomputing once. */
    public void applyPreset(DatePreset preset) {
        batch = true;
        try {
            dates.apply(preset);
        } finally {
            batch = false;
        }
        recompute();
    }

    /** Per place entry, whether it passes the date part; null while no date part is set. */
    boolean[] datedPlaces() {
        return datePass.places();
    }

    /** Which events the date part (range and years) leaves, as it stands now: every event while it is unset. */
    Predicate<Event> datedEvents() {
        DatePass d = datePass;
        return e -> {
            DatasetIndex idx = index; // an update of the data keeps the predicates when their answers stay
            int i = idx.dates().position(e);
            return i >= 0 && d.event(idx.dates(), i);
        };
    }

    /**
     * Which places to show; a new predicate object on every change while the filter is on, so filtered lists
     * re-filter; {@link #EVERY_PLACE} while it is off.
     */
    public ReadOnlyObjectProperty<Predicate<PlaceEntry>> placePredicateProperty() {
        return placePredicate.getReadOnlyProperty();
    }

    /**
     * Which events to show: those a place left by the filter takes part in (an event without participants
     * through its parent's) that overlap the date range and, when years are chosen, cover a day of one of them.
     * {@link #EVERY_EVENT} when the filter is off.
     */
    public ReadOnlyObjectProperty<Predicate<Event>> eventPredicateProperty() {
        return eventPredicate.getReadOnlyProperty();
    }

    /** What choosing each facet value would leave; a new object on every recompute. */
    public ReadOnlyObjectProperty<FacetCounts> countsProperty() {
        return counts.getReadOnlyProperty();
    }

    /** The folded search words, for highlighting matches. */
    public ReadOnlyObjectProperty<List<String>> searchWordsProperty() {
        return searchWords.getReadOnlyProperty();
    }

    /**
     * What the search finds, kind by kind, before the facets narrow it; {@link SearchHits#NONE} while the search
     * is empty. A new object on every recompute, set before the predicates.
     */
    public ReadOnlyObjectProperty<SearchHits> searchHitsProperty() {
        return searchHits.getReadOnlyProperty();
    }

    /** How many places the filter leaves. */
    public ReadOnlyIntegerProperty matchCountProperty() {
        return matchCount.getReadOnlyProperty();
    }

    /** How many places the dataset has. */
    public ReadOnlyIntegerProperty totalProperty() {
        return total.getReadOnlyProperty();
    }

    /** True when any part of the filter is set. */
    public ReadOnlyBooleanProperty activeProperty() {
        return active.getReadOnlyProperty();
    }

    /**
     * True when a part other than the search is set (a country, kind, role, year or date): with the search text it
     * tells an empty view whether the search, the filters or both hide its rows.
     */
    public ReadOnlyBooleanProperty chosenProperty() {
        return chosen.getReadOnlyProperty();
    }

    /**
     * The dataset's index: the facets' values come from it, and every output was computed on it (it is set
     * before they change, so a listener of any output sees the index that output belongs to).
     */
    public DatasetIndex index() {
        return index;
    }

    /**
     * Filters a new dataset; the filter's state stays as it is. The counts always change (each recompute makes
     * a new object), so a view learns of new data by comparing {@link #index()} when they do.
     */
    public void setIndex(DatasetIndex index) {
        this.index = index;
        recompute();
    }

    /**
     * Filters an update of the data shown (an edit, a file of the archive read again), as {@link #setIndex} does,
     * except that when the filter answers as before for every record the update did not change (the same places
     * left, found and dated), the predicates stay the same objects, so that no list filters its rows again; the
     * records the update changed are answered from the new index (the event predicate takes it in place).
     */
    public void updateIndex(DatasetIndex index) {
        updating = true;
        try {
            setIndex(index);
        } finally {
            updating = false;
        }
    }

    /**
     * Clears every facet and the date range and leaves the search text (Clear filters: the search has its own
     * clearing, Esc in the field), recomputing once.
     */
    public void clearChosen() {
        batch = true;
        try {
            countries.clear();
            kinds.clear();
            roles.clear();
            dates.clear();
        } finally {
            batch = false;
        }
        recompute();
    }

    /** Clears the search text, every facet and the date range, recomputing once. */
    public void clear() {
        batch = true;
        try {
            searchText.set("");
        } finally {
            batch = false;
        }
        clearChosen(); // recomputes once, for the search too
    }

    /** Makes the chosen countries exactly {@code codes}, recomputing once. */
    public void setCountries(Set<String> codes) {
        if (countries.equals(codes)) {
            return;
        }
        batch = true;
        try {
            countries.retainAll(codes);
            countries.addAll(codes);
        } finally {
            batch = false;
        }
        recompute();
    }

    /**
     * The search text changed: on large data the search runs off the UI thread, keys typed meanwhile coalesced,
     * and the newest result is published when ready (the outputs say the last result until then); else at once.
     */
    private void searchChanged() {
        if (batch) {
            return;
        }
        if (ahead == null || !ahead.runs(index)) {
            recompute();
            return;
        }
        DatasetIndex asked = index;
        following.typing();
        ahead.ask(asked, state(), r -> index == asked && r.state().equals(state()),
                r -> following.publishTyped(() -> publish(r)), this::recompute);
    }

    /**
     * Has {@code apply} run whenever {@code output} (one of this filter's outputs) changes, by the rule of
     * {@link Following}: while a result typed on large data is published, a view out of sight applies it later.
     * A view model calls it once, for the output its rows follow; its view then says where it is shown
     * ({@link Following.Follower#shownOn}).
     */
    public Following.Follower follow(ReadOnlyObjectProperty<?> output, Runnable apply) {
        return following.follow(output, apply);
    }

    /**
     * Every view applies the filter's latest outputs now, those out of sight included: before what several views
     * show is read at once (File › Export all tables, a view's picture), so none gives a result typed before.
     */
    public void catchUpViews() {
        following.catchUpAll();
    }

    /** True when a view is behind the outputs: it left a typed result for when it is shown or typing rests. */
    public boolean viewsBehind() {
        return following.anyBehind();
    }

    /**
     * True from a keystroke in the search box on large data until the filter's outputs show that text's results
     * (or those of a newer change); always false on small data, whose search is applied at once.
     */
    public ReadOnlyBooleanProperty searchPendingProperty() {
        return searchPending;
    }

    /**
     * Applies the state to the index in one pass and publishes the outcome, unless a batch is under way; a search
     * under way off the UI thread is dropped (the state applied here holds its text).
     */
    private void recompute() {
        if (batch) {
            return;
        }
        if (ahead != null) {
            ahead.cancel();
        }
        publish(FilterResult.of(index, state(), pass));
    }

    /** The state as it stands now, copied. */
    private FilterState state() {
        return new FilterState(TextFold.words(searchText.get()), countries, kinds, roles, dates.from().get(),
                dates.to().get(), years());
    }

    /**
     * What {@link #updateIndex(DatasetIndex, FilterResult)} will publish for {@code after}: the filter's state as
     * last published applied to it. Safe from any thread, and meant for the loading thread, so that the search,
     * the date part and the counts on the new index are not computed on the UI thread.
     */
    FilterResult prepare(DatasetIndex after) {
        return FilterResult.of(after, published, new FilterPass());
    }

    /**
     * {@link #updateIndex(DatasetIndex)} with what {@link #prepare} made for {@code index}: published as it is
     * when the state is still the one it applied; computed anew otherwise (the user chose something meanwhile).
     */
    void updateIndex(DatasetIndex index, FilterResult prepared) {
        if (prepared == null || prepared.index() != index || batch || !prepared.state().equals(state())) {
            updateIndex(index);
            return;
        }
        if (ahead != null) {
            ahead.cancel(); // the search under way was on the index before
        }
        updating = true;
        try {
            this.index = index;
            pass.adopt(index, prepared.outcome().hits()); // typing on narrows from what the update found
            publish(prepared);
        } finally {
            updating = false;
        }
    }

    /** Publishes a recompute of {@link #index} (the predicates kept when an update answers as before). */
    private void publish(FilterResult r) {
        DatasetIndex idx = r.index();
        DatePass d = r.dates();
        DatePass datesBefore = datePass;
        datePass = d;
        published = r.state();
        FilterPass.Outcome o = r.outcome();
        boolean same = updating && outcome != null && o.active() && outcome.active() && sameAnswers(outcome, o)
                && datesBefore.sameAnswers(d) && eventPredicate.get() instanceof Swap;
        outcome = o;
        boolean[] matches = o.matches();
        searchWords.set(r.state().words());
        searchHits.set(o.hits());
        counts.set(r.counts());
        matchCount.set(o.matched());
        total.set(matches.length);
        active.set(o.active());
        if (same) {
            // every record the update did not change is answered as before: the predicates stay (the place
            // predicate's answers are by entry index, the same), the event predicate answers from the new index
            ((Swap) eventPredicate.get()).to(new EventMatch(idx, o.undated(), d, o.hits(), o.placeFacets()));
            return;
        }
        placePredicate.set(o.active() ? e -> e.index() < matches.length && matches[e.index()] : EVERY_PLACE);
        eventPredicate.set(o.active() ? new Swap(r.events() != null ? r.events()
                : new EventMatch(idx, o.undated(), d, o.hits(), o.placeFacets())) : EVERY_EVENT);
    }

    private static boolean sameAnswers(FilterPass.Outcome a, FilterPass.Outcome b) {
        return Arrays.equals(a.matches(), b.matches()) && Arrays.equals(a.undated(), b.undated())
                && Arrays.equals(a.placeFacets(), b.placeFacets()) && a.hits().sameAnswers(b.hits());
    }

    /** What an event predicate of this model asks now (for tests of the predicate itself). */
    static Predicate<Event> unwrapped(Predicate<Event> published) {
        return published instanceof Swap s ? s.now : published;
    }

    /** The event predicate while the filter is on: one object that an update of the data points elsewhere. */
    private static final class Swap implements Predicate<Event> {
        private volatile Predicate<Event> now;

        Swap(Predicate<Event> now) {
            this.now = now;
        }

        void to(Predicate<Event> next) {
            now = next;
        }

        @Override
        public boolean test(Event e) {
            return now.test(e);
        }
    }
}
