package app.delegations.data;

import static app.delegations.data.TextRules.plain;
import static app.delegations.data.TextRules.quoted;

import app.delegations.text.Msg;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.json.UTF8StreamJsonParser;
import java.io.IOException;
import java.time.LocalDate;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Reads typed values at the parser's current token, reporting a located problem (and skipping the value)
 * when the value is not what the format wants. Values are addressed as (parent path, key): the path of a
 * value is only built when something is wrong with it. Ids and references are read by {@link IdReader}, values
 * in error are described and skipped by {@link SkippedValues}, and the objects are walked by {@link FieldWalker}.
 */
final class JsonCursor {
    private final JsonParser p;
    private final Problems problems;
    private final UTF8StreamJsonParser fast; // the parser of byte input: its token offset is read directly
    private final TextCache texts = new TextCache();
    /** The reader of each kind of object (by identity: a kind is one {@link Fields} constant). */
    private final Map<Fields, FieldWalker> readers = new IdentityHashMap<>();

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

    static JsonPath path(DocumentPlace parent, String key) {
        return key == null ? parent.path() : parent.path().key(key);
    }

    /**
     * A reader for an object of the kind {@code fields}: the one that read the last such object when it is
     * done with it (objects of one kind follow each other, one reader a kind; the callers use a reader only
     * until they read the next object of its kind), else a new one. One reader per object cost an
     * allocation per citation, name and text.
     */
    private FieldWalker reader(Fields fields) {
        FieldWalker r = readers.get(fields);
        if (r == null || !r.done()) {
            r = new FieldWalker(this, fields);
            readers.put(fields, r);
        }
        return r;
    }

    /** The object at the current token, or null (reported, skipped) when it is something else. */
    FieldWalker object(JsonPath path, Fields fields) throws IOException {
        return object(path, null, -1, fields);
    }

    /**
     * The object at the current token, the value of {@code key} in {@code parent} (null: {@code parent} itself),
     * element {@code index} of it (-1: not an element); or null (reported, skipped) when it is something else.
     */
    FieldWalker object(DocumentPlace parent, String key, int index, Fields fields) throws IOException {
        if (p.currentToken() == JsonToken.START_OBJECT) {
            return reader(fields).reset(parent, key, index, at());
        }
        JsonPath path = path(parent, key);
        wrongType(index >= 0 ? path.index(index) : path, null, Msg.of("expected.object", fields.what()));
        return null;
    }

    /** True at the start of a list; otherwise reports and skips the value. */
    boolean list(DocumentPlace parent, String key) throws IOException {
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

    String string(DocumentPlace parent, String key) throws IOException {
        if (p.currentToken() == JsonToken.VALUE_STRING) {
            return texts.text(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
        }
        wrongType(parent, key, Msg.of("expected.text"));
        return null;
    }

    /** A string with something in it besides whitespace ({@link TextRules#isBlank}). */
    String text(DocumentPlace parent, String key) throws IOException {
        String s = string(parent, key);
        if (s != null && TextRules.isEmptyText(s)) {
            problems.error(at(), path(parent, key), Msg.of("problem.empty"));
            return null;
        }
        return s;
    }

    LocalDate date(DocumentPlace parent, String key) throws IOException {
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
    double number(DocumentPlace parent, String key, double min, double max, Msg what) throws IOException {
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
    int whole(DocumentPlace parent, String key, int min, int max) throws IOException {
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
    <E> E choice(DocumentPlace parent, String key, EnumWords<E> choices) throws IOException {
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

    /** Reports that the current value is not {@code expected}, and skips it. */
    void wrongType(DocumentPlace parent, String key, Msg expected) throws IOException {
        problems.error(at(), path(parent, key), Msg.of("problem.type", expected, SkippedValues.describe(p)));
        SkippedValues.skip(p);
    }

    /**
     * At a field name: reports it as unknown and skips its value. Returns the known field it is probably a
     * misspelling of, or -1.
     */
    int unknownField(DocumentPlace path, String name, Fields fields) throws IOException {
        long at = at();
        p.nextToken();
        SkippedValues.skip(p);
        String meant = Suggest.closest(name, fields.names());
        problems.error(at, path, meant == null
                ? Msg.of("problem.field.unknown", quoted(name), fields.what(), String.join(", ", fields.names()))
                : Msg.of("problem.field.unknown.meant", quoted(name), quoted(meant)));
        return meant == null ? -1 : fields.indexOf(meant);
    }
}
