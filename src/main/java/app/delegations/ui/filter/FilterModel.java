package app.delegations.ui.filter;

import app.delegations.index.PlaceEntry;
import app.delegations.index.DatasetIndex;
import app.delegations.model.Event;
import app.delegations.model.PlaceKind;
import app.delegations.model.PlaceRole;
import app.delegations.text.TextFold;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
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
    /**
     * The event predicate while the filter is off: one object, so that a recompute that leaves the filter off
     * (new data, a cleared search) does not have the timeline lay out its events again.
     */
    public static final Predicate<Event> EVERY_EVENT = e -> true;

    private final ReadOnlyObjectWrapper<Predicate<Event>> eventPredicate =
            new ReadOnlyObjectWrapper<>(this, "eventPredicate", EVERY_EVENT);
    private final ReadOnlyObjectWrapper<FacetCounts> counts = new ReadOnlyObjectWrapper<>(this, "counts", FacetCounts.NONE);
    private final ReadOnlyObjectWrapper<List<String>> searchWords = new ReadOnlyObjectWrapper<>(this, "searchWords", List.of());
    private final ReadOnlyIntegerWrapper matchCount = new ReadOnlyIntegerWrapper(this, "matchCount");
    private final ReadOnlyIntegerWrapper total = new ReadOnlyIntegerWrapper(this, "total");
    private final ReadOnlyBooleanWrapper active = new ReadOnlyBooleanWrapper(this, "active");

    private final ReadOnlyObjectWrapper<DatasetIndex> indexProperty =
            new ReadOnlyObjectWrapper<>(this, "index", DatasetIndex.empty());
    private DatasetIndex index = DatasetIndex.empty();
    private boolean batch;
    private DatasetIndex lastIndex;
    private List<String> lastWords = List.of();
    private boolean[] lastSearch;

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
     * through its parent's) and, when periods are chosen, that fall in one of them. {@link #EVERY_EVENT} when
     * the filter is off.
     */
    public ReadOnlyObjectProperty<Predicate<Event>> eventPredicateProperty() {
        return eventPredicate.getReadOnlyProperty();
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
        DatasetIndex idx = index;
        int n = idx.entries().size();
        List<String> codes = idx.countryCodes();
        List<LocalDate> allPeriods = idx.periods();

        // the chosen values as arrays and bit masks: the loop below runs once per place per keystroke
        boolean anyCountry = !countries.isEmpty();
        var countryChosen = new boolean[codes.size()];
        for (int i = 0; i < codes.size(); i++) {
            countryChosen[i] = countries.contains(codes.get(i));
        }
        int kindMask = 0;
        for (PlaceKind k : kinds) {
            kindMask |= 1 << k.ordinal();
        }
        int roleMask = 0;
        for (PlaceRole r : roles) {
            roleMask |= 1 << r.ordinal();
        }
        boolean anyPeriod = !periods.isEmpty();
        var periodChosen = new boolean[allPeriods.size()];
        for (int i = 0; i < allPeriods.size(); i++) {
            periodChosen[i] = periods.contains(allPeriods.get(i));
        }
        boolean[] searchOk = searchMatches(idx, words);

        DatasetIndex.Columns col = idx.columns();
        int[] countryOf = col.country();
        int[] kindOf = col.kind();
        int[] rolesOf = col.roles();
        int[] periodStart = col.periodStart();
        int[] periodValues = col.periodValues();
        var matches = new boolean[n];
        var countryCounts = new int[codes.size()];
        var kindCounts = new int[PlaceKind.values().length];
        var roleCounts = new int[PlaceRole.values().length];
        var periodCounts = new int[allPeriods.size()];
        int matched = 0;
        for (int i = 0; i < n; i++) {
            if (searchOk != null && !searchOk[i]) {
                continue; // no facet counts a place the search leaves out
            }
            int country = countryOf[i];
            boolean c = !anyCountry || countryChosen[country];
            boolean k = kindMask == 0 || (kindMask & (1 << kindOf[i])) != 0;
            int placeRoles = rolesOf[i];
            boolean r = roleMask == 0 || (roleMask & placeRoles) != 0;
            boolean p = !anyPeriod;
            for (int j = periodStart[i]; !p && j < periodStart[i + 1]; j++) {
                p = periodChosen[periodValues[j]];
            }
            if (k && r && p) {
                countryCounts[country]++;
            }
            if (c && r && p) {
                kindCounts[kindOf[i]]++;
            }
            if (c && k && p) {
                for (int bits = placeRoles; bits != 0; bits &= bits - 1) {
                    roleCounts[Integer.numberOfTrailingZeros(bits)]++;
                }
            }
            if (c && k && r) {
                for (int j = periodStart[i]; j < periodStart[i + 1]; j++) {
                    periodCounts[periodValues[j]]++;
                }
            }
            if (c && k && r && p) {
                matches[i] = true;
                matched++;
            }
        }
        boolean on = !words.isEmpty() || anyCountry || kindMask != 0 || roleMask != 0 || anyPeriod;
        Set<LocalDate> ps = Set.copyOf(periods);
        searchWords.set(List.copyOf(words));
        counts.set(facetCounts(codes, countryCounts, kindCounts, roleCounts, allPeriods, periodCounts));
        matchCount.set(matched);
        total.set(n);
        active.set(on);
        placePredicate.set(on ? e -> e.index() < matches.length && matches[e.index()] : e -> true);
        eventPredicate.set(on ? new EventMatch(idx, matches, ps) : EVERY_EVENT);
    }

    /**
     * Which places the search words match, or null for no words. Typing on (a word growing, a word added)
     * only narrows the last result, so only the places that matched before are tested again.
     */
    private boolean[] searchMatches(DatasetIndex idx, List<String> words) {
        if (words.isEmpty()) {
            lastWords = List.of();
            lastSearch = null;
            return null;
        }
        String[] folded = idx.columns().folded();
        int[] countryOf = idx.columns().country();
        // a word may name the country instead of the place ("serbia kru"): test countries once per word
        int countries = idx.countryCodes().size();
        var countryHas = new boolean[words.size()][countries];
        for (int w = 0; w < words.size(); w++) {
            for (int c = 0; c < countries; c++) {
                countryHas[w][c] = idx.countrySearchText(c).contains(words.get(w));
            }
        }
        boolean[] previous = idx == lastIndex && narrows(lastWords, words) ? lastSearch : null;
        var ok = new boolean[folded.length];
        for (int i = 0; i < ok.length; i++) {
            if (previous == null || previous[i]) {
                boolean all = true;
                for (int w = 0; all && w < words.size(); w++) {
                    all = countryHas[w][countryOf[i]] || folded[i].contains(words.get(w));
                }
                ok[i] = all;
            }
        }
        lastIndex = idx;
        lastWords = words;
        lastSearch = ok;
        return ok;
    }

    /** True when every place matching {@code now} also matches {@code before}. */
    private static boolean narrows(List<String> before, List<String> now) {
        if (before.isEmpty() || now.size() < before.size()) {
            return false;
        }
        for (int i = 0; i < before.size(); i++) {
            if (!now.get(i).contains(before.get(i))) {
                return false;
            }
        }
        return true;
    }

    private static FacetCounts facetCounts(List<String> codes, int[] countryCounts, int[] kindCounts, int[] roleCounts,
                                           List<LocalDate> allPeriods, int[] periodCounts) {
        var c = new HashMap<String, Integer>();
        for (int i = 0; i < codes.size(); i++) {
            if (countryCounts[i] > 0) {
                c.put(codes.get(i), countryCounts[i]);
            }
        }
        var k = new EnumMap<PlaceKind, Integer>(PlaceKind.class);
        for (PlaceKind kind : PlaceKind.values()) {
            if (kindCounts[kind.ordinal()] > 0) {
                k.put(kind, kindCounts[kind.ordinal()]);
            }
        }
        var r = new EnumMap<PlaceRole, Integer>(PlaceRole.class);
        for (PlaceRole role : PlaceRole.values()) {
            if (roleCounts[role.ordinal()] > 0) {
                r.put(role, roleCounts[role.ordinal()]);
            }
        }
        var p = new TreeMap<LocalDate, Integer>();
        for (int i = 0; i < allPeriods.size(); i++) {
            if (periodCounts[i] > 0) {
                p.put(allPeriods.get(i), periodCounts[i]);
            }
        }
        return new FacetCounts(Collections.unmodifiableMap(c), Collections.unmodifiableMap(k),
                Collections.unmodifiableMap(r), Collections.unmodifiableMap(p));
    }

    /**
     * Whether an event has a participant the filter leaves (and lies in a ticked period). Events that inherit
     * their participants share one list per event that defines them, so the places are looked through once
     * per list, not once per event: a million children of one parent naming 10,000 places cost 10,000 looks,
     * not 10^10. Safe from any thread (the timeline lays out on its own).
     */
    static final class EventMatch implements Predicate<Event> {
        private final DatasetIndex idx;
        private final boolean[] matches;
        private final Set<LocalDate> periods;
        private final Map<List<String>, Boolean> byList = Collections.synchronizedMap(new IdentityHashMap<>());

        EventMatch(DatasetIndex idx, boolean[] matches, Set<LocalDate> periods) {
            this.idx = idx;
            this.matches = matches;
            this.periods = periods;
        }

        @Override
        public boolean test(Event e) {
            if (!periods.isEmpty() && periods.stream().noneMatch(p -> idx.overlaps(e, p))) {
                return false;
            }
            return byList.computeIfAbsent(idx.participants(e), this::anyLeft);
        }

        /** How many participant lists have been looked through so far (one per event that defines them). */
        int listsLookedThrough() {
            return byList.size();
        }

        private boolean anyLeft(List<String> participants) {
            for (String placeId : participants) {
                PlaceEntry entry = idx.entry(placeId);
                if (entry != null && matches[entry.index()]) {
                    return true;
                }
            }
            return false;
        }
    }


}
