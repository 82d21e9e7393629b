package app.delegations.data.write;

import java.util.Arrays;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * JSON text laid out as the data files are: two spaces of indentation per level, {@code "key": value}, LF line
 * ends, non-ASCII text as it is. A container is written either expanded (one member per line) or, for a part
 * the caller marks {@link #flat} (one holding no object: names, a text, coordinates, a citation without a
 * reason, a list of ids), on one line when that line stays within {@link #WIDTH} characters without its comma
 * ({@code {"pl": "Sofia", "en": "Sofia", "native": "София"}}). The same calls write both: in a flat part they
 * separate members by {@code ", "}, elsewhere by a line break. The text goes straight into UTF-8 bytes
 * ({@link Utf8Buffer}, which also says how strings are escaped).
 */
final class JsonLines {
    /** The longest line a flat part is put on, in characters (Unicode code points), comma not counted. */
    static final int WIDTH = 150;

    private final Utf8Buffer out;
    /** Where the current line starts in {@link #out}. */
    private int lineStart;
    /** Open containers: whether each has a member yet. */
    private boolean[] hasMember = new boolean[16];
    private int depth;
    /** Whether a flat part is being written on one line. */
    private boolean inline;

    JsonLines(int capacity) {
        out = new Utf8Buffer(capacity);
    }

    byte[] bytes() {
        return out.bytes();
    }

    String text() {
        return out.text();
    }

    void beginObject() {
        open('{');
    }

    void endObject() {
        close('}');
    }

    void beginArray() {
        open('[');
    }

    void endArray() {
        close(']');
    }

    /** Starts the member {@code key} of the open object; its value follows. */
    void key(String key) {
        separate();
        out.string(key);
        out.ascii(": ");
    }

    /** Starts an element of the open array; its value follows. */
    void element() {
        separate();
    }

    void string(String key, String value) {
        key(key);
        out.string(value);
    }

    /** Writes {@code value} as a member only when it is not null. */
    void optional(String key, String value) {
        if (value != null) {
            string(key, value);
        }
    }

    /** The member {@code key}: a list of {@code items}, one per line, each written by {@code writer}. */
    <T> void list(String key, List<T> items, BiConsumer<JsonLines, T> writer) {
        key(key);
        beginArray();
        for (T t : items) {
            element();
            writer.accept(this, t);
        }
        endArray();
    }

    /** A number already in JSON form (e.g. {@code 17.1910}, kept as written). */
    void number(String key, String json) {
        key(key);
        out.ascii(json);
    }

    void number(String key, int value) {
        key(key);
        out.ascii(Integer.toString(value));
    }

    /**
     * Writes the value {@code part} by {@code writer} — a part without objects inside — on the current line if
     * it fits there, else expanded. Inside a part already on one line it simply writes it.
     */
    <T> void flat(T part, BiConsumer<JsonLines, T> writer) {
        if (inline) {
            writer.accept(this, part);
            return;
        }
        int mark = out.length(); // the part opens and closes its own containers: only the text is undone
        inline = true;
        writer.accept(this, part);
        inline = false;
        if (out.codePoints(lineStart) <= WIDTH) {
            return;
        }
        out.truncate(mark);
        writer.accept(this, part);
    }

    /** Ends the document with a line break. */
    void end() {
        newLine();
    }

    private void open(char bracket) {
        out.ascii(bracket);
        if (++depth == hasMember.length) {
            hasMember = Arrays.copyOf(hasMember, depth * 2);
        }
        hasMember[depth] = false;
    }

    private void close(char bracket) {
        boolean any = hasMember[depth];
        depth--;
        if (any && !inline) {
            newLine();
        }
        out.ascii(bracket);
    }

    private void separate() {
        if (hasMember[depth]) {
            out.ascii(inline ? ", " : ",");
        }
        hasMember[depth] = true;
        if (!inline) {
            newLine();
        }
    }

    private void newLine() {
        out.ascii('\n');
        lineStart = out.length();
        out.spaces(2 * depth);
    }

    /** {@code s} as a JSON string: an element of an array. */
    void string(String s) {
        out.string(s);
    }
}
