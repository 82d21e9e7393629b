package app.delegations.data;

import app.delegations.text.Msg;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the "fields" of a citation and checks that each names a field of the cited record or of its parts
 * ("names.native"). A list with a wrong, empty or repeated name is reported there and read as null; the lists
 * read are immutable and shared between citations that give the same one.
 */
final class CitedFields {
    private final ParseState parse;
    private final JsonCursor in;
    private final CommonParts common;
    /** Per kind of record: the cited names found right before (by identity: a kind is one {@link Fields}). */
    private final Map<Fields, IdTable> rightFields = new IdentityHashMap<>();
    @SuppressWarnings("unchecked")
    private final List<String>[] fieldLists = (List<String>[]) new List<?>[256];
    private final int[] fieldListHashes = new int[256];
    private final ArrayList<String> scratch = new ArrayList<>();

    CitedFields(ParseState parse, CommonParts common) {
        this.parse = parse;
        this.in = parse.in;
        this.common = common;
    }

    /**
     * The "fields" of a citation: each must name a field of the record (and of its part, "names.native").
     * A name found right before for this kind of record is matched in the parser's buffer (no String, no
     * path made); a list of fields seen before is shared (citations repeat a few lists).
     */
    List<String> read(DocumentPlace parent, Fields owner) throws IOException {
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
            if (f == null || wrong != null || !common.unique(out, f, path.index(i))) {
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
