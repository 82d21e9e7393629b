package app.delegations.data;

import app.delegations.text.Msg;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.json.UTF8StreamJsonParser;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Reads typed values at the parser's current token, reporting a located problem (and skipping the value)
 * when the value is not what the format wants. Values are addressed as (parent path, key): the path of a
 * value is only built when something is wrong with it.
 */
final class JsonCursor {
    private final JsonParser p;
    private final Problems problems;
    private final UTF8StreamJsonParser fast; // the parser of byte input: its token offset is read directly
    private final TextCache texts = new TextCache();
    /** The reader of each kind of object (by identity: a kind is one {@link Fields} constant). */
    private final Map<Fields, ObjectReader> readers = new IdentityHashMap<>();

    JsonCursor(JsonParser p, Problems problems) {
        this.p = p;
        this.fast = p instanceof UTF8StreamJsonParser u ? u : null;
        this.problems = problems;
    }

    JsonParser parser() {
        return p;
    }

    Problems problems() {
        return problems;
    }

    /**
     * Byte offset of the current token's first character. Read from the parser's counter rather than from a
     * {@code JsonLocation} (one object per call, and this runs once per object and per value checked); at a
     * field name, whose start the parser keeps apart, and for other parsers, through the location.
     */
    long at() {
        if (fast != null && p.currentToken() != JsonToken.FIELD_NAME) {
            return fast.getTokenCharacterOffset() - 1; // what UTF8StreamJsonParser's token location says
        }
        return p.currentTokenLocation().getByteOffset();
    }

    static JsonPath path(Where parent, String key) {
        return key == null ? parent.path() : parent.path().key(key);
    }

    /**
     * A reader for an object of the kind {@code fields}: the one that read the last such object when it is
     * done with it (objects of one kind follow each other, one reader a kind; the callers use a reader only
     * until they read the next object of its kind), else a new one. One reader per object cost an
     * allocation per citation, name and text.
     */
    private ObjectReader reader(Fields fields) {
        ObjectReader r = readers.get(fields);
        if (r == null || !r.done()) {
            r = new ObjectReader(this, fields);
            readers.put(fields, r);
        }
        return r;
    }

    /** The object at the current token, or null (reported, skipped) when it is something else. */
    ObjectReader object(JsonPath path, Fields fields) throws IOException {
        return object(path, null, -1, fields);
    }

    /**
     * The object at the current token, the value of {@code key} in {@code parent} (null: {@code parent} itself),
     * element {@code index} of it (-1: not an element); or null (reported, skipped) when it is something else.
     */
    ObjectReader object(Where parent, String key, int index, Fields fields) throws IOException {
        if (p.currentToken() == JsonToken.START_OBJECT) {
            return reader(fields).reset(parent, key, index, at());
        }
        JsonPath path = path(parent, key);
        wrongType(index >= 0 ? path.index(index) : path, null, Msg.of("expected.object", fields.what()));
        return null;
    }

    /** True at the start of a list; otherwise reports and skips the value. */
    boolean list(Where parent, String key) throws IOException {
        if (p.currentToken() == JsonToken.START_ARRAY) {
            return true;
        }
        wrongType(parent, key, Msg.of("expected.list"));
        return false;
    }

    /** Moves to the next element of the current list; false at its end. */
    boolean nextElement() throws IOException {
        JsonToken t = p.nextToken();
        return t != JsonToken.END_ARRAY && t != null;
    }

    String string(Where parent, String key) throws IOException {
        if (p.currentToken() == JsonToken.VALUE_STRING) {
            return texts.text(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
        }
        wrongType(parent, key, Msg.of("expected.text"));
        return null;
    }

    /** A string with something in it besides whitespace ({@link #isBlank}). */
    String text(Where parent, String key) throws IOException {
        String s = string(parent, key);
        if (s != null && (s.isEmpty() || !isVisibleAscii(s.charAt(0)) && isBlank(s))) {
            problems.error(at(), path(parent, key), Msg.of("problem.empty"));
            return null;
        }
        return s;
    }

    /**
     * True when {@code s} holds only whitespace as JSON Schema's {@code \S} (ECMAScript) counts it: tab, line
     * feed, vertical tab, form feed, carriage return, the byte-order mark U+FEFF, the line and paragraph
     * separators and every space separator (the no-break spaces U+00A0, U+202F, U+3000 among them). The
     * schema refuses the same texts.
     */
    static boolean isBlank(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean space = c >= '\t' && c <= '\r' || c == '\uFEFF' || c == '\u2028' || c == '\u2029'
                    || Character.getType(c) == Character.SPACE_SEPARATOR;
            if (!space) {
                return false;
            }
        }
        return true;
    }

    private static boolean isVisibleAscii(char c) {
        return c > ' ' && c < 127;
    }

    /**
     * An id: lower-case letters a–z, digits and single hyphens between them. Made afresh, not through the
     * cache of texts: the ids a file defines are all different (references go through {@link #reference}).
     */
    String id(Where parent, String key) throws IOException {
        if (p.currentToken() == JsonToken.VALUE_STRING
                && isId(p.getTextCharacters(), p.getTextOffset(), p.getTextLength())) {
            return p.getText();
        }
        String s = string(parent, key); // null when not a string at all (reported there)
        if (s == null) {
            return null;
        }
        problems.error(at(), path(parent, key), Msg.of("problem.id.invalid", quoted(s)));
        return null;
    }

    /** The id a record defines under {@code "id"} ({@link #id}), defined in {@code ids} where it was read. */
    String definedId(Where record, Ids.Kind kind, Ids ids) throws IOException {
        String id = id(record, "id");
        ids.define(kind, id, at(), record, "id");
        return id;
    }

    static boolean isId(char[] c, int offset, int n) {
        if (n == 0 || n > Limits.MAX_ID_CHARS || c[offset] == '-' || c[offset + n - 1] == '-') {
            return false;
        }
        for (int i = offset; i < offset + n; i++) {
            char ch = c[i];
            if (!(ch >= 'a' && ch <= 'z' || ch >= '0' && ch <= '9' || ch == '-' && c[i - 1] != '-')) {
                return false;
            }
        }
        return true;
    }

    /** A reference to a country: two upper-case letters (whether the country exists is checked later). */
    String countryCode(Where parent, String key) throws IOException {
        String s = string(parent, key);
        if (s == null || s.length() == 2 && isUpper(s.charAt(0)) && isUpper(s.charAt(1))) {
            return s;
        }
        problems.error(at(), path(parent, key), Msg.of("problem.country.code", quoted(s)));
        return null;
    }

    /**
     * A reference to a country ({@link #countryCode}): the defined instance of the code when that country is
     * defined already (no String made); otherwise as read, the reference kept in {@code ids} for the check
     * at the end.
     */
    String countryReference(Where parent, String key, Ids ids) throws IOException {
        if (p.currentToken() == JsonToken.VALUE_STRING && p.getTextLength() == 2) {
            char[] c = p.getTextCharacters();
            int offset = p.getTextOffset();
            if (isUpper(c[offset]) && isUpper(c[offset + 1])) {
                String known = ids.known(Ids.Kind.COUNTRY, c, offset, 2);
                if (known != null) {
                    return known;
                }
            }
        }
        long at = at();
        return ids.refer(Ids.Kind.COUNTRY, countryCode(parent, key), at, parent, key);
    }

    private static boolean isUpper(char c) {
        return c >= 'A' && c <= 'Z';
    }

    LocalDate date(Where parent, String key) throws IOException {
        if (p.currentToken() != JsonToken.VALUE_STRING) {
            wrongType(parent, key, Msg.of("expected.date"));
            return null;
        }
        LocalDate d = Dates.parse(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
        if (d != null) {
            return d;
        }
        String s = p.getText();
        if (d == null) {
            problems.error(at(), path(parent, key), Dates.explain(s));
        }
        return d;
    }

    /** A finite number in [min, max]; {@code what} names it in messages ({@code value.latitude}: "latitude"). */
    double number(Where parent, String key, double min, double max, Msg what) throws IOException {
        JsonToken t = p.currentToken();
        if (t != JsonToken.VALUE_NUMBER_INT && t != JsonToken.VALUE_NUMBER_FLOAT) {
            wrongType(parent, key, Msg.of("expected.number"));
            return Double.NaN;
        }
        double v = p.getDoubleValue();
        if (!(v >= min && v <= max)) {
            problems.error(at(), path(parent, key), Msg.of("problem.number.range", what, p.getText(), plain(min),
                    plain(max)));
            return Double.NaN;
        }
        return v;
    }

    /** A whole number in [min, max], or {@code Integer.MIN_VALUE} (reported). */
    int whole(Where parent, String key, int min, int max) throws IOException {
        JsonToken t = p.currentToken();
        if (t != JsonToken.VALUE_NUMBER_INT) {
            wrongType(parent, key, Msg.of("expected.whole"));
            return Integer.MIN_VALUE;
        }
        if (p.getNumberType() != JsonParser.NumberType.INT || p.getIntValue() < min || p.getIntValue() > max) {
            problems.error(at(), path(parent, key), Msg.of("problem.whole.range", p.getText(), plain(min),
                    plain(max)));
            return Integer.MIN_VALUE;
        }
        return p.getIntValue();
    }

    /** One of the values of an enumeration, written as in the format ("city", "region", …). */
    <E> E choice(Where parent, String key, Parse.Choices<E> choices) throws IOException {
        if (p.currentToken() == JsonToken.VALUE_STRING) { // matched in the parser's buffer: no String made
            E e = choices.match(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
            if (e != null) {
                return e;
            }
        }
        String s = string(parent, key);
        if (s == null) {
            return null;
        }
        Map<String, E> values = choices.map();
        String meant = problems.full() ? null : Suggest.closest(s, values.keySet());
        String all = String.join(", ", values.keySet());
        problems.error(at(), path(parent, key), meant == null ? Msg.of("problem.value.unknown", quoted(s), all)
                : Msg.of("problem.value.unknown.meant", quoted(s), quoted(meant), all));
        return null;
    }

    /**
     * An id that refers to a record of {@code kind}: when that id is defined already, the defined instance
     * (found from the parser's characters, no String made); otherwise a new String, the reference kept in
     * {@code ids} for the check at the end. Null (reported) when the value is not an id.
     */
    String reference(Where parent, String key, Ids ids, Ids.Kind kind) throws IOException {
        if (p.currentToken() == JsonToken.VALUE_STRING) {
            char[] c = p.getTextCharacters();
            int offset = p.getTextOffset();
            int length = p.getTextLength();
            if (isId(c, offset, length)) {
                String known = ids.known(kind, c, offset, length);
                if (known != null) {
                    return known;
                }
                String s = new String(c, offset, length);
                ids.referForward(kind, s, at(), parent, key);
                return s;
            }
        }
        return id(parent, key); // not an id: reported there
    }

    /** Reports that the current value is not {@code expected}, and skips it. */
    void wrongType(Where parent, String key, Msg expected) throws IOException {
        problems.error(at(), path(parent, key), Msg.of("problem.type", expected, describeCurrent()));
        skip();
    }

    /**
     * Skips the current value, checking the objects inside it for duplicate keys: the parser's own check is
     * off (see {@link ObjectReader}), and values skipped are not read field by field. Only values in error are
     * skipped, so a hash set per object costs nothing that matters here.
     */
    private void skip() throws IOException {
        JsonToken t = p.currentToken();
        if (t == null || !t.isStructStart()) {
            return;
        }
        var open = new ArrayList<Set<String>>(); // per open value: its keys so far (null for a list)
        open.add(t == JsonToken.START_OBJECT ? new HashSet<>() : null);
        while (!open.isEmpty() && (t = p.nextToken()) != null) {
            switch (t) {
                case START_OBJECT -> open.add(new HashSet<>());
                case START_ARRAY -> open.add(null);
                case END_OBJECT, END_ARRAY -> open.remove(open.size() - 1);
                case FIELD_NAME -> {
                    if (!open.get(open.size() - 1).add(p.currentName())) {
                        throw duplicate(p, p.currentName());
                    }
                }
                default -> { }
            }
        }
    }

    /** A repeated key, failing the read exactly as Jackson's duplicate detection would. */
    static JsonParseException duplicate(JsonParser p, String name) {
        return new JsonParseException(p, "Duplicate field '" + name + "'");
    }

    /**
     * At a field name: reports it as unknown and skips its value. Returns the known field it is probably a
     * misspelling of, or -1.
     */
    int unknownField(Where path, String name, Fields fields) throws IOException {
        long at = at();
        p.nextToken();
        skip();
        String meant = Suggest.closest(name, fields.names());
        problems.error(at, path, meant == null
                ? Msg.of("problem.field.unknown", quoted(name), fields.what(), String.join(", ", fields.names()))
                : Msg.of("problem.field.unknown.meant", quoted(name), quoted(meant)));
        return meant == null ? -1 : fields.indexOf(meant);
    }

    private Msg describeCurrent() throws IOException {
        JsonToken t = p.currentToken();
        if (t == null) {
            return Msg.of("found.nothing");
        }
        return switch (t) {
            case VALUE_STRING -> Msg.of("found.text", quoted(p.getText()));
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> Msg.of("found.number", p.getText());
            case VALUE_TRUE -> Msg.of("found.true");
            case VALUE_FALSE -> Msg.of("found.false");
            case VALUE_NULL -> Msg.of("found.null");
            case START_OBJECT -> Msg.of("found.object");
            case START_ARRAY -> Msg.of("found.list");
            default -> Msg.of("found.other");
        };
    }

    /** {@code "text"}, shortened to 60 characters. */
    static String quoted(String s) {
        return "\"" + (s.length() > 60 ? s.substring(0, 60) + "…" : s) + "\"";
    }

    private static String plain(double d) {
        return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
    }
}
