package app.delegations.data;

import app.delegations.text.Msg;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;

/**
 * Walks the fields of one object: {@link #next()} stops at each known field with the parser on its value;
 * unknown fields are reported and skipped; {@link #complete()} reports the required fields that are missing.
 */
final class FieldWalker implements DocumentPlace {
    private final JsonCursor in;
    private DocumentPlace parent; // the object is the value of key (or null) in parent, element index (or -1) of it
    private String key;
    private int index;
    private JsonPath path; // made when first asked for
    private final Fields fields;
    private long start;
    private boolean done; // the object's end was read: the reader may serve the next object of its kind
    private long seen;
    private long misspelt; // fields an unknown field was probably meant to be: not reported again as missing
    private int current = -1;
    private ArrayList<String> unknown; // names of unknown fields, to find them repeated

    FieldWalker(JsonCursor in, Fields fields) {
        this.in = in;
        this.fields = fields;
    }

    /**
     * Makes this reader (new, or done with its object) read the object starting at {@code start}, which is
     * the value of {@code key} in {@code parent} (null: {@code parent} itself), element {@code index} of it
     * (-1: not an element).
     */
    FieldWalker reset(DocumentPlace parent, String key, int index, long start) {
        this.parent = parent;
        this.key = key;
        this.index = index;
        this.path = null;
        this.start = start;
        done = false;
        seen = 0;
        misspelt = 0;
        current = -1;
        unknown = null;
        return this;
    }

    boolean done() {
        return done;
    }

    boolean next() throws IOException {
        JsonParser p = in.parser();
        for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
            String name = p.currentName();
            int i = fields.indexOf(name);
            if (i >= 0) { // the parser's duplicate detection is off: its hash set per object cost more than the
                // rest of reading the object; the bit set of the fields seen does it here
                if ((seen & (1L << i)) != 0) {
                    throw SkippedValues.duplicate(p, name);
                }
                p.nextToken();
                seen |= 1L << i;
                current = i;
                return true;
            }
            if (unknown == null) {
                unknown = new ArrayList<>(2);
            } else if (unknown.contains(name)) {
                throw SkippedValues.duplicate(p, name);
            }
            unknown.add(name);
            int meant = in.unknownField(this, name, fields);
            if (meant >= 0) {
                misspelt |= 1L << meant;
            }
        }
        done = true;
        return false;
    }

    /** The current field's name (the interned constant, fit for a switch). */
    String name() {
        return fields.name(current);
    }

    /** The object's path, made on the first call (while the readers above still read its parents). */
    @Override
    public JsonPath path() {
        if (path == null) {
            JsonPath p = parent.path();
            if (key != null) {
                p = p.key(key);
            }
            path = index >= 0 ? p.index(index) : p;
        }
        return path;
    }

    /** Offset of the object's opening brace. */
    long start() {
        return start;
    }

    boolean has(String field) {
        int i = fields.indexOf(field);
        return i >= 0 && (seen & (1L << i)) != 0;
    }

    /** True when every required field was there; otherwise reports the missing ones at the opening brace. */
    boolean complete() {
        long missing = fields.required() & ~seen;
        if (missing == 0) {
            return true;
        }
        missing &= ~misspelt;
        if (missing == 0) {
            return false;
        }
        var names = new ArrayList<String>();
        for (int i = 0; i < 64; i++) {
            if ((missing & (1L << i)) != 0) {
                names.add("\"" + fields.name(i) + "\"");
            }
        }
        in.problems().error(start, this, names.size() == 1 ? Msg.of("problem.field.missing", names.get(0))
                : Msg.of("problem.fields.missing",
                        String.join(", ", names.subList(0, names.size() - 1)), names.get(names.size() - 1)));
        return false;
    }
}
