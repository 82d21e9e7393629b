package app.delegations.data;

import app.delegations.model.Basis;
import app.delegations.model.Citation;
import app.delegations.model.Text;
import app.delegations.text.Msg;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a record's evidence: a list of citations, each with what its basis needs (stated, inferred,
 * reference), the fields it cites ({@link CitedFields}) and its quote found in the cited source's text. A quote
 * read before the sources list cannot be checked yet: the parse is marked so that the file is read again. In a
 * file of an archive, a quote of a source the file does not define is kept for the archive to find. A
 * list with a problem is reported where it stands and read as null. An empty list is a record with no source
 * yet (recorded before its source is at hand): valid, without a warning; the window lists such records.
 */
final class EvidenceParser {
    static final Fields CITATION = Fields.of("object.citation", "basis*", "source", "quote", "fields", "reason");
    private static final EnumWords<Basis> BASES = EnumWords.of(Basis.values(), Basis::json);

    private final ParseState parse;
    private final JsonCursor in;
    private final CommonParts common;
    private final CitedFields citedFields;

    EvidenceParser(ParseState parse, CommonParts common) {
        this.parse = parse;
        this.in = parse.in;
        this.common = common;
        this.citedFields = new CitedFields(parse, common);
    }

    /** The list of citations for a record with the given fields; empty when it has no source yet. */
    List<Citation> read(DocumentPlace parent, Fields owner) throws IOException {
        if (!in.list(parent, "evidence")) {
            return null;
        }
        var out = new ArrayList<Citation>(2);
        boolean ok = true;
        for (int i = 0; in.nextElement(); i++) {
            Citation c = citation(parent, i, owner);
            if (c == null) {
                ok = false;
            } else {
                out.add(c);
            }
        }
        return ok ? out : null;
    }

    /** Element {@code index} of the evidence list of {@code owner}, the record at {@code parent}. */
    private Citation citation(DocumentPlace parent, int index, Fields owner) throws IOException {
        FieldWalker o = in.object(parent, "evidence", index, CITATION);
        if (o == null) {
            return null;
        }
        DocumentPlace path = o;
        Basis basis = null;
        String source = null;
        String quote = null;
        List<String> fields = List.of();
        Text reason = null;
        long sourceAt = -1;
        long quoteAt = -1;
        long reasonAt = -1;
        while (o.next()) {
            switch (o.name()) {
                case "basis" -> basis = in.choice(path, "basis", BASES);
                case "source" -> {
                    sourceAt = in.at();
                    source = parse.idReader.reference(path, "source", Ids.Kind.SOURCE);
                }
                case "quote" -> {
                    quoteAt = in.at();
                    quote = in.text(path, "quote");
                }
                case "fields" -> fields = citedFields.read(path, owner);
                case "reason" -> {
                    reasonAt = in.at();
                    reason = common.text(path, "reason");
                }
                default -> throw new IllegalStateException(o.name());
            }
        }
        boolean ok = o.complete() && fields != null && basisRules(o, path, basis, sourceAt, quoteAt, reasonAt);
        if (source != null) {
            parse.sources.cite(source);
        }
        int start = -1;
        int end = -1;
        boolean foreign = false;
        if (source != null && quote != null) {
            if (!parse.sources.ready()) {
                parse.quotesDeferred = true;
            } else {
                SourceTable.Entry s = parse.sources.get(source);
                foreign = s == null && parse.options.part(); // another file of the archive may define it
                if (s != null && s.index() != null) {
                    long range = s.index().find(quote, parse.checkpoint);
                    if (range < 0) {
                        parse.problems.error(quoteAt, path.key("quote"), Msg.of("problem.quote.notFound",
                                "\"" + source + "\"", s.source().file(),
                                parse.problems.full() ? "" : s.index().mismatch(quote, parse.checkpoint)));
                        ok = false;
                    } else {
                        start = (int) (range >>> 32);
                        end = (int) range;
                    }
                }
            }
        }
        if (!ok || basis == null) {
            return null;
        }
        var citation = new Citation(basis, fields, source, quote, reason, start, end);
        if (foreign) { // found in its source when the archive has read every file
            parse.foreignQuotes.add(new ArchivePart.Quote(citation, quoteAt, path.key("quote")));
        }
        return citation;
    }

    /**
     * What each basis needs: stated — a source and a quote, no reason (the quote says it); inferred — a reason,
     * and a source and quote together or neither; reference — a reason, and no source or quote.
     */
    private boolean basisRules(FieldWalker o, DocumentPlace path, Basis basis, long sourceAt, long quoteAt,
                               long reasonAt) {
        boolean source = o.has("source");
        boolean quote = o.has("quote");
        boolean reason = o.has("reason");
        Problems problems = parse.problems;
        if (basis == Basis.STATED) {
            if (!source || !quote) {
                problems.error(o.start(), path, Msg.of("problem.stated.needsQuote"));
                return false;
            }
            if (reason) {
                problems.error(reasonAt, path.key("reason"), Msg.of("problem.stated.reason"));
                return false;
            }
        } else if (basis == Basis.INFERRED || basis == Basis.REFERENCE) {
            if (!reason) {
                problems.error(o.start(), path, Msg.of(basis == Basis.INFERRED ? "problem.inferred.needsReason"
                        : "problem.reference.needsReason"));
                return false;
            }
            if (basis == Basis.REFERENCE && (source || quote)) {
                problems.error(source ? sourceAt : quoteAt, path.key(source ? "source" : "quote"),
                        Msg.of("problem.reference.source"));
                return false;
            }
        }
        if (quote && !source) {
            problems.error(quoteAt, path.key("quote"), Msg.of("problem.quote.needsSource"));
            return false;
        }
        if (source && !quote) {
            problems.error(sourceAt, path.key("source"), Msg.of("problem.source.needsQuote"));
            return false;
        }
        return true;
    }
}
