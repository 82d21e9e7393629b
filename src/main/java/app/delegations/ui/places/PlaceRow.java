package app.delegations.ui.places;

import app.delegations.data.Checkpoint;
import app.delegations.data.LoadCancelled;
import app.delegations.model.PlaceRole;
import app.delegations.ui.common.Messages;
import app.delegations.ui.common.SameParts;
import app.delegations.data.Work;
import app.delegations.index.DatasetIndex;
import app.delegations.index.PlaceEntry;
import app.delegations.index.PlaceMeetings;
import app.delegations.model.Event;
import app.delegations.ui.common.DataColumn.Days;
import app.delegations.ui.common.Formats;
import java.text.CollationKey;
import java.text.Collator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.StringJoiner;

/**
 * One row of the Places table in one UI language: the texts shown and their collation keys, computed once
 * (off the UI thread) so that sorting compares precomputed keys instead of calling cell factories.
 */
public final class PlaceRow {
    private final PlaceEntry entry;
    private final String name;
    private final CollationKey nameKey;
    private final String nativeName;
    private final CollationKey nativeKey;
    private final String kind;
    private final CollationKey kindKey;
    private final String countryCode;
    private final String country;
    private final CollationKey countryKey;
    private final String role;
    private final int roleRank;
    private final CollationKey roleKey;
    private final int meetings;
    /** The latest meeting's first and last day, or null when the place took part in no event. */
    private final Days latest;
    private final String latestText;

    private PlaceRow(PlaceEntry entry, String name, CollationKey nameKey, String nativeName, CollationKey nativeKey,
                     String kind, CollationKey kindKey, String country, CollationKey countryKey, String role, int roleRank,
                     CollationKey roleKey, int meetings, Days latest, String latestText) {
        this.entry = entry;
        this.name = name;
        this.nameKey = nameKey;
        this.nativeName = nativeName;
        this.nativeKey = nativeKey;
        this.kind = kind;
        this.kindKey = kindKey;
        this.countryCode = entry.place().country();
        this.country = country;
        this.countryKey = countryKey;
        this.role = role;
        this.roleRank = roleRank;
        this.roleKey = roleKey;
        this.meetings = meetings;
        this.latest = latest;
        this.latestText = latestText;
    }

    /**
     * Rows for every place of the index, in the file's order, with texts and keys in the given language; the
     * meetings are the index's ({@link DatasetIndex#meetings}), read once per row.
     */
    public static List<PlaceRow> build(DatasetIndex index, Messages messages) {
        return build(index, messages, Checkpoint.NONE);
    }

    /**
     * {@link #build(DatasetIndex, Messages)}, asking {@code checkpoint} every {@link Work#CHECK_EVERY} rows;
     * throws {@link LoadCancelled} when it says the load is cancelled.
     */
    public static List<PlaceRow> build(DatasetIndex index, Messages messages, Checkpoint checkpoint) {
        return build(index, messages, checkpoint, List.of());
    }

    /**
     * {@link #build(DatasetIndex, Messages, Checkpoint)} for an update of the data {@code previous} was made for (in
     * the same language): the row of {@code previous} is taken again, not made, for every place whose index entry
     * is made of the same objects and numbers (so that it is {@link #sameAs} the row it stands for).
     */
    public static List<PlaceRow> build(DatasetIndex index, Messages messages, Checkpoint checkpoint,
                                       List<PlaceRow> previous) {
        var was = new HashMap<String, PlaceRow>(previous.size() * 2);
        for (PlaceRow r : previous) {
            was.put(r.id(), r);
        }
        var work = new Work(checkpoint);
        Collator collator = Collator.getInstance(messages.locale());
        collator.setStrength(Collator.TERTIARY);
        var shared = new HashMap<String, CollationKey>();
        var rows = new ArrayList<PlaceRow>(index.entries().size());
        var formats = new Formats(messages.locale());
        PlaceMeetings meetings = index.meetings();
        var latestOf = new IdentityHashMap<Event, Days>(); // places sharing a latest meeting share its days and text
        var dayTexts = new HashMap<Days, String>();
        for (PlaceEntry e : index.entries()) {
            int count = meetings.count(e);
            Event last = meetings.latest(e);
            Days latest = last == null ? null : latestOf.computeIfAbsent(last, x -> new Days(x.start(), x.end()));
            PlaceRow old = was.get(e.id());
            if (old != null && SameParts.entries(old.entry, e) && old.meetings == count
                    && Objects.equals(old.latest, latest)) {
                rows.add(old);
                work.step();
                continue;
            }
            var names = e.place().names();
            String name = names.in(messages.locale());
            String kind = messages.label("kind", e.place().kind().json());
            String country = e.country() == null ? e.place().country() : e.country().names().in(messages.locale());
            String role = roles(e, messages);
            rows.add(new PlaceRow(e, name, collator.getCollationKey(name), names.nativeName(),
                    collator.getCollationKey(names.nativeName()), kind, key(shared, collator, kind), country,
                    key(shared, collator, country), role, roleRank(e), key(shared, collator, role), count, latest,
                    latest == null ? "" : dayTexts.computeIfAbsent(latest, d -> formats.range(d.first(), d.last()))));
            work.step();
        }
        return rows;
    }

    private static CollationKey key(Map<String, CollationKey> shared, Collator collator, String s) {
        return shared.computeIfAbsent(s, collator::getCollationKey);
    }

    /**
     * Every role the place is named with, in the UI's language, in the order {@link PlaceRole} declares them (the
     * same in every language): "Participant, Presenter"; empty for a place named at no event.
     */
    private static String roles(PlaceEntry e, Messages messages) {
        var labels = new StringJoiner(", ");
        for (PlaceRole r : PlaceRole.values()) {
            if (e.roles().contains(r)) {
                labels.add(messages.label("role", r.json()));
            }
        }
        return labels.toString();
    }

    /** Its most notable role first: host, then presenter, then participant, then places with no role. */
    private static int roleRank(PlaceEntry e) {
        if (e.roles().contains(PlaceRole.HOST)) {
            return 0;
        }
        if (e.roles().contains(PlaceRole.PRESENTER)) {
            return 1;
        }
        return e.roles().contains(PlaceRole.PARTICIPANT) ? 2 : 3;
    }

    public PlaceEntry entry() {
        return entry;
    }

    public String id() {
        return entry.id();
    }

    public String name() {
        return name;
    }

    public String nativeName() {
        return nativeName;
    }

    public String kind() {
        return kind;
    }

    public String countryCode() {
        return countryCode;
    }

    public String country() {
        return country;
    }

    public String role() {
        return role;
    }

    /** How many events the place took part in ({@link PlaceMeetings#count}). */
    public int meetings() {
        return meetings;
    }

    /** The first and last day of its latest meeting ({@link PlaceMeetings#latest}), or null when it had none. */
    public Days latest() {
        return latest;
    }

    /** The text of a column, as shown and copied. */
    public String text(PlaceColumn column) {
        return switch (column) {
            case NAME -> name;
            case NATIVE -> nativeName;
            case KIND -> kind;
            case COUNTRY -> country; // the code is the cell's badge: copied and exported, the name alone
            case MEETINGS -> Integer.toString(meetings);
            case LAST_MEETING -> latestText;
            case ROLE -> role;
        };
    }

    /** Compares rows by one column's precomputed key. */
    public static int compare(PlaceColumn column, PlaceRow a, PlaceRow b) {
        return switch (column) {
            case NAME -> a.nameKey.compareTo(b.nameKey);
            case NATIVE -> a.nativeKey.compareTo(b.nativeKey);
            case KIND -> a.kindKey.compareTo(b.kindKey);
            case COUNTRY -> a.countryKey.compareTo(b.countryKey);
            case MEETINGS -> Integer.compare(a.meetings, b.meetings);
            case LAST_MEETING -> compareLatest(a.latest, b.latest);
            case ROLE -> a.roleRank != b.roleRank ? Integer.compare(a.roleRank, b.roleRank) : a.roleKey.compareTo(b.roleKey);
        };
    }

    /** By the first day, then the last; no meetings first (the table puts it last: SortKey.blanksLast). */
    private static int compareLatest(Days a, Days b) {
        if (a == null || b == null) {
            return a == null ? (b == null ? 0 : -1) : 1;
        }
        int byFirst = a.first().compareTo(b.first());
        return byFirst != 0 ? byFirst : a.last().compareTo(b.last());
    }

    /**
     * True when {@code other} (a row of the same place, in the same language) shows the same and the filter and
     * the file's order read the same of it: its index entry is equal (the place, its country, roles, search text
     * and position), and so are its number of meetings and its latest meeting's days. An update keeps the old row
     * then.
     */
    public boolean sameAs(PlaceRow other) {
        return entry.equals(other.entry) && meetings == other.meetings && Objects.equals(latest, other.latest);
    }

    @Override
    public String toString() {
        return name;
    }
}
