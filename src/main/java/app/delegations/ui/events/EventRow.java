package app.delegations.ui.events;

import app.delegations.data.Checkpoint;
import app.delegations.data.LoadCancelled;
import app.delegations.data.Work;
import app.delegations.index.DatasetIndex;
import app.delegations.index.PlaceEntry;
import app.delegations.model.Dataset;
import app.delegations.model.Event;
import app.delegations.model.Participation;
import app.delegations.model.PlaceRole;
import app.delegations.ui.common.Formats;
import app.delegations.ui.common.Messages;
import java.text.CollationKey;
import java.text.Collator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One row of the Events table in one UI language: the texts shown, their collation keys, the event's place in
 * the tree ({@link EventTree}) and its number of participating places, computed once (off the UI thread) so that
 * sorting compares precomputed keys. Each event has two rows sharing these: the tree row, whose title is shown
 * indented by nesting depth (the table's default order), and its {@linkplain #flat() flat} twin, shown without
 * indentation when the table is sorted by a column. The twins are different objects, so the table shows the
 * change of indentation in every cell when the order changes; both copy the plain title.
 * Past 250 lines because what a row shows of other records (its venue or place, parent, presenters) is read
 * where the row is made, and an update's test of whether a row shows the same ({@link #rebuild}) must read the
 * same records: the two are kept side by side.
 */
public final class EventRow {
    /** One em space per level of nesting: visible indentation that Ctrl+C does not copy. */
    static final String INDENT = "\u2003";

    private final Event event;
    private final int treeIndex;
    private final int depth;
    private final String dates;
    private final String title;
    private final CollationKey titleKey;
    private final String kind;
    private final CollationKey kindKey;
    private final String place;
    private final CollationKey placeKey;
    private final String parent;
    private final CollationKey parentKey;
    private final int places;
    private final String presenters;
    private final CollationKey presentersKey;
    private final String shownTitle;
    private EventRow flat;

    private EventRow(Event event, int treeIndex, int depth, String dates, String title, CollationKey titleKey,
                     String kind, CollationKey kindKey, String place, CollationKey placeKey, String parent,
                     CollationKey parentKey, int places, String presenters, CollationKey presentersKey,
                     boolean indented) {
        this.event = event;
        this.treeIndex = treeIndex;
        this.depth = depth;
        this.dates = dates;
        this.title = title;
        this.titleKey = titleKey;
        this.kind = kind;
        this.kindKey = kindKey;
        this.place = place;
        this.placeKey = placeKey;
        this.parent = parent;
        this.parentKey = parentKey;
        this.places = places;
        this.presenters = presenters;
        this.presentersKey = presentersKey;
        this.shownTitle = indented ? INDENT.repeat(depth) + title : title;
    }

    /**
     * Tree rows for every event of the index's dataset, in tree order ({@link EventTree}), with texts and keys in
     * the given language; asks {@code checkpoint} every {@link Work#CHECK_EVERY} rows and throws
     * {@link LoadCancelled} when it says the load is cancelled.
     */
    public static List<EventRow> build(DatasetIndex index, Messages messages, Checkpoint checkpoint) {
        return rebuild(null, List.of(), index, messages, checkpoint);
    }

    /**
     * {@link #build} for {@code index}, an update of {@code before} whose rows (in the same language) are
     * {@code previous}: the row of {@code previous} is taken again, not made, for every event that is the same
     * object at the same place in the tree, with the same number of places, whose venue or place, parent and
     * presenting places are the same objects in both (all its row shows), so that it is {@link #sameAs} the row
     * it stands for.
     */
    public static List<EventRow> rebuild(DatasetIndex before, List<EventRow> previous, DatasetIndex index,
                                         Messages messages, Checkpoint checkpoint) {
        var was = new HashMap<String, EventRow>(previous.size() * 2);
        for (EventRow r : previous) {
            was.put(r.id(), r);
        }
        var work = new Work(checkpoint);
        Locale locale = messages.locale();
        Collator collator = Collator.getInstance(locale);
        collator.setStrength(Collator.TERTIARY);
        var shared = new HashMap<String, CollationKey>();
        var formats = new Formats(locale);
        Dataset data = index.dataset();
        List<EventTree.Node> tree = EventTree.order(index, work);
        var rows = new ArrayList<EventRow>(tree.size());
        for (EventTree.Node n : tree) {
            Event e = n.event();
            EventRow old = was.get(e.id());
            if (old != null && old.event == e && old.treeIndex == rows.size() && old.depth == n.depth()
                    && showsTheSame(before, index, e) && old.places == index.participants(e).size()) {
                rows.add(old);
                work.step();
                continue;
            }
            String title = e.title().in(locale);
            String kind = messages.label("event", e.kind().json());
            String where = e.venue() != null ? data.venue(e.venue()).map(v -> v.names().in(locale)).orElse(e.venue())
                    : e.place() != null ? placeName(index, e.place(), locale) : "";
            String parent = e.parent() == null ? ""
                    : data.event(e.parent()).map(p -> p.title().in(locale)).orElse(e.parent());
            String presenters = presenters(index, e, locale);
            var row = new EventRow(e, rows.size(), n.depth(), formats.range(e.start(), e.end()), title,
                    collator.getCollationKey(title), kind, key(shared, collator, kind), where,
                    key(shared, collator, where), parent, key(shared, collator, parent),
                    index.participants(e).size(), presenters, key(shared, collator, presenters), true);
            row.flat = new EventRow(e, row.treeIndex, n.depth(), row.dates, title, row.titleKey, kind, row.kindKey,
                    where, row.placeKey, parent, row.parentKey, row.places, presenters, row.presentersKey, false);
            row.flat.flat = row.flat;
            rows.add(row);
            work.step();
        }
        return rows;
    }

    /** True when what a row of {@code e} shows of other records is the same objects in both indexes. */
    private static boolean showsTheSame(DatasetIndex before, DatasetIndex after, Event e) {
        Dataset a = before.dataset();
        Dataset b = after.dataset();
        if (e.venue() != null ? a.venue(e.venue()).orElse(null) != b.venue(e.venue()).orElse(null)
                : e.place() != null && !samePlace(before, after, e.place())) {
            return false;
        }
        if (e.parent() != null && a.event(e.parent()).orElse(null) != b.event(e.parent()).orElse(null)) {
            return false;
        }
        for (Participation p : e.participants()) {
            if (p.role() == PlaceRole.PRESENTER && !samePlace(before, after, p.place())) {
                return false;
            }
        }
        return true;
    }

    private static boolean samePlace(DatasetIndex before, DatasetIndex after, String id) {
        PlaceEntry a = before.entry(id);
        PlaceEntry b = after.entry(id);
        return a == null ? b == null : b != null && a.place() == b.place();
    }

    private static String placeName(DatasetIndex index, String placeId, Locale locale) {
        PlaceEntry entry = index.entry(placeId);
        return entry == null ? placeId : entry.place().names().in(locale);
    }

    /** The places named as presenters at the event itself (not through its parent), in the file's order. */
    private static String presenters(DatasetIndex index, Event e, Locale locale) {
        var names = new ArrayList<String>();
        for (Participation p : e.participants()) {
            if (p.role() == PlaceRole.PRESENTER) {
                names.add(placeName(index, p.place(), locale));
            }
        }
        return String.join(", ", names);
    }

    private static CollationKey key(Map<String, CollationKey> shared, Collator collator, String s) {
        return shared.computeIfAbsent(s, collator::getCollationKey);
    }

    public Event event() {
        return event;
    }

    public String id() {
        return event.id();
    }

    /** This row without indentation: what a table sorted by a column shows (itself, for a flat row). */
    public EventRow flat() {
        return flat;
    }

    /** The row's position in tree order: the default order and the last tie-breaker of every sort. */
    int treeIndex() {
        return treeIndex;
    }

    /** How many events it is nested in: 0 for a top-level event. */
    public int depth() {
        return depth;
    }

    /** Start to end day in the UI language ({@link Formats#range}). */
    public String dates() {
        return dates;
    }

    /** The title in the UI language, as copied. */
    public String title() {
        return title;
    }

    /** The title as the table shows it: indented by {@link #depth} for a tree row. */
    public String shownTitle() {
        return shownTitle;
    }

    public String kind() {
        return kind;
    }

    /** The venue's name, or else the place's; empty when the event names neither. */
    public String place() {
        return place;
    }

    /** The title of the event it is part of; empty for a top-level event. */
    public String parent() {
        return parent;
    }

    /** How many places take part, through the parent when the event names none ({@link DatasetIndex#participants}). */
    public int places() {
        return places;
    }

    /** The names of the places presenting at it, comma-separated. */
    public String presenters() {
        return presenters;
    }

    /** The text of a column, as copied. */
    public String text(EventColumn column) {
        return switch (column) {
            case DATES -> dates;
            case TITLE -> title;
            case KIND -> kind;
            case PLACE -> place;
            case PARENT -> parent;
            case PLACES -> Integer.toString(places);
            case PRESENTERS -> presenters;
        };
    }

    /** Compares rows by one column's precomputed key; dates by start day, then end day, then the event's order. */
    static int compare(EventColumn column, EventRow a, EventRow b) {
        return switch (column) {
            case DATES -> compareDates(a.event, b.event);
            case TITLE -> a.titleKey.compareTo(b.titleKey);
            case KIND -> a.kindKey.compareTo(b.kindKey);
            case PLACE -> a.placeKey.compareTo(b.placeKey);
            case PARENT -> a.parentKey.compareTo(b.parentKey);
            case PLACES -> Integer.compare(a.places, b.places);
            case PRESENTERS -> a.presentersKey.compareTo(b.presentersKey);
        };
    }

    private static int compareDates(Event a, Event b) {
        int c = a.start().compareTo(b.start());
        if (c == 0) {
            c = a.end().compareTo(b.end());
        }
        return c != 0 ? c : Integer.compare(a.order(), b.order());
    }

    /**
     * True when {@code other} (a row of the same event, in the same language) shows the same and stands at the
     * same place in the tree: an update keeps the old row then.
     */
    public boolean sameAs(EventRow other) {
        return event.equals(other.event) && treeIndex == other.treeIndex && depth == other.depth
                && places == other.places && dates.equals(other.dates) && title.equals(other.title)
                && kind.equals(other.kind) && place.equals(other.place) && parent.equals(other.parent)
                && presenters.equals(other.presenters);
    }

    @Override
    public String toString() {
        return title;
    }
}
