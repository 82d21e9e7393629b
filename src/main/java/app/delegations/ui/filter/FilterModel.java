package app.delegations.ui.filter;

import app.delegations.model.Event;
import app.delegations.model.PlaceKind;
import app.delegations.model.PlaceRole;
import app.delegations.ui.common.TextFold;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
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
 * The filter every view shares: one search text and the facets (countries, kinds, roles, event periods).
 * Within a facet the chosen values are alternatives; the search and the facets must all match. Any change
 * recomputes, in one pass over the places, which places match and the count each facet value would leave;
 * the views then test membership in O(1). The state survives {@link #setIndex} (reloading a file).
 */
public final class FilterModel {
    private final StringProperty searchText = new SimpleStringProperty(this, "searchText", "");
    private final ObservableSet<String> countries = FXCollections.observableSet(new HashSet<>());
    private final ObservableSet<PlaceKind> kinds = FXCollections.observableSet(new HashSet<>());
    private final ObservableSet<PlaceRole> roles = FXCollections.observableSet(new HashSet<>());
    private final ObservableSet<LocalDate> periods = FXCollections.observableSet(new HashSet<>());

    private final ReadOnlyObjectWrapper<Predicate<PlaceEntry>> placePredicate =
            new ReadOnlyObjectWrapper<>(this, "placePredicate", e -> true);
    private final ReadOnlyObjectWrapper<Predicate<Event>> eventPredicate =
            new ReadOnlyObjectWrapper<>(this, "eventPredicate", e -> true);
    private final ReadOnlyObjectWrapper<Predicate<PlaceEntry>> otherThanCountryPredicate =
            new ReadOnlyObjectWrapper<>(this, "otherThanCountryPredicate", e -> true);
    private final ReadOnlyObjectWrapper<FacetCounts> counts = new ReadOnlyObjectWrapper<>(this, "counts", FacetCounts.NONE);
    private final ReadOnlyObjectWrapper<List<String>> searchWords = new ReadOnlyObjectWrapper<>(this, "searchWords", List.of());
    private final ReadOnlyIntegerWrapper matchCount = new ReadOnlyIntegerWrapper(this, "matchCount");
    private final ReadOnlyIntegerWrapper total = new ReadOnlyIntegerWrapper(this, "total");
    private final ReadOnlyBooleanWrapper active = new ReadOnlyBooleanWrapper(this, "active");

    private final ReadOnlyObjectWrapper<DatasetIndex> indexProperty =
            new ReadOnlyObjectWrapper<>(this, "index", DatasetIndex.empty());
    private DatasetIndex index = DatasetIndex.empty();
    private boolean batch;

    public FilterModel() {
        searchText.addListener((o, a, b) -> recompute());
        SetChangeListener<Object> onChange = c -> recompute();
        countries.addListener(onChange);
        kinds.addListener(onChange);
        roles.addListener(onChange);
        periods.addListener(onChange);
    }

    public StringProperty searchTextProperty() {
        return searchText;
    }

    /** Chosen country codes (empty: any country). */
    public ObservableSet<String> countries() {
        return countries;
    }

    public ObservableSet<PlaceKind> kinds() {
        return kinds;
    }

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
     * through its parent's) and, when periods are chosen, that fall in one of them. Everything when the
     * filter is off.
     */
    public ReadOnlyObjectProperty<Predicate<Event>> eventPredicateProperty() {
        return eventPredicate.getReadOnlyProperty();
    }

    /** Places matching every part of the filter but the countries: what the Countries table lists. */
    public ReadOnlyObjectProperty<Predicate<PlaceEntry>> otherThanCountryPredicateProperty() {
        return otherThanCountryPredicate.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<FacetCounts> countsProperty() {
        return counts.getReadOnlyProperty();
    }

    /** The folded search words, for highlighting matches. */
    public ReadOnlyObjectProperty<List<String>> searchWordsProperty() {
        return searchWords.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty matchCountProperty() {
        return matchCount.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty totalProperty() {
        return total.getReadOnlyProperty();
    }

    /** True when any part of the filter is set. */
    public ReadOnlyBooleanProperty activeProperty() {
        return active.getReadOnlyProperty();
    }

    public DatasetIndex index() {
        return index;
    }

    /** Shows a new dataset; the filter's state stays as it is. */
    public void setIndex(DatasetIndex index) {
        this.index = index;
        recompute();
        indexProperty.set(index);
    }

    /** The dataset's index: the facets' values come from it. */
    public ReadOnlyObjectProperty<DatasetIndex> indexProperty() {
        return indexProperty.getReadOnlyProperty();
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

    private void recompute() {
        if (batch) {
            return;
        }
        List<String> words = TextFold.words(searchText.get());
        Set<String> cs = Set.copyOf(countries);
        Set<PlaceKind> ks = Set.copyOf(kinds);
        Set<PlaceRole> rs = Set.copyOf(roles);
        Set<LocalDate> ps = Set.copyOf(periods);

        List<PlaceEntry> entries = index.entries();
        var matches = new boolean[entries.size()];
        var otherThanCountry = new boolean[entries.size()];
        var countryCounts = new HashMap<String, Integer>();
        var kindCounts = new EnumMap<PlaceKind, Integer>(PlaceKind.class);
        var roleCounts = new EnumMap<PlaceRole, Integer>(PlaceRole.class);
        var periodCounts = new TreeMap<LocalDate, Integer>();
        int n = 0;
        for (PlaceEntry e : entries) {
            boolean s = matchesWords(e.folded(), words);
            boolean c = cs.isEmpty() || cs.contains(e.place().country());
            boolean k = ks.isEmpty() || ks.contains(e.place().kind());
            boolean r = rs.isEmpty() || intersects(rs, e.roles());
            boolean p = ps.isEmpty() || intersects(ps, e.periods());
            if (s && k && r && p) {
                otherThanCountry[e.index()] = true;
                countryCounts.merge(e.place().country(), 1, Integer::sum);
            }
            if (s && c && r && p) {
                kindCounts.merge(e.place().kind(), 1, Integer::sum);
            }
            if (s && c && k && p) {
                for (PlaceRole role : e.roles()) {
                    roleCounts.merge(role, 1, Integer::sum);
                }
            }
            if (s && c && k && r) {
                for (LocalDate period : e.periods()) {
                    periodCounts.merge(period, 1, Integer::sum);
                }
            }
            if (s && c && k && r && p) {
                matches[e.index()] = true;
                n++;
            }
        }
        boolean on = !words.isEmpty() || !cs.isEmpty() || !ks.isEmpty() || !rs.isEmpty() || !ps.isEmpty();
        DatasetIndex idx = index;
        searchWords.set(List.copyOf(words));
        counts.set(new FacetCounts(Collections.unmodifiableMap(countryCounts), Collections.unmodifiableMap(kindCounts),
                Collections.unmodifiableMap(roleCounts), Collections.unmodifiableMap(periodCounts)));
        matchCount.set(n);
        total.set(entries.size());
        active.set(on);
        otherThanCountryPredicate.set(e -> e.index() < otherThanCountry.length && otherThanCountry[e.index()]);
        placePredicate.set(on ? e -> e.index() < matches.length && matches[e.index()] : e -> true);
        eventPredicate.set(on ? e -> eventMatches(idx, matches, ps, e) : e -> true);
    }

    private static boolean eventMatches(DatasetIndex idx, boolean[] matches, Set<LocalDate> periods, Event e) {
        if (!periods.isEmpty() && periods.stream().noneMatch(p -> idx.overlaps(e, p))) {
            return false;
        }
        for (String placeId : idx.participants(e)) {
            PlaceEntry entry = idx.entry(placeId);
            if (entry != null && matches[entry.index()]) {
                return true;
            }
        }
        return false;
    }

    private static boolean matchesWords(String folded, List<String> words) {
        for (String w : words) {
            if (!folded.contains(w)) {
                return false;
            }
        }
        return true;
    }

    private static <T> boolean intersects(Set<T> chosen, Set<T> values) {
        for (T v : values) {
            if (chosen.contains(v)) {
                return true;
            }
        }
        return false;
    }
}
