package app.delegations.ui.organisations;

import app.delegations.data.Checkpoint;
import app.delegations.data.LoadCancelled;
import app.delegations.data.Work;
import app.delegations.index.DatasetIndex;
import app.delegations.index.PlaceEntry;
import app.delegations.model.Organisation;
import app.delegations.ui.common.Messages;
import app.delegations.ui.common.SameParts;
import java.text.CollationKey;
import java.text.Collator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One row of the Organisations table in one UI language: the texts shown, their collation keys and the folded
 * text the search looks in, computed once (off the UI thread) so that sorting compares precomputed keys and
 * filtering tests a string.
 */
public final class OrganisationRow {
    private final Organisation organisation;
    private final int fileIndex;
    private final String name;
    private final CollationKey nameKey;
    private final String kind;
    private final CollationKey kindKey;
    private final PlaceEntry place;
    private final String placeName;
    private final CollationKey placeKey;
    private final String countryCode;
    private final String folded;

    private OrganisationRow(Organisation organisation, int fileIndex, String name, CollationKey nameKey, String kind,
                            CollationKey kindKey, PlaceEntry place, String placeName, CollationKey placeKey,
                            String folded) {
        this.organisation = organisation;
        this.fileIndex = fileIndex;
        this.name = name;
        this.nameKey = nameKey;
        this.kind = kind;
        this.kindKey = kindKey;
        this.place = place;
        this.placeName = placeName;
        this.placeKey = placeKey;
        this.countryCode = place == null ? "" : place.place().country();
        this.folded = folded;
    }

    /**
     * Rows for every organisation of the index's dataset, in the file's order, with texts and keys in the given
     * language; asks {@code checkpoint} every {@link Work#CHECK_EVERY} rows and throws {@link LoadCancelled}
     * when it says the load is cancelled.
     */
    public static List<OrganisationRow> build(DatasetIndex index, Messages messages, Checkpoint checkpoint) {
        return rebuild(null, List.of(), index, messages, checkpoint);
    }

    /**
     * {@link #build} for {@code index}, an update of {@code before} whose rows (in the same language) are
     * {@code previous}: the row of {@code previous} is taken again, not made, for every organisation that is the
     * same object at the same position, with the same place entry and search text (all its row shows), so that it
     * is {@link #sameAs} the row it stands for.
     */
    public static List<OrganisationRow> rebuild(DatasetIndex before, List<OrganisationRow> previous,
                                                DatasetIndex index, Messages messages, Checkpoint checkpoint) {
        var was = new HashMap<String, OrganisationRow>(previous.size() * 2);
        for (OrganisationRow r : previous) {
            was.put(r.id(), r);
        }
        var work = new Work(checkpoint);
        Collator collator = Collator.getInstance(messages.locale());
        collator.setStrength(Collator.TERTIARY);
        var shared = new HashMap<String, CollationKey>();
        List<Organisation> organisations = index.dataset().organisations();
        var rows = new ArrayList<OrganisationRow>(organisations.size());
        for (Organisation o : organisations) {
            PlaceEntry place = o.place() == null ? null : index.entry(o.place());
            OrganisationRow old = was.get(o.id());
            if (old != null && old.organisation == o && old.fileIndex == rows.size()
                    && SameParts.entries(old.place, place) && old.folded.equals(index.organisationSearchText(o))) {
                rows.add(old);
                work.step();
                continue;
            }
            String name = o.names().in(messages.locale());
            String kind = messages.label("organisation", o.kind().json());
            String placeName = place != null ? place.place().names().in(messages.locale())
                    : o.place() == null ? "" : o.place();
            rows.add(new OrganisationRow(o, rows.size(), name, collator.getCollationKey(name), kind,
                    key(shared, collator, kind), place, placeName, key(shared, collator, placeName), index.organisationSearchText(o)));
            work.step();
        }
        return rows;
    }

    private static CollationKey key(Map<String, CollationKey> shared, Collator collator, String s) {
        return shared.computeIfAbsent(s, collator::getCollationKey);
    }

    public Organisation organisation() {
        return organisation;
    }

    public String id() {
        return organisation.id();
    }

    /** The organisation's position in the file: the last tie-breaker of every sort. */
    int fileIndex() {
        return fileIndex;
    }

    /** The name in the UI language. */
    public String name() {
        return name;
    }

    public String kind() {
        return kind;
    }

    /** The place it belongs to, or null when it names none (or one the file does not define). */
    public PlaceEntry place() {
        return place;
    }

    /** The place's name in the UI language; empty without a place. */
    public String placeName() {
        return placeName;
    }

    /** The place's country code; empty without a place. */
    public String countryCode() {
        return countryCode;
    }

    /** Its folded search text ({@link DatasetIndex#organisationSearchText}). */
    String searchText() {
        return folded;
    }

    /** The text of a column, as shown and copied. */
    public String text(OrganisationColumn column) {
        return switch (column) {
            case NAME -> name;
            case KIND -> kind;
            case PLACE -> placeName; // the code is the cell's badge, not its text (what is copied, exported, read aloud)
        };
    }

    /** Compares rows by one column's precomputed key. */
    static int compare(OrganisationColumn column, OrganisationRow a, OrganisationRow b) {
        return switch (column) {
            case NAME -> a.nameKey.compareTo(b.nameKey);
            case KIND -> a.kindKey.compareTo(b.kindKey);
            case PLACE -> a.placeKey.compareTo(b.placeKey);
        };
    }

    /**
     * True when {@code other} (a row of the same organisation, in the same language) shows the same, at the same
     * position in the file, with the same place entry and search text the filter reads: an update keeps the old
     * row then.
     */
    public boolean sameAs(OrganisationRow other) {
        return fileIndex == other.fileIndex && organisation.equals(other.organisation) && name.equals(other.name)
                && kind.equals(other.kind) && Objects.equals(place, other.place) && placeName.equals(other.placeName)
                && folded.equals(other.folded);
    }

    @Override
    public String toString() {
        return name;
    }
}
