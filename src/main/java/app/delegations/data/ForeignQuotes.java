package app.delegations.data;

import app.delegations.model.Citation;
import app.delegations.model.Dataset;
import app.delegations.text.Msg;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Finds the quotes a file of an archive takes from sources another file defines, in those sources' texts (each
 * source as the first file in name order that defines it has it), and gives the file's records with those
 * citations located. One file at a time, so that files are resolved in parallel; a source's quote index is used
 * by one thread at a time. A source defined nowhere is left to the reference check.
 */
final class ForeignQuotes {
    /** A quote not found in its source, where it stands in the file. */
    record NotFound(long at, String path, Msg message) {
    }

    /** The file's records with the quotes found, and the quotes not found. */
    record Resolved(Dataset dataset, List<NotFound> notFound) {
    }

    private ForeignQuotes() {
    }

    /** The sources the files define, the first file in name order winning (a conflict is reported by the merge). */
    static Map<String, SourceTable.Entry> sources(List<ArchivePart> parts) {
        var sources = new HashMap<String, SourceTable.Entry>();
        for (ArchivePart p : parts) {
            for (SourceTable.Entry e : p.open().sources().own()) {
                sources.putIfAbsent(e.id(), e);
            }
        }
        return sources;
    }

    static Resolved resolve(ArchivePart part, Map<String, SourceTable.Entry> sources, Checkpoint checkpoint) {
        Dataset d = part.result().datasetOrNull();
        List<ArchivePart.Quote> quotes = part.open().quotes();
        if (quotes.isEmpty()) {
            return new Resolved(d, List.of());
        }
        var work = new Work(checkpoint);
        var swaps = new IdentityHashMap<Citation, Citation>();
        var records = new HashMap<String, BitSet>(); // section name -> indexes of the records to make anew
        var notFound = new ArrayList<NotFound>();
        for (ArchivePart.Quote q : quotes) {
            work.step();
            Citation c = q.citation();
            SourceTable.Entry s = sources.get(c.source());
            if (s == null || s.index() == null) {
                continue;
            }
            long range;
            Msg mismatch = null;
            synchronized (s.index()) { // its cache is not thread-safe; files are resolved in parallel
                range = s.index().find(c.quote(), checkpoint);
                if (range < 0) {
                    mismatch = s.index().mismatch(c.quote(), checkpoint);
                }
            }
            String path = q.path().toString();
            if (range < 0) {
                notFound.add(new NotFound(q.at(), path, Msg.of("problem.quote.notFound", "\"" + c.source() + "\"",
                        s.source().file(), mismatch)));
                continue;
            }
            swaps.put(c, new Citation(c.basis(), c.fields(), c.source(), c.quote(), c.reason(),
                    (int) (range >>> 32), (int) range));
            String record = RecordNames.recordOf(path);
            int bracket = record.indexOf('[');
            records.computeIfAbsent(record.substring(0, bracket), k -> new BitSet())
                    .set(Integer.parseInt(record.substring(bracket + 1, record.length() - 1)));
        }
        if (swaps.isEmpty()) {
            return new Resolved(d, notFound);
        }
        UnaryOperator<List<Citation>> located = list -> {
            var out = new ArrayList<Citation>(list.size());
            for (Citation c : list) {
                out.add(swaps.getOrDefault(c, c));
            }
            return out;
        };
        return new Resolved(new Dataset(d.schemaVersion(), d.sources(),
                swap(Section.COUNTRIES, d, records, located), swap(Section.PLACES, d, records, located),
                swap(Section.VENUES, d, records, located), swap(Section.ORGANISATIONS, d, records, located),
                swap(Section.PEOPLE, d, records, located), swap(Section.EVENTS, d, records, located)), notFound);
    }

    private static <T> List<T> swap(Section<T> s, Dataset d, Map<String, BitSet> records,
                                    UnaryOperator<List<Citation>> located) {
        List<T> items = s.list().apply(d);
        BitSet which = records.get(s.name());
        if (which == null) {
            return items;
        }
        var out = new ArrayList<T>(items);
        for (int i = which.nextSetBit(0); i >= 0; i = which.nextSetBit(i + 1)) {
            out.set(i, s.citations().apply(out.get(i), located));
        }
        return out;
    }
}
