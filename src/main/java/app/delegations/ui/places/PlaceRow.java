package app.delegations.ui.places;

import app.delegations.data.Checkpoint;
import app.delegations.data.LoadCancelled;
import app.delegations.model.PlaceRole;
import app.delegations.ui.common.Messages;
import app.delegations.ui.common.SameParts;
import app.delegations.data.Work;
import app.delegations.index.DatasetIndex;
import app.delegations.index.PlaceEntry;
import java.text.CollationKey;
import java.text.Collator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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

    private PlaceRow(PlaceEntry entry, String name, CollationKey nameKey, String nativeName, CollationKey nativeKey,
                     String kind, CollationKey kindKey, String country, CollationKey countryKey, String role, int roleRank) {
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
    }

    /** Rows for every place of the index, in the file's order, with texts and keys in the given language. */
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
        for (PlaceEntry e : index.entries()) {
            PlaceRow old = was.get(e.id());
            if (old != null && SameParts.entries(old.entry, e)) {
                rows.add(old);
                work.step();
                continue;
            }
            var names = e.place().names();
            String name = names.in(messages.locale());
            String kind = messages.label("kind", e.place().kind().json());
            String country = e.country() == null ? e.place().country() : e.country().names().in(messages.locale());
            int rank = roleRank(e);
            String role = rank < RANKED.length ? messages.label("role", RANKED[rank].json()) : "";
            rows.add(new PlaceRow(e, name, collator.getCollationKey(name), names.nativeName(),
                    collator.getCollationKey(names.nativeName()), kind, key(shared, collator, kind), country,
                    key(shared, collator, country), role, rank));
            work.step();
        }
        return rows;
    }

    private static CollationKey key(Map<String, CollationKey> shared, Collator collator, String s) {
        return shared.computeIfAbsent(s, collator::getCollationKey);
    }

    /** The roles in the order of {@link #roleRank}: the table shows a place's most notable role. */
    private static final PlaceRole[] RANKED = {PlaceRole.HOST, PlaceRole.PRESENTER, PlaceRole.PARTICIPANT};

    /** Host first, then presenters, then participants, then places with no role. */
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

    /** The text of a column, as shown and copied. */
    public String text(PlaceColumn column) {
        return switch (column) {
            case NAME -> name;
            case NATIVE -> nativeName;
            case KIND -> kind;
            case COUNTRY -> countryCode + " " + country;
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
            case ROLE -> Integer.compare(a.roleRank, b.roleRank);
        };
    }

    /**
     * True when {@code other} (a row of the same place, in the same language) shows the same and the filter and
     * the file's order read the same of it: its index entry is equal (the place, its country, roles, search text
     * and position). An update keeps the old row then.
     */
    public boolean sameAs(PlaceRow other) {
        return entry.equals(other.entry);
    }

    @Override
    public String toString() {
        return name;
    }
}
