package app.delegations.data.write;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A growing buffer of UTF-8 bytes that JSON text is written into directly, without a string in between: ASCII
 * punctuation and numbers as they are, strings quoted and escaped as JSON requires and no more — {@code "} and
 * {@code \}, the control characters below U+0020 (as {@code \n}, {@code \t}, {@code \r}, {@code \b}, {@code \f}
 * or a backslash, {@code u} and four upper-case hex digits) and a lone surrogate (escaped the same way, so that
 * the text survives UTF-8); everything else, non-ASCII letters included, is encoded as UTF-8 as it is.
 */
final class Utf8Buffer {
    private static final byte[] HEX = "0123456789ABCDEF".getBytes(StandardCharsets.US_ASCII);

    /** The largest array the JVM allocates. */
    private static final int MAX = Integer.MAX_VALUE - 16;

    private byte[] buf;
    private int len;

    Utf8Buffer(int capacity) {
        buf = new byte[Math.max(64, capacity)];
    }

    int length() {
        return len;
    }

    /** Drops what was written after {@code length}. */
    void truncate(int length) {
        len = length;
    }

    /** How many characters (code points) the bytes from {@code from} to the end encode. */
    int codePoints(int from) {
        int n = 0;
        for (int i = from; i < len; i++) {
            if ((buf[i] & 0xC0) != 0x80) { // not a continuation byte
                n++;
            }
        }
        return n;
    }

    byte[] bytes() {
        return Arrays.copyOf(buf, len);
    }

    String text() {
        return new String(buf, 0, len, StandardCharsets.UTF_8);
    }

    void ascii(char c) {
        room(1);
        buf[len++] = (byte) c;
    }

    /** {@code s}, which holds only ASCII characters (punctuation, digits, a number's text). */
    void ascii(String s) {
        int n = s.length();
        room(n);
        for (int i = 0; i < n; i++) {
            buf[len++] = (byte) s.charAt(i);
        }
    }

    /** {@code count} spaces. */
    void spaces(int count) {
        room(count);
        Arrays.fill(buf, len, len + count, (byte) ' ');
        len += count;
    }

    /** {@code s} as a JSON string, quotes included. */
    void string(String s) {
        int n = s.length();
        room(6L * n + 2); // the most a char takes is an escape of 6 bytes (a surrogate pair takes 4)
        buf[len++] = '"';
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                if (c >= 0x20 && c != '"' && c != '\\') {
                    buf[len++] = (byte) c;
                } else {
                    escape(c);
                }
            } else if (c < 0x800) {
                buf[len++] = (byte) (0xC0 | c >> 6);
                buf[len++] = (byte) (0x80 | c & 0x3F);
            } else if (!Character.isSurrogate(c)) {
                buf[len++] = (byte) (0xE0 | c >> 12);
                buf[len++] = (byte) (0x80 | c >> 6 & 0x3F);
                buf[len++] = (byte) (0x80 | c & 0x3F);
            } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                int cp = Character.toCodePoint(c, s.charAt(++i));
                buf[len++] = (byte) (0xF0 | cp >> 18);
                buf[len++] = (byte) (0x80 | cp >> 12 & 0x3F);
                buf[len++] = (byte) (0x80 | cp >> 6 & 0x3F);
                buf[len++] = (byte) (0x80 | cp & 0x3F);
            } else {
                escape(c);
            }
        }
        buf[len++] = '"';
    }

    /** Writes the escape of {@code c}; the caller has made room for its 6 bytes. */
    private void escape(char c) {
        buf[len++] = '\\';
        switch (c) {
            case '"' -> buf[len++] = '"';
            case '\\' -> buf[len++] = '\\';
            case '\n' -> buf[len++] = 'n';
            case '\t' -> buf[len++] = 't';
            case '\r' -> buf[len++] = 'r';
            case '\b' -> buf[len++] = 'b';
            case '\f' -> buf[len++] = 'f';
            default -> {
                buf[len++] = 'u';
                buf[len++] = HEX[c >> 12 & 15];
                buf[len++] = HEX[c >> 8 & 15];
                buf[len++] = HEX[c >> 4 & 15];
                buf[len++] = HEX[c & 15];
            }
        }
    }

    private void room(long more) {
        if (len + more > buf.length) {
            long needed = len + more;
            if (needed > MAX) {
                throw new OutOfMemoryError("a data file of over 2 GB");
            }
            buf = Arrays.copyOf(buf, (int) Math.min(MAX, Math.max(2L * buf.length, needed)));
        }
    }
}
