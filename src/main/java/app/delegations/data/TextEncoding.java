package app.delegations.data;

import app.delegations.text.Msg;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Checks that bytes are UTF-8 text before anything parses them: accepts a UTF-8 byte-order mark, recognises
 * UTF-16 and UTF-32 (by their mark or by the NUL bytes of their ASCII characters) and binary data, and finds
 * the first byte that is not UTF-8 (overlong forms, surrogates and code points past U+10FFFF included).
 */
final class TextEncoding {

    /** The outcome: where the text starts (after a mark) or what is wrong, and at which byte. */
    record Check(int textStart, Msg problem, int at) {
        boolean ok() {
            return problem == null;
        }
    }

    private static final VarHandle WORDS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long HIGH_BITS = 0x8080808080808080L;
    private static final long LOW_BITS = 0x0101010101010101L;
    static final int CHECK_EVERY = 1 << 20;

    private TextEncoding() {
    }

    static Check check(byte[] b, int length) {
        return check(b, length, Checkpoint.NONE);
    }

    /** {@link #check(byte[], int)}, calling {@code checkpoint} every {@link #CHECK_EVERY} bytes. */
    static Check check(byte[] b, int length, Checkpoint checkpoint) {
        int start = 0;
        if (length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            start = 3;
        } else {
            String wide = wideEncoding(b, length);
            if (wide != null) {
                return new Check(0, Msg.of("encoding.wide", wide), 0);
            }
        }
        int nextCheck = start + CHECK_EVERY;
        for (int i = start; i < length; ) {
            if (i >= nextCheck) {
                nextCheck = i + CHECK_EVERY;
                checkpoint.check();
            }
            // eight ASCII bytes at a time, none of them NUL: the bulk of a data file; otherwise straight to the
            // first byte that is not (its bit is the lowest set: the NUL test has no false hit below a NUL)
            if (i + 8 <= length) {
                long w = (long) WORDS.get(b, i);
                long stop = (w & HIGH_BITS) | ((w - LOW_BITS) & ~w & HIGH_BITS);
                if (stop == 0) {
                    i += 8;
                    continue;
                }
                i += Long.numberOfTrailingZeros(stop) >>> 3;
            }
            int c = b[i];
            if (c > 0) { // ASCII, the common case
                i++;
                continue;
            }
            if (c == 0) {
                return new Check(start, Msg.of("encoding.nul"), i);
            }
            int n = sequenceLength(b, i, length);
            if (n < 0) {
                return new Check(start, Msg.of("encoding.invalid", String.format("0x%02X", c & 0xFF)), i);
            }
            i += n;
        }
        return new Check(start, null, -1);
    }

    /** The length of the well-formed UTF-8 sequence at {@code i} (lead byte ≥ 0x80), or -1. */
    private static int sequenceLength(byte[] b, int i, int length) {
        int c = b[i] & 0xFF;
        int n;
        int min2 = 0x80;
        int max2 = 0xBF;
        if (c >= 0xC2 && c <= 0xDF) {
            n = 2;
        } else if (c >= 0xE0 && c <= 0xEF) {
            n = 3;
            if (c == 0xE0) {
                min2 = 0xA0; // overlong
            } else if (c == 0xED) {
                max2 = 0x9F; // surrogates
            }
        } else if (c >= 0xF0 && c <= 0xF4) {
            n = 4;
            if (c == 0xF0) {
                min2 = 0x90; // overlong
            } else if (c == 0xF4) {
                max2 = 0x8F; // past U+10FFFF
            }
        } else {
            return -1;
        }
        if (i + n > length) {
            return -1;
        }
        int second = b[i + 1] & 0xFF;
        if (second < min2 || second > max2) {
            return -1;
        }
        for (int k = 2; k < n; k++) {
            if ((b[i + k] & 0xC0) != 0x80) {
                return -1;
            }
        }
        return n;
    }

    /** "UTF-16" or "UTF-32" when the start of the file says so, else null. */
    private static String wideEncoding(byte[] b, int length) {
        if (length >= 4 && b[0] == 0 && b[1] == 0 && (b[2] & 0xFF) == 0xFE && (b[3] & 0xFF) == 0xFF) {
            return "UTF-32";
        }
        if (length >= 4 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE && b[2] == 0 && b[3] == 0) {
            return "UTF-32";
        }
        if (length >= 2 && ((b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF
                || (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE)) {
            return "UTF-16";
        }
        // no mark: the first character of JSON text ('{', '[', a space…) leaves NUL bytes beside it
        if (length >= 4 && b[0] == 0 && b[1] == 0 && b[2] == 0 && jsonStart(b[3])
                || length >= 4 && jsonStart(b[0]) && b[1] == 0 && b[2] == 0 && b[3] == 0) {
            return "UTF-32";
        }
        if (length >= 2 && (b[0] == 0 && jsonStart(b[1]) || jsonStart(b[0]) && b[1] == 0)) {
            return "UTF-16";
        }
        return null;
    }

    private static boolean jsonStart(byte c) {
        return c == '{' || c == '[' || c == '"' || c == ' ' || c == '\t' || c == '\r' || c == '\n';
    }
}
