package app.delegations.ui.filter;

import app.delegations.index.DatasetIndex;
import app.delegations.index.PlaceEntry;
import app.delegations.model.Event;
import app.delegations.model.PlaceKind;
import app.delegations.model.PlaceRole;
import app.delegations.text.TextFold;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
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
 * The filter every view shares: its state (one search text and the chosen values of the facets: countries,
 * kinds, roles, event periods) and its outputs as read-only properties. Within a facet the chosen values are
 * alternatives; the search and the facets must all match. Any change recomputes once, in one pass over the
 * places ({@link FilterPass}), which places are left and the count each facet value would leave; the
 * predicates then answer in O(1) per place and once per participant list for events ({@link EventMatch}).
 * The state survives {@link #setIndex} (reloading a file). Used on the UI thread; its predicates from any.
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
    private final ObservableSet<LocalDate> periods = FXCollections.observableSet(new HashSet<>());

    private final ReadOnlyObjectWrapper<Predicate<PlaceEntry>> placePredicate =
            new ReadOnlyObjectWrapper<>(this, "placePredicate", e -> true);
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

    private final FilterPass pass = new FilterPass();
    private DatasetIndex index = DatasetIndex.empty();
    /** True while {@link #clear} or {@link #setCountries} change several parts: they recompute once at the end. */
    private boolean batch;

    public FilterModel() {
        searchText.addListener((o, a, b) -> recompute());
        SetChangeListener<Object> onChange = c -> recompute();
        countries.addListener(onChange);
        kinds.addListener(onChange);
        roles.addListener(onChange);
        periods.addListener(onChange);
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

    /** Chosen event periods: first days of {@link DatasetIndex#granularity()} buckets. */
    public ObservableSet<LocalDate> periods() {
        return periods;
    }

    /** Which places to show; a new predicate object on every change, so filtered lists re-filter. */
    public ReadOnlyObjectProperty<Predicate<PlaceEntry>> placePredicateProperty() {
        return placePredicate.getReadOnlyProperty();
    }

    /**
     * Which events to show: those a place left by the filter takes part in (an event without participants
     * through its parent's) and, when periods are chosen, that fall in one of them. {@link #EVERY_EVENT} when
     * the filter is off.
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

    /** Clears the search text and every facet, recomputing once. */
    public void clear() {
        batch = true;
        try {
            searchText.set("");
            countries.clear();
            kinds.clear();
            roles.clear();
            periods.clear();
        } finally {
            batch = false;
        }
        recompute();
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

    /** Applies the state to the index in one pass and publishes the outcome, unless a batch is under way. */
    private void recompute() {
        if (batch) {
            return;
        }
        List<String> words = TextFold.words(searchText.get());
        DatasetIndex idx = index;
        FilterPass.Outcome o = pass.apply(idx, new FilterChoice(words, countries, kinds, roles, periods));
        boolean[] matches = o.matches();
        searchWords.set(List.copyOf(words));
        searchHits.set(o.hits());
        counts.set(o.counts());
        matchCount.set(o.matched());
        total.set(matches.length);
        active.set(o.active());
        placePredicate.set(o.active() ? e -> e.index() < matches.length && matches[e.index()] : e -> true);
        eventPredicate.set(o.active() ? new EventMatch(idx, matches, Set.copyOf(periods), o.hits(), o.placeFacets())
                : EVERY_EVENT);
    }
}
