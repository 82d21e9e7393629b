package app.delegations.data.write;

import java.util.Arrays;
import java.util.function.BiConsumer;

/**
 * JSON text laid out as the data files are: two spaces of indentation per level, {@code "key": value}, LF line
 * ends, non-ASCII text as it is. A container is written either expanded (one member per line) or, for a part
 * the caller marks {@link #flat} (one holding no object: names, a text, coordinates, a citation without a
 * reason, a list of ids), on one line when that line stays within {@link #WIDTH} characters without its comma
 * ({@code {"pl": "Sofia", "en": "Sofia", "native": "София"}}). The same calls write both: in a flat part they
 * separate members by {@code ", "}, elsewhere by a line break. Strings are escaped as JSON requires and no more:
 * {@code "} and {@code \}, the control characters below U+0020 (as {@code \n}, {@code \t}… or {@code \u001F}),
 * and a lone surrogate (as {@code \uD800}, so that the text survives UTF-8); everything else is written as is.
 */
final class JsonLines {
    /** The longest line a flat part is put on, in characters (Unicode code points), comma not counted. */
    static final int WIDTH = 150;

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private final StringBuilder out;
    /** Where the current line starts in {@link #out}. */
    private int lineStart;
    /** Open containers: whether each has a member yet. */
    private boolean[] hasMember = new boolean[16];
    private int depth;
    /** Whether a flat part is being written on one line. */
    private boolean inline;

    JsonLines(int capacity) {
        out = new StringBuilder(capacity);
    }

    String text() {
        return out.toString();
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
        string(key);
        out.append(": ");
    }

    /** Starts an element of the open array; its value follows. */
    void element() {
        separate();
    }

    void string(String key, String value) {
        key(key);
        string(value);
    }

    /** Writes {@code value} as a member only when it is not null. */
    void optional(String key, String value) {
        if (value != null) {
            string(key, value);
        }
    }

    /** A number already in JSON form (e.g. {@code 17.1910}, kept as written). */
    void number(String key, String json) {
        key(key);
        out.append(json);
    }

    void number(String key, int value) {
        key(key);
        out.append(value);
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
        if (out.codePointCount(lineStart, out.length()) <= WIDTH) {
            return;
        }
        out.setLength(mark);
        writer.accept(this, part);
    }

    /** Ends the document with a line break. */
    void end() {
        newLine();
    }

    private void open(char bracket) {
        out.append(bracket);
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
        out.append(bracket);
    }

    private void separate() {
        if (hasMember[depth]) {
            out.append(',');
            if (inline) {
                out.append(' ');
            }
        }
        hasMember[depth] = true;
        if (!inline) {
            newLine();
        }
    }

    private void newLine() {
        out.append('\n');
        lineStart = out.length();
        for (int i = 0; i < depth; i++) {
            out.append("  ");
        }
    }

    /** {@code s} as a JSON string. */
    void string(String s) {
        out.append('"');
        int n = s.length();
        int i = 0;
        while (i < n && plain(s.charAt(i))) {
            i++;
        }
        if (i == n) {
            out.append(s).append('"');
            return;
        }
        out.append(s, 0, i);
        for (; i < n; i++) {
            char c = s.charAt(i);
            if (plain(c)) {
                out.append(c);
            } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                out.append(c).append(s.charAt(++i));
            } else {
                escape(c);
            }
        }
        out.append('"');
    }

    private static boolean plain(char c) {
        return c >= 0x20 && c != '"' && c != '\\' && !Character.isSurrogate(c);
    }

    private void escape(char c) {
        switch (c) {
            case '"' -> out.append("\\\"");
            case '\\' -> out.append("\\\\");
            case '\n' -> out.append("\\n");
            case '\t' -> out.append("\\t");
            case '\r' -> out.append("\\r");
            case '\b' -> out.append("\\b");
            case '\f' -> out.append("\\f");
            default -> out.append("\\u").append(HEX[c >> 12 & 15]).append(HEX[c >> 8 & 15])
                    .append(HEX[c >> 4 & 15]).append(HEX[c & 15]);
        }
    }
}
