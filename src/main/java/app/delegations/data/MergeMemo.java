package app.delegations.data;

import app.delegations.model.Dataset;
import app.delegations.model.Event;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What a merge of an archive's files that found no problem keeps for the next merge, so that a change to a few
 * files (an edit checked, a file changed on disk) costs those files' records and references, each looked up in
 * what was kept, and a copy of the merged lists into a new dataset: no other file's records are compared or its
 * references resolved again ({@link #update}). The update answers only where it is sure to give
 * what {@link ArchiveMerge} gives for the same files: the changed files define the same ids, in the same order, as
 * before, each record whose id another file defines too is unchanged, nobody else quotes their sources, every
 * reference of theirs resolves, the countries taken from the reference list stay the same, no source becomes
 * uncited, and, when an event's parent, dates or order number changed, the checks over all events
 * ({@link EventChecks}, run on the merged events) find nothing. Anywhere else (and wherever a problem would be
 * found) it declines, and the archive is merged in full: the merge stays the one set of rules. Immutable.
 */
final class MergeMemo {
    static final List<Section<?>> SECTIONS = List.of(Section.SOURCES, Section.COUNTRIES, Section.PLACES,
            Section.VENUES, Section.ORGANISATIONS, Section.PEOPLE, Section.EVENTS);

    private final List<ArchivePart> parts;
    private final List<ForeignQuotes.Resolved> resolved;
    private final Dataset dataset;
    private final Map<Ids.Kind, ? extends Set<String>> defined;
    /**
     * Per part and section, where each record stands in the merged list; bitwise inverted ({@code ~}) where another
     * part defines its id too.
     */
    private final int[][][] positions;
    /** The sources some file quotes without defining them. */
    private final Set<String> quotedAcross;

    MergeMemo(List<ArchivePart> parts, List<ForeignQuotes.Resolved> resolved, Dataset dataset,
              Map<Ids.Kind, ? extends Set<String>> defined, int[][][] positions, Set<String> quotedAcross) {
        this.parts = List.copyOf(parts);
        this.resolved = List.copyOf(resolved);
        this.dataset = Objects.requireNonNull(dataset, "dataset");
        this.defined = defined;
        this.positions = positions;
        this.quotedAcross = quotedAcross;
    }

    /** The sources the parts quote without defining them. */
    static Set<String> quotedAcross(List<ArchivePart> parts) {
        var out = new HashSet<String>();
        for (ArchivePart p : parts) {
            for (ArchivePart.Quote q : p.open().quotes()) {
                out.add(q.citation().source());
            }
        }
        return out;
    }

    /** The merge's answer and what it keeps for the next one. */
    record Update(Dataset dataset, MergeMemo memo) {
    }

    /**
     * What {@link ArchiveMerge} gives for {@code now} (the parts merged before, some replaced by parts of the same
     * files read again; each valid), with no problem; null when this memo cannot tell (merge in full).
     */
    Update update(List<ArchivePart> now, CountryReference reference, Checkpoint checkpoint) {
        if (now.size() != parts.size()) {
            return null;
        }
        var changed = new ArrayList<Integer>();
        for (int i = 0; i < now.size(); i++) {
            if (now.get(i) != parts.get(i)) {
                if (!Objects.equals(now.get(i).file(), parts.get(i).file())) {
                    return null;
                }
                changed.add(i);
            }
        }
        if (changed.isEmpty()) {
            return new Update(dataset, this);
        }
        Map<String, SourceTable.Entry> sources = ForeignQuotes.sources(now);
        var resolvedNow = new ArrayList<>(resolved);
        var quoted = new HashSet<>(quotedAcross);
        var citedBefore = new HashSet<String>();
        var citedNow = new HashSet<String>();
        boolean eventsMoved = false;
        for (int k : changed) {
            ArchivePart before = parts.get(k);
            ArchivePart after = now.get(k);
            for (SourceTable.Entry e : before.open().sources().own()) {
                if (quotedAcross.contains(e.id())) {
                    return null;
                }
            }
            ForeignQuotes.Resolved r = ForeignQuotes.resolve(after, sources, checkpoint);
            if (!r.notFound().isEmpty() || !sameIds(resolved.get(k).dataset(), r.dataset(), positions[k])
                    || !resolves(after, reference)
                    || !fromReference(before).equals(fromReference(after))) {
                return null;
            }
            eventsMoved |= !sameEventPlaces(before.result().datasetOrNull(), after.result().datasetOrNull());
            after.open().quotes().forEach(q -> quoted.add(q.citation().source()));
            citedBefore.addAll(before.open().sources().cited());
            citedNow.addAll(after.open().sources().cited());
            resolvedNow.set(k, r);
        }
        citedBefore.removeAll(citedNow);
        for (String id : citedBefore) {
            if (defined.get(Ids.Kind.SOURCE).contains(id) && now.stream().noneMatch(p -> p.open().sources()
                    .cited().contains(id))) {
                return null; // a source no file cites any more: the merge's warning
            }
        }
        if (eventsMoved && !eventsHold(now, checkpoint)) {
            return null;
        }
        var data = new Dataset(Dataset.SCHEMA_VERSION, patched(Section.SOURCES, 0, changed, resolvedNow),
                patched(Section.COUNTRIES, 1, changed, resolvedNow), patched(Section.PLACES, 2, changed, resolvedNow),
                patched(Section.VENUES, 3, changed, resolvedNow),
                patched(Section.ORGANISATIONS, 4, changed, resolvedNow), patched(Section.PEOPLE, 5, changed,
                resolvedNow), patched(Section.EVENTS, 6, changed, resolvedNow));
        return new Update(data, new MergeMemo(now, resolvedNow, data, defined, positions, quoted));
    }

    private <T> List<T> patched(Section<T> s, int section, List<Integer> changed,
                                List<ForeignQuotes.Resolved> now) {
        var out = new ArrayList<T>(s.list().apply(dataset));
        for (int k : changed) {
            List<T> items = s.list().apply(now.get(k).dataset());
            int[] at = positions[k][section];
            for (int i = 0; i < items.size(); i++) {
                if (at[i] >= 0) { // a record other parts define too is unchanged
                    out.set(at[i], items.get(i));
                }
            }
        }
        return out;
    }

    /**
     * Every section of {@code after} has the ids of {@code before}, in the same order, and the records whose ids
     * other parts define too ({@code at} -1) are unchanged.
     */
    private static boolean sameIds(Dataset before, Dataset after, int[][] at) {
        for (int s = 0; s < SECTIONS.size(); s++) {
            if (!sameIds(SECTIONS.get(s), before, after, at[s])) {
                return false;
            }
        }
        return true;
    }

    private static <T> boolean sameIds(Section<T> s, Dataset before, Dataset after, int[] at) {
        List<T> a = s.list().apply(before);
        List<T> b = s.list().apply(after);
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (at[i] < 0 ? !a.get(i).equals(b.get(i)) : !s.id().apply(a.get(i)).equals(s.id().apply(b.get(i)))) {
                return false;
            }
        }
        return true;
    }

    /** The events keep what the checks over all events read: parent, dates and order number. */
    private static boolean sameEventPlaces(Dataset before, Dataset after) {
        List<Event> a = before.events();
        List<Event> b = after.events();
        for (int i = 0; i < a.size(); i++) {
            Event x = a.get(i);
            Event y = b.get(i);
            if (!Objects.equals(x.parent(), y.parent()) || !x.start().equals(y.start())
                    || !x.end().equals(y.end()) || x.order() != y.order()) {
                return false;
            }
        }
        return true;
    }

    /** The checks over all events find nothing in the merged events of {@code now}, each as its owner has it. */
    private boolean eventsHold(List<ArchivePart> now, Checkpoint checkpoint) {
        int section = SECTIONS.indexOf(Section.EVENTS);
        var located = new EventParser.Located[dataset.events().size()];
        for (int p = 0; p < now.size(); p++) {
            List<EventParser.Located> events = now.get(p).open().events();
            int[] at = positions[p][section];
            for (int i = 0; i < at.length; i++) {
                int merged = at[i] < 0 ? ~at[i] : at[i];
                if (located[merged] == null) { // the first part in name order that defines it owns it
                    located[merged] = events.get(i);
                }
            }
        }
        boolean[] found = new boolean[1];
        new EventChecks(Arrays.asList(located), checkpoint, (i, at, path, message) -> found[0] = true).check();
        return !found[0];
    }

    /** Every reference the part leaves to other files names a record of the archive or a listed country. */
    private boolean resolves(ArchivePart part, CountryReference reference) {
        for (Ids.Ref r : part.open().unresolved()) {
            if (!defined.get(r.kind()).contains(r.id())
                    && (r.kind() != Ids.Kind.COUNTRY || reference.country(r.id()).isEmpty())) {
                return false;
            }
        }
        return true;
    }

    /** The countries the part takes from the reference list, in the order it first names them. */
    private List<String> fromReference(ArchivePart part) {
        var out = new LinkedHashSet<String>();
        for (Ids.Ref r : part.open().unresolved()) {
            if (r.kind() == Ids.Kind.COUNTRY && !defined.get(Ids.Kind.COUNTRY).contains(r.id())) {
                out.add(r.id());
            }
        }
        return new ArrayList<>(out);
    }
}
