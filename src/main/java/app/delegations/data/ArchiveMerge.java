package app.delegations.data;

import app.delegations.model.Citation;
import app.delegations.model.Country;
import app.delegations.model.Dataset;
import app.delegations.model.Event;
import app.delegations.model.Source;
import app.delegations.text.Msg;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Makes one set of records of the files of an archive, each valid on its own: a record defined in several files
 * is one record, owned by the first file in name order that defines it; its definitions must agree in every
 * field but their evidence, whose citations are joined (the owner's first, then each other file's that are new,
 * in name order). Quotes of a source another file defines have been found before ({@link ForeignQuotes}).
 * Then the checks that need every file: references, the countries taken from the reference list, the events'
 * parents, dates and order numbers, and sources no file cites. Linear: one hash lookup per record and per
 * reference; two definitions are compared only when their ids collide.
 */
final class ArchiveMerge {
    /** The first definition of an id, and the evidence joined so far (null while no other file added any). */
    private static final class Owner<T> {
        final int part;
        final int index;
        final T record;
        List<Citation> evidence;
        Set<Citation> seen;

        Owner(int part, int index, T record) {
            this.part = part;
            this.index = index;
            this.record = record;
        }
    }

    private final List<ArchivePart> parts;
    private final CountryReference countries;
    private final Work work;
    private final ArchiveProblems problems;
    private final Checkpoint checkpoint;
    private final Map<Ids.Kind, Map<String, ?>> owners = new EnumMap<>(Ids.Kind.class);
    private final Map<String, Owner<Source>> sourceOwners = new LinkedHashMap<>();
    private final Map<String, Owner<Event>> eventOwners = new LinkedHashMap<>();
    /** Per file: its records, with the quotes of other files' sources found ({@link ForeignQuotes}). */
    private final List<ForeignQuotes.Resolved> resolved;
    /**
     * Per part and section, where each of its records stands in the merged list, bitwise inverted ({@code ~}) for a
     * record whose id another part defines too (for {@link MergeMemo}).
     */
    private final int[][][] positions;

    ArchiveMerge(List<ArchivePart> parts, List<ForeignQuotes.Resolved> resolved, CountryReference countries,
                 Checkpoint checkpoint) {
        this.parts = parts;
        this.countries = countries;
        this.checkpoint = checkpoint;
        this.work = new Work(checkpoint);
        this.problems = new ArchiveProblems(parts);
        this.resolved = resolved;
        this.positions = new int[parts.size()][MergeMemo.SECTIONS.size()][];
    }

    /**
     * The merged dataset (null when there are errors), the problems found over all files, and what the next merge
     * of the same files with some changed may start from (null unless no problem was found).
     */
    record Merged(Dataset dataset, List<Problem> problems, MergeMemo memo) {
    }

    Merged merge() {
        for (int p = 0; p < parts.size(); p++) {
            for (ForeignQuotes.NotFound q : resolved.get(p).notFound()) {
                problems.error(p, q.at(), q.path(), q.message());
            }
        }
        var sources = section(Section.SOURCES, sourceOwners);
        var countryList = section(Section.COUNTRIES, new LinkedHashMap<>());
        var places = section(Section.PLACES, new LinkedHashMap<>());
        var venues = section(Section.VENUES, new LinkedHashMap<>());
        var organisations = section(Section.ORGANISATIONS, new LinkedHashMap<>());
        var people = section(Section.PEOPLE, new LinkedHashMap<>());
        var events = section(Section.EVENTS, eventOwners);
        countryList.addAll(references());
        eventChecks();
        uncitedSources();
        List<Problem> located = problems.list();
        Dataset dataset = problems.errorCount() > 0 ? null : new Dataset(Dataset.SCHEMA_VERSION, sources,
                countryList, places, venues, organisations, people, events);
        if (dataset == null || !located.isEmpty()) {
            return new Merged(dataset, located, null);
        }
        var defined = new EnumMap<Ids.Kind, Set<String>>(Ids.Kind.class);
        owners.forEach((kind, byId) -> defined.put(kind, byId.keySet()));
        return new Merged(dataset, located, new MergeMemo(parts, resolved, dataset, defined, positions,
                MergeMemo.quotedAcross(parts)));
    }

    private <T> List<T> section(Section<T> s, Map<String, Owner<T>> byId) {
        owners.put(s.kind(), byId);
        int section = MergeMemo.SECTIONS.indexOf(s);
        for (int p = 0; p < parts.size(); p++) {
            List<T> items = s.list().apply(resolved.get(p).dataset());
            int[] at = positions[p][section] = new int[items.size()];
            for (int i = 0; i < items.size(); i++) {
                work.step();
                T t = items.get(i);
                String id = s.id().apply(t);
                Owner<T> o = byId.get(id);
                if (o == null) {
                    at[i] = byId.size();
                    byId.put(id, new Owner<>(p, i, t));
                    continue;
                }
                int owner = positions[o.part][section][o.index];
                int merged = owner < 0 ? ~owner : owner;
                at[i] = ~merged;
                positions[o.part][section][o.index] = ~merged;
                if (!o.record.equals(t)) {
                    String field = RecordDiff.first(o.record, t, "evidence");
                    if (field != null) {
                        differs(s, id, p, i, o, field);
                    } else {
                        join(o, s.evidence().apply(o.record), s.evidence().apply(t));
                    }
                }
            }
        }
        var out = new ArrayList<T>(byId.size());
        for (Owner<T> o : byId.values()) {
            out.add(o.evidence == null ? o.record : s.withEvidence().apply(o.record, List.copyOf(o.evidence)));
        }
        return out;
    }

    private static void join(Owner<?> o, List<Citation> first, List<Citation> more) {
        if (o.evidence == null) {
            o.evidence = new ArrayList<>(first);
            o.seen = new HashSet<>(first);
        }
        for (Citation c : more) {
            if (o.seen.add(c)) {
                o.evidence.add(c);
            }
        }
    }

    private void differs(Section<?> s, String id, int part, int index, Owner<?> o, String field) {
        long at = parts.get(part).open().ids().where(s.kind(), id);
        long ownerAt = parts.get(o.part).open().ids().where(s.kind(), id);
        problems.error(part, at, s.name() + "[" + index + "]",
                new ArchiveProblems.Other(o.part, ownerAt, s.name() + "[" + o.index + "]"),
                (other, owner) -> Msg.of("problem.archive.differs", other, owner, field, TextRules.quoted(id)));
    }

    /** Reports references no file resolves; returns the countries taken from the reference list. */
    private List<Country> references() {
        var fromReference = new LinkedHashMap<String, Country>();
        for (int p = 0; p < parts.size(); p++) {
            for (Ids.Ref r : parts.get(p).open().unresolved()) {
                work.step();
                if (owners.get(r.kind()).containsKey(r.id()) || fromReference.containsKey(r.id())) {
                    continue;
                }
                if (r.kind() == Ids.Kind.COUNTRY) {
                    Optional<Country> c = countries.country(r.id());
                    if (c.isPresent()) {
                        fromReference.put(r.id(), c.get());
                        continue;
                    }
                }
                problems.error(p, r.at(), r.path().toString(), Msg.of("problem.archive.ref",
                        TextRules.quoted(r.id()), r.kind().undefined));
            }
        }
        return new ArrayList<>(fromReference.values());
    }

    /** Parents, dates and order numbers of the merged events (each as its owner file defines it). */
    private void eventChecks() {
        var events = eventOwners;
        var located = new ArrayList<EventParser.Located>(events.size());
        int[] partOf = new int[events.size()];
        for (Owner<Event> o : events.values()) {
            work.step();
            partOf[located.size()] = o.part;
            located.add(parts.get(o.part).open().events().get(o.index));
        }
        new EventChecks(located, checkpoint, (i, at, path, message) -> problems.error(partOf[i], at,
                path.path().toString(), message)).check();
    }

    private void uncitedSources() {
        var cited = new HashSet<String>();
        for (ArchivePart p : parts) {
            cited.addAll(p.open().sources().cited());
        }
        for (Owner<Source> o : sourceOwners.values()) {
            String id = o.record.id();
            if (!cited.contains(id)) {
                SourceTable.Entry e = parts.get(o.part).open().sources().get(id);
                problems.warning(o.part, e.at(), e.path().toString(), Msg.of("problem.source.uncited",
                        TextRules.quoted(id)));
            }
        }
    }
}
