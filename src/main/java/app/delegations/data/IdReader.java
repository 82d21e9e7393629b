package app.delegations.data;

import app.delegations.text.Msg;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;

/**
 * Reads ids and references to them at the cursor's current token, and keeps them in the file's {@link Ids}
 * (defined where read; references checked at the end). A reference to an id defined already is the defined
 * instance, found from the parser's characters without making a String. A value that is not an id is
 * reported at its place and read as null.
 */
final class IdReader {
    private final JsonCursor in;
    private final JsonParser p;
    private final Ids ids;

    IdReader(JsonCursor in, Ids ids) {
        this.in = in;
        this.p = in.parser();
        this.ids = ids;
    }

    /**
     * An id ({@link TextRules#isId}). Made afresh, not through the cache of texts: the ids a file defines are
     * all different (references go through {@link #reference}).
     */
    String id(DocumentPlace parent, String key) throws IOException {
        if (p.currentToken() == JsonToken.VALUE_STRING
                && TextRules.isId(p.getTextCharacters(), p.getTextOffset(), p.getTextLength())) {
            return p.getText();
        }
        String s = in.string(parent, key); // null when not a string at all (reported there)
        if (s == null) {
            return null;
        }
        in.problems().error(in.at(), JsonCursor.path(parent, key), Msg.of("problem.id.invalid", TextRules.quoted(s)));
        return null;
    }

    /** The id a record defines under {@code "id"} ({@link #id}), defined in the ids where it was read. */
    String definedId(DocumentPlace record, Ids.Kind kind) throws IOException {
        String id = id(record, "id");
        ids.define(kind, id, in.at(), record, "id");
        return id;
    }

    /** A country's code: two upper-case letters (whether the country exists is checked later). */
    String countryCode(DocumentPlace parent, String key) throws IOException {
        String s = in.string(parent, key);
        if (s == null || s.length() == 2 && TextRules.isUpper(s.charAt(0)) && TextRules.isUpper(s.charAt(1))) {
            return s;
        }
        in.problems().error(in.at(), JsonCursor.path(parent, key), Msg.of("problem.country.code",
                TextRules.quoted(s)));
        return null;
    }

    /**
     * A reference to a country ({@link #countryCode}): the defined instance of the code when that country is
     * defined already (no String made); otherwise as read, the reference kept for the check at the end.
     */
    String countryReference(DocumentPlace parent, String key) throws IOException {
        if (p.currentToken() == JsonToken.VALUE_STRING && p.getTextLength() == 2) {
            char[] c = p.getTextCharacters();
            int offset = p.getTextOffset();
            if (TextRules.isUpper(c[offset]) && TextRules.isUpper(c[offset + 1])) {
                String known = ids.known(Ids.Kind.COUNTRY, c, offset, 2);
                if (known != null) {
                    return known;
                }
            }
        }
        long at = in.at();
        return ids.refer(Ids.Kind.COUNTRY, countryCode(parent, key), at, parent, key);
    }

    /**
     * An id that refers to a record of {@code kind}: when that id is defined already, the defined instance
     * (found from the parser's characters, no String made); otherwise a new String, the reference kept for the
     * check at the end. Null (reported) when the value is not an id.
     */
    String reference(DocumentPlace parent, String key, Ids.Kind kind) throws IOException {
        if (p.currentToken() == JsonToken.VALUE_STRING) {
            char[] c = p.getTextCharacters();
            int offset = p.getTextOffset();
            int length = p.getTextLength();
            if (TextRules.isId(c, offset, length)) {
                String known = ids.known(kind, c, offset, length);
                if (known != null) {
                    return known;
                }
                String s = new String(c, offset, length);
                ids.referForward(kind, s, in.at(), parent, key);
                return s;
            }
        }
        return id(parent, key); // not an id: reported there
    }
}
