package app.delegations.index;

import app.delegations.data.Checkpoint;
import app.delegations.data.LoadCancelled;
import app.delegations.model.Country;
import app.delegations.model.Dataset;
import app.delegations.model.Event;
import app.delegations.model.Participation;
import app.delegations.model.Place;
import app.delegations.model.PlaceRole;
import app.delegations.text.TextFold;
import app.delegations.data.Work;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The relations the views need, computed once per dataset (off the UI thread): who took part in each event
 * (an event without participants inherits its parent's), which events each place took part in, the periods
 * of the event-date facet, and a {@link PlaceEntry} per place. Built in time and memory linear in the file
 * plus the places' periods, whatever its shape (the inheritance rule in {@link Inheritance}, the periods in
 * {@link Periods}); a place's period costs one int. Longer than most classes because the per-place entries
 * and the filter's columns are made in the same pass over the places.
 */
public final class DatasetIndex {
    /** At most this many day buckets before the date facet groups by month, then by year. */
    static final int MAX_DAYS = 62;
    static final int MAX_MONTHS = 120;

    private final Dataset dataset;
    private final List<PlaceEntry> entries;
    private final Map<String, PlaceEntry> entryById;
    private final Map<String, List<String>> participantsByEvent;
    private final Inheritance inheritance;
    private final Map<String, List<Event>> childrenByEvent;
    private final Granularity granularity;
    private final List<LocalDate> periods;
    private final List<String> countryCodes;
    private final String[] countryFolded;
    /** The filter's inputs per place as plain arrays (one pass per keystroke stays in cache). */
    private final Columns columns;

    /**
     * Per place, by entry index: folded search text, country index, kind ordinal, role bits, and its period
     * indices as {@code periodValues[periodStart[i] .. periodStart[i + 1])}.
     */
    public record Columns(String[] folded, int[] country, int[] kind, int[] roles, int[] periodStart,
                          int[] periodValues) {
    }

    private DatasetIndex(Dataset dataset, Work work) {
        this.dataset = dataset;
        this.childrenByEvent = new HashMap<>();
        for (Event e : dataset.events()) {
            if (e.parent() != null) {
                childrenByEvent.computeIfAbsent(e.parent(), k -> new ArrayList<>()).add(e);
            }
            work.step();
        }
        this.inheritance = new Inheritance(dataset, work);
        this.participantsByEvent = new HashMap<>(dataset.events().size() * 2);
        for (int i = 0; i < dataset.events().size(); i++) {
            participantsByEvent.put(dataset.events().get(i).id(), inheritance.participants(i));
            work.step();
        }
        this.granularity = chooseGranularity(dataset.events());
        Periods periodsOfEvents = new Periods(granularity, dataset.events(), work);
        this.periods = periodsOfEvents.all();
        var rangesByDefiner = new HashMap<Integer, int[]>();

        var roles = new HashMap<String, EnumSet<PlaceRole>>();
        for (Event e : dataset.events()) {
            for (Participation p : e.participants()) {
                roles.computeIfAbsent(p.place(), k -> EnumSet.noneOf(PlaceRole.class)).add(p.role());
                work.step();
            }
        }
        var codes = new ArrayList<String>();
        var codeIndex = new HashMap<String, Integer>();
        for (Place place : dataset.places()) {
            codeIndex.computeIfAbsent(place.country(), c -> {
                codes.add(c);
                return codes.size() - 1;
            });
            work.step();
        }
        this.countryCodes = List.copyOf(codes);
        this.countryFolded = new String[codes.size()];
        for (int i = 0; i < codes.size(); i++) {
            var sb = new StringBuilder(TextFold.fold(codes.get(i)));
            dataset.country(codes.get(i)).ifPresent(c -> c.names().all().forEach(n -> sb.append('\n').append(TextFold.fold(n))));
            countryFolded[i] = sb.toString();
            work.step();
        }
        var list = new ArrayList<PlaceEntry>(dataset.places().size());
        var byId = new HashMap<String, PlaceEntry>(dataset.places().size() * 2);
        for (Place place : dataset.places()) {
            Country country = dataset.country(place.country()).orElse(null);
            int[] periodIdx = periodsOf(place.id(), periodsOfEvents, rangesByDefiner, work);
            Set<PlaceRole> placeRoles = roles.getOrDefault(place.id(), EnumSet.noneOf(PlaceRole.class));
            int mask = 0;
            for (PlaceRole r : placeRoles) {
                mask |= 1 << r.ordinal();
            }
            var entry = new PlaceEntry(list.size(), place, country, Collections.unmodifiableSet(placeRoles),
                    new PeriodSet(periods, periodIdx), searchText(place),
                    codeIndex.get(place.country()), mask, periodIdx);
            list.add(entry);
            byId.putIfAbsent(place.id(), entry);
            work.step();
        }
        this.entries = Collections.unmodifiableList(list);
        this.entryById = byId;
        this.columns = columns(list);
    }

    public static DatasetIndex build(Dataset dataset) {
        return build(dataset, Checkpoint.NONE);
    }

    /**
     * Builds the index, asking {@code checkpoint} after every {@link Work#CHECK_EVERY} units of work; throws
     * {@link LoadCancelled} when it says the load is cancelled.
     */
    public static DatasetIndex build(Dataset dataset, Checkpoint checkpoint) {
        return new DatasetIndex(dataset, new Work(checkpoint));
    }

    public static DatasetIndex empty() {
        return build(Dataset.empty());
    }

    public Dataset dataset() {
        return dataset;
    }

    public List<PlaceEntry> entries() {
        return entries;
    }

    /** The places and events together: the size {@link app.delegations.ui.common.Pace#SPREAD_FROM} is about. */
    public int placesAndEvents() {
        return entries.size() + dataset.events().size();
    }

    public PlaceEntry entry(String placeId) {
        return entryById.get(placeId);
    }

    /** The places taking part in an event: its own participants, or else its parent's (recursively). */
    public List<String> participants(Event event) {
        return participantsByEvent.getOrDefault(event.id(), List.of());
    }

    /** The events a place took part in, directly or through a parent event, in the file's order. */
    public List<Event> eventsOf(String placeId) {
        return inheritance.eventsOf(placeId);
    }

    /** The events directly inside an event, in the file's order. */
    public List<Event> children(Event event) {
        return childrenByEvent.getOrDefault(event.id(), List.of());
    }

    /** The role a place is named with at an event, or null when it attends only through the parent. */
    public PlaceRole directRole(Event event, String placeId) {
        for (Participation p : event.participants()) {
            if (p.place().equals(placeId)) {
                return p.role();
            }
        }
        return null;
    }

    /**
     * The events that show best what a place did: those it is named in that contain no other event it is
     * named in (Kraków: its two presentations, not the whole congress; Sofia: the congress).
     */
    public Set<String> mostSpecificEvents(String placeId) {
        var named = new LinkedHashSet<String>();
        for (Event e : eventsOf(placeId)) {
            if (directRole(e, placeId) != null) {
                named.add(e.id());
            }
        }
        var result = new LinkedHashSet<>(named);
        var climbed = new HashSet<String>(); // each ancestor is climbed past once: linear in a deep chain
        for (String id : named) {
            Event e = dataset.event(id).orElseThrow();
            for (String parent = e.parent(); parent != null && climbed.add(parent);
                 parent = dataset.event(parent).map(Event::parent).orElse(null)) {
                result.remove(parent);
            }
        }
        return result;
    }

    public Columns columns() {
        return columns;
    }

    private static Columns columns(List<PlaceEntry> list) {
        int n = list.size();
        var folded = new String[n];
        var country = new int[n];
        var kind = new int[n];
        var roles = new int[n];
        var start = new int[n + 1];
        int total = 0;
        for (PlaceEntry e : list) {
            total += e.periodIndices().length;
        }
        var values = new int[total];
        int at = 0;
        for (int i = 0; i < n; i++) {
            PlaceEntry e = list.get(i);
            folded[i] = e.folded();
            country[i] = e.countryIndex();
            kind[i] = e.place().kind().ordinal();
            roles[i] = e.roleMask();
            start[i] = at;
            for (int p : e.periodIndices()) {
                values[at++] = p;
            }
        }
        start[n] = at;
        return new Columns(folded, country, kind, roles, start, values);
    }

    /** The folded code and names of each country of {@link #countryCodes()}: a search matches them too. */
    public String countrySearchText(int countryIndex) {
        return countryFolded[countryIndex];
    }

    /** The distinct country codes of the places, in order of first appearance. */
    public List<String> countryCodes() {
        return countryCodes;
    }

    public Granularity granularity() {
        return granularity;
    }

    /** The event-date facet's values: first days of the buckets holding any event day, in order. */
    public List<LocalDate> periods() {
        return periods;
    }

    /** True when the event covers a day of the bucket starting at {@code period}. */
    public boolean overlaps(Event e, LocalDate period) {
        return !e.end().isBefore(period) && !e.start().isAfter(granularity.last(period));
    }

    /**
     * The positions in {@link #periods} of the periods of a place's events, ascending: the merged period
     * ranges of the definers naming it (each definer's computed once, from its events' ranges).
     */
    private int[] periodsOf(String placeId, Periods periodsOfEvents, Map<Integer, int[]> rangesByDefiner, Work work) {
        int[] definers = inheritance.definersOf(placeId);
        int count = 0;
        int[][] parts = new int[definers.length][];
        for (int k = 0; k < definers.length; k++) {
            parts[k] = rangesByDefiner.computeIfAbsent(definers[k], d -> rangesOf(d, periodsOfEvents, work));
            count += parts[k].length / 2;
        }
        int[] pairs = new int[2 * count];
        int at = 0;
        for (int[] part : parts) {
            System.arraycopy(part, 0, pairs, at, part.length);
            at += part.length;
        }
        int[] merged = definers.length == 1 ? pairs : Periods.merge(pairs, count, work);
        int total = 0;
        for (int r = 0; r < merged.length; r += 2) {
            total += merged[r + 1] - merged[r] + 1;
        }
        int[] result = new int[total];
        int i = 0;
        for (int r = 0; r < merged.length; r += 2) {
            for (int p = merged[r]; p <= merged[r + 1]; p++) {
                result[i++] = p;
                work.step();
            }
        }
        return result;
    }

    private int[] rangesOf(int definer, Periods periodsOfEvents, Work work) {
        int[] group = inheritance.group(definer);
        int[] pairs = new int[2 * group.length];
        int count = 0;
        for (int i : group) {
            Event e = dataset.events().get(i);
            int first = periodsOfEvents.first(e);
            if (first >= 0) {
                pairs[2 * count] = first;
                pairs[2 * count++ + 1] = periodsOfEvents.last(e);
            }
            work.step();
        }
        return Periods.merge(pairs, count, work);
    }

    private static Granularity chooseGranularity(List<Event> events) {
        if (events.isEmpty()) {
            return Granularity.DAY;
        }
        LocalDate min = events.get(0).start();
        LocalDate max = events.get(0).end();
        for (Event e : events) {
            min = e.start().isBefore(min) ? e.start() : min;
            max = e.end().isAfter(max) ? e.end() : max;
        }
        if (ChronoUnit.DAYS.between(min, max) < MAX_DAYS) {
            return Granularity.DAY;
        }
        return ChronoUnit.MONTHS.between(min.withDayOfMonth(1), max.withDayOfMonth(1)) < MAX_MONTHS
                ? Granularity.MONTH : Granularity.YEAR;
    }

    private static String searchText(Place place) {
        var sb = new StringBuilder();
        for (String n : place.names().all()) {
            sb.append(TextFold.fold(n)).append('\n');
        }
        if (place.note() != null) {
            sb.append(TextFold.fold(place.note().pl())).append('\n').append(TextFold.fold(place.note().en()));
        }
        return sb.toString();
    }
}
