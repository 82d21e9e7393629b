package app.delegations.data;

import com.fasterxml.jackson.core.JsonStreamContext;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Where a syntax error really is. Jackson places some errors just after the bad character, word or number, or
 * (for limits) at the previous token: these move the place to the first character of what is wrong.
 */
final class JsonErrorPlaces {
    private JsonErrorPlaces() {
    }

    /** The path of the value a parser context stands for, as problems write it: {@code places[0].names}. */
    static String path(JsonStreamContext context) {
        var sb = new StringBuilder();
        append(sb, context);
        return sb.length() > 0 && sb.charAt(0) == '.' ? sb.substring(1) : sb.toString();
    }

    private static void append(StringBuilder sb, JsonStreamContext c) {
        JsonStreamContext parent = c == null ? null : c.getParent();
        if (parent == null || parent.inRoot()) {
            return;
        }
        append(sb, parent); // as deep as the nesting, which is limited
        if (parent.inArray()) {
            sb.append('[').append(Math.max(0, parent.getCurrentIndex())).append(']');
        } else {
            sb.append('.').append(parent.getCurrentName());
        }
    }

    /** Jackson sometimes places a bad character's error just after it: point at the character itself. */
    static long onCharacter(byte[] bytes, long at, int code) {
        if (code >= 0 && code < 128 && at > 0 && at <= bytes.length && bytes[(int) at - 1] == code
                && (at == bytes.length || bytes[(int) at] != code)) {
            return at - 1;
        }
        return at;
    }

    /** The start of the number that ends just before {@code end}. */
    static long numberStart(byte[] bytes, long end) {
        int i = (int) Math.min(end, bytes.length);
        while (i > 0 && isNumberChar(bytes[i - 1])) {
            i--;
        }
        return i;
    }

    private static boolean isNumberChar(byte c) {
        return c >= '0' && c <= '9' || c == '-' || c == '+' || c == '.' || c == 'e' || c == 'E';
    }

    /** The opening quote of the text that {@code inside} is in (looking back at most a megabyte). */
    static long openingQuote(byte[] bytes, long inside) {
        int i = (int) Math.min(inside, bytes.length) - 1;
        for (int stop = Math.max(0, i - (1 << 20)); i > stop; i--) {
            if (bytes[i] == '"' && bytes[i - 1] != '\\') {
                return i;
            }
        }
        return Math.max(0, inside);
    }

    /**
     * Jackson places a bad word's error just after it (or after the character that ended it): point at the
     * word's first character instead.
     */
    static long tokenStart(byte[] bytes, long at, String token) {
        byte[] t = token.getBytes(StandardCharsets.UTF_8);
        for (long start = at - t.length; start >= 0 && start >= at - t.length - 4; start--) {
            if (start + t.length <= bytes.length
                    && Arrays.equals(bytes, (int) start, (int) start + t.length, t, 0, t.length)) {
                return start;
            }
        }
        return Math.max(0, at - t.length);
    }

    /**
     * The first byte of the character that is not ASCII just before {@code at} (Jackson places the error of
     * such a character after it), or {@code at} when the byte before is ASCII.
     */
    static long characterStart(byte[] bytes, long at) {
        int i = (int) Math.min(at, bytes.length) - 1;
        if (i < 0 || bytes[i] >= 0) {
            return Math.max(0, Math.min(at, bytes.length));
        }
        while (i > 0 && (bytes[i] & 0xC0) == 0x80) {
            i--;
        }
        return i;
    }

    /** The code point whose UTF-8 form starts at {@code at}, or -1. */
    static int codePointAt(byte[] bytes, long at) {
        if (at < 0 || at >= bytes.length) {
            return -1;
        }
        int end = (int) Math.min(bytes.length, at + 4);
        String s = new String(bytes, (int) at, end - (int) at, StandardCharsets.UTF_8);
        return s.isEmpty() ? -1 : s.codePointAt(0);
    }

    /** The word starting at {@code at}: up to the next space, comma, colon, quote or bracket (at most 100 bytes). */
    static String wordAt(byte[] bytes, long at) {
        int i = (int) at;
        int stop = (int) Math.min(bytes.length, at + 100);
        while (i < stop && " \t\r\n,:\"{}[]".indexOf(bytes[i]) < 0) {
            i++;
        }
        while (i < bytes.length && i > at && (bytes[i] & 0xC0) == 0x80) {
            i--; // cut at a character's start
        }
        return new String(bytes, (int) at, i - (int) at, StandardCharsets.UTF_8);
    }

    /** The offset of the last '"' before {@code at} (spaces between skipped), or -1. */
    static long closingQuoteBefore(byte[] bytes, long at) {
        int i = (int) Math.min(at, bytes.length) - 1;
        while (i >= 0 && (bytes[i] == ' ' || bytes[i] == '\t' || bytes[i] == '\r' || bytes[i] == '\n')) {
            i--;
        }
        return i >= 0 && bytes[i] == '"' ? i : -1;
    }

    /**
     * True when the text {@code bytes[from, to)}, spaces at its end left out, ends with , { [ ] } or : (or is
     * blank).
     */
    static boolean endsLikeJson(byte[] bytes, long from, long to) {
        int i = (int) Math.min(to, bytes.length) - 1;
        while (i >= from && (bytes[i] == ' ' || bytes[i] == '\t' || bytes[i] == '\r')) {
            i--;
        }
        return i < from || ",{[]}:".indexOf(bytes[i]) >= 0;
    }
}
