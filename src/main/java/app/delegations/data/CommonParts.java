package app.delegations.data;

import app.delegations.model.Basis;
import app.delegations.model.Citation;
import app.delegations.model.Coordinates;
import app.delegations.model.Names;
import app.delegations.model.Text;
import app.delegations.text.Msg;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/** The parts records share: names, texts, coordinates and evidence (citations, with their quotes checked). */
final class CommonParts {
    static final Fields NAMES = Fields.of("object.names", "pl*", "en*", "native*", "aliases");
    static final Fields TEXT = Fields.of("object.text", "pl*", "en*");
    static final Fields COORDINATES = Fields.of("object.coordinates", "lat*", "lon*", "seat");
    static final Fields CITATION = Fields.of("object.citation", "basis*", "source", "quote", "fields", "reason");
    private static final Parse.Choices<Basis> BASES = Parse.values(Basis.values(), Basis::json);

    private final Parse parse;
    private final JsonCursor in;
    private final Map<Fields, IdTable> rightFields = new IdentityHashMap<>();
    @SuppressWarnings("unchecked")
    private final List<String>[] fieldLists = (List<String>[]) new List<?>[256];
    private final int[] fieldListHashes = new int[256];
    private final ArrayList<String> scratch = new ArrayList<>();

    CommonParts(Parse parse) {
        this.parse = parse;
        this.in = parse.in;
    }

    Names names(Where parent, String key) throws IOException {
        ObjectReader o = in.object(parent, key, -1, NAMES);
        if (o == null) {
            return null;
        }
        Where path = o;
        String pl = null;
        String en = null;
        String nativeName = null;
        List<String> aliases = List.of();
        while (o.next()) {
            switch (o.name()) {
                case "pl" -> pl = in.text(path, "pl");
                case "en" -> en = in.text(path, "en");
                case "native" -> nativeName = in.text(path, "native");
                case "aliases" -> aliases = texts(path, "aliases");
                default -> throw new IllegalStateException(o.name());
            }
        }
        return o.complete() && pl != null && en != null && nativeName != null && aliases != null
                ? new Names(pl, en, nativeName, aliases) : null;
    }

    /** A list of non-empty texts, or null (reported) when it is not one. */
    List<String> texts(Where parent, String key) throws IOException {
        if (!in.list(parent, key)) {
            return null;
        }
        var out = new ArrayList<String>();
        JsonPath path = parent.key(key);
        boolean ok = true;
        for (int i = 0; in.nextElement(); i++) {
            String s = in.text(path.index(i), null);
            if (s == null || !unique(out, s, path.index(i))) {
                ok = false;
            } else {
                out.add(s);
            }
        }
        return ok ? out : null;
    }

    Text text(Where parent, String key) throws IOException {
        ObjectReader o = in.object(parent, key, -1, TEXT);
        if (o == null) {
            return null;
        }
        Where path = o;
        String pl = null;
        String en = null;
        while (o.next()) {
            switch (o.name()) {
                case "pl" -> pl = in.text(path, "pl");
                case "en" -> en = in.text(path, "en");
                default -> throw new IllegalStateException(o.name());
            }
        }
        return o.complete() && pl != null && en != null ? new Text(pl, en) : null;
    }

    Coordinates coordinates(Where parent, String key) throws IOException {
        ObjectReader o = in.object(parent, key, -1, COORDINATES);
        if (o == null) {
            return null;
        }
        Where path = o;
        double lat = Double.NaN;
        double lon = Double.NaN;
        String seat = null;
        while (o.next()) {
            switch (o.name()) {
                case "lat" -> lat = in.number(path, "lat", -90, 90, Msg.of("value.latitude"));
                case "lon" -> lon = in.number(path, "lon", -180, 180, Msg.of("value.longitude"));
                case "seat" -> seat = in.text(path, "seat");
                default -> throw new IllegalStateException(o.name());
            }
        }
        return o.complete() && !Double.isNaN(lat) && !Double.isNaN(lon) ? new Coordinates(lat, lon, seat) : null;
    }

    /** A non-empty list of citations for a record with the given fields. */
    List<Citation> evidence(Where parent, Fields owner) throws IOException {
        if (!in.list(parent, "evidence")) {
            return null;
        }
        long at = in.at();
        var out = new ArrayList<Citation>(2);
        boolean ok = true;
        int i = 0;
        for (; in.nextElement(); i++) {
            Citation c = citation(parent, i, owner);
            if (c == null) {
                ok = false;
            } else {
                out.add(c);
            }
        }
        if (i == 0) {
            parse.problems.error(at, parent.key("evidence"), Msg.of("problem.evidence.empty"));
            return null;
        }
        return ok ? out : null;
    }

    /** Element {@code index} of the evidence list of {@code owner}, the record at {@code parent}. */
    private Citation citation(Where parent, int index, Fields owner) throws IOException {
        ObjectReader o = in.object(parent, "evidence", index, CITATION);
        if (o == null) {
            return null;
        }
        Where path = o;
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
                    source = in.reference(path, "source", parse.ids, Ids.Kind.SOURCE);
                }
                case "quote" -> {
                    quoteAt = in.at();
                    quote = in.text(path, "quote");
                }
                case "fields" -> fields = citedFields(path, owner);
                case "reason" -> {
                    reasonAt = in.at();
                    reason = text(path, "reason");
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
        if (source != null && quote != null) {
            if (!parse.sources.ready()) {
                parse.quotesDeferred = true;
            } else {
                SourceTable.Entry s = parse.sources.get(source);
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
        return ok && basis != null ? new Citation(basis, fields, source, quote, reason, start, end) : null;
    }

    /**
     * What each basis needs: stated — a source and a quote, no reason (the quote says it); inferred — a reason,
     * and a source and quote together or neither; reference — a reason, and no source or quote.
     */
    private boolean basisRules(ObjectReader o, Where path, Basis basis, long sourceAt, long quoteAt, long reasonAt) {
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

    /**
     * The "fields" of a citation: each must name a field of the record (and of its part, "names.native").
     * A name found right before for this kind of record is matched in the parser's buffer (no String, no
     * path made); a list of fields seen before is shared (citations repeat a few lists).
     */
    private List<String> citedFields(Where parent, Fields owner) throws IOException {
        if (!in.list(parent, "fields")) {
            return null;
        }
        IdTable known = rightFields.computeIfAbsent(owner, o -> new IdTable());
        JsonPath path = null;
        var out = scratch;
        out.clear();
        boolean ok = true;
        var p = in.parser();
        for (int i = 0; in.nextElement(); i++) {
            String f = p.currentToken() == JsonToken.VALUE_STRING
                    ? known.find(p.getTextCharacters(), p.getTextOffset(), p.getTextLength()) : null;
            if (f != null && !out.contains(f)) {
                out.add(f);
                continue;
            }
            if (path == null) {
                path = parent.key("fields");
            }
            f = in.text(path.index(i), null);
            Msg wrong = f == null ? null : wrongField(f, owner, known);
            if (wrong != null) {
                parse.problems.error(in.at(), path.index(i), wrong);
            }
            if (f == null || wrong != null || !unique(out, f, path.index(i))) {
                ok = false;
            } else {
                out.add(f);
            }
        }
        if (!ok) {
            return null;
        }
        return shared(out);
    }

    /**
     * An immutable copy of {@code fields}, shared with the citations before that gave the same list (a direct-
     * mapped table by the list's hash: no entry objects, and no iterator of the immutable lists to compare).
     */
    private List<String> shared(ArrayList<String> fields) {
        int h = 1;
        for (int i = 0; i < fields.size(); i++) {
            h = 31 * h + fields.get(i).hashCode();
        }
        int slot = (h * 0x9E3779B1) >>> (32 - 8);
        List<String> list = fieldLists[slot];
        if (list != null && fieldListHashes[slot] == h && list.size() == fields.size()) {
            int i = 0;
            while (i < fields.size() && list.get(i).equals(fields.get(i))) {
                i++;
            }
            if (i == fields.size()) {
                return list;
            }
        }
        list = List.copyOf(fields);
        fieldLists[slot] = list;
        fieldListHashes[slot] = h;
        return list;
    }

    /** False (reported) when {@code value} is already in the (short) list. */
    boolean unique(List<String> before, String value, Where path) {
        if (before.contains(value)) {
            parse.problems.error(in.at(), path, Msg.of("problem.list.twice", JsonCursor.quoted(value)));
            return false;
        }
        return true;
    }

    /** Why a cited field name is wrong, or null; names found right are remembered per kind of record. */
    private static Msg wrongField(String dotted, Fields owner, IdTable known) {
        if (known.get(dotted) >= 0) {
            return null;
        }
        Msg wrong = checkField(dotted, owner);
        if (wrong == null && known.size() < 1000) {
            known.putIfAbsent(dotted, 0);
        }
        return wrong;
    }

    /**
     * Why {@code dotted} is not a field of {@code owner} or of its parts (the shapes in {@link Fields#nested}),
     * or null. {@code evidence} is never cited; a field with no shape of its own has no parts.
     */
    static Msg checkField(String dotted, Fields owner) {
        Fields fields = owner;
        String prefix = "";
        for (String part : dotted.split("\\.", -1)) {
            if (fields == null) {
                return Msg.of("problem.cited.noParts", "\"" + prefix.substring(0, prefix.length() - 1) + "\"");
            }
            if (fields.indexOf(part) < 0 || part.equals("evidence")) {
                String meant = Suggest.closest(part, fields.names());
                String name = "\"" + prefix + part + "\"";
                return meant == null ? Msg.of("problem.cited.notField", name, fields.what())
                        : Msg.of("problem.cited.notField.meant", name, fields.what(), "\"" + meant + "\"");
            }
            prefix += part + ".";
            fields = fields.nested(part);
        }
        return null;
    }
}
