package app.delegations.data;

import app.delegations.text.Msg;
import java.util.Arrays;

/**
 * Finds quotes in a source text, where any run of whitespace in the quote matches any run of whitespace in
 * the text (sources break lines mid-sentence). Built once per source: the text with each whitespace run
 * folded to one space, and for each folded character its offset in the original text.
 */
final class QuoteIndex {
    private final String folded;
    // folded index -> text index, kept sparse: folding only drops characters (the rest of each whitespace
    // run), so text index = folded index + the characters dropped before it. shiftAt[k] is the first folded
    // index with shift[k] characters dropped before it (an int per character cost 4 bytes a character).
    private final int[] shiftAt;
    private final int[] shift;
    private final IdTable found = new IdTable(); // quote -> its range, for quotes cited again (not -1: not found)

    QuoteIndex(String text) {
        char[] out = new char[text.length()];
        int[] at = new int[8];
        int[] by = new int[8];
        int runs = 0;
        int n = 0;
        int dropped = 0;
        boolean inSpace = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean space = isSpace(c);
            if (space && inSpace) {
                dropped++;
                continue;
            }
            if (runs == 0 ? dropped != 0 : by[runs - 1] != dropped) {
                if (runs == at.length) {
                    at = Arrays.copyOf(at, runs * 2);
                    by = Arrays.copyOf(by, runs * 2);
                }
                at[runs] = n;
                by[runs++] = dropped;
            }
            out[n++] = space ? ' ' : c;
            inSpace = space;
        }
        folded = new String(out, 0, n);
        shiftAt = Arrays.copyOf(at, runs);
        shift = Arrays.copyOf(by, runs);
    }

    /** The text index of the character at {@code i} in the folded text. */
    private int original(int i) {
        int k = Arrays.binarySearch(shiftAt, i);
        if (k < 0) {
            k = -k - 2; // the last entry before i
        }
        return k < 0 ? i : i + shift[k];
    }

    /**
     * Whitespace as Java counts it ({@link Character#isWhitespace} or {@link Character#isSpaceChar}); below
     * U+1680 only ASCII controls 9–13 and 28–31, the space and the no-break space are, so the letters of
     * a text (Latin, Greek, Cyrillic) are told apart without the Unicode tables.
     */
    static boolean isSpace(char c) {
        if (c < 0x80) {
            return c == ' ' || c >= 9 && c <= 13 || c >= 0x1C && c <= 0x1F;
        }
        if (c < 0x1680) {
            return c == 0xA0;
        }
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    /** Folds a quote the way the text is folded, without its leading and trailing whitespace. */
    static String fold(String quote) {
        if (isFolded(quote)) {
            return quote; // the usual quote: one line, single spaces
        }
        var sb = new StringBuilder(quote.length());
        boolean inSpace = true; // drops leading whitespace
        for (int i = 0; i < quote.length(); i++) {
            char c = quote.charAt(i);
            if (isSpace(c)) {
                if (!inSpace) {
                    sb.append(' ');
                    inSpace = true;
                }
            } else {
                sb.append(c);
                inSpace = false;
            }
        }
        int end = sb.length();
        if (end > 0 && sb.charAt(end - 1) == ' ') {
            sb.setLength(end - 1);
        }
        return sb.toString();
    }

    /** True when folding would not change {@code quote}: no whitespace but single spaces between words. */
    private static boolean isFolded(String quote) {
        int n = quote.length();
        boolean space = true; // a space at the start is folded away
        for (int i = 0; i < n; i++) {
            char c = quote.charAt(i);
            if (c == ' ') {
                if (space) {
                    return false;
                }
                space = true;
            } else if (c <= ' ' || c >= 0x80 && isSpace(c)) {
                return false;
            } else {
                space = false;
            }
        }
        return !space || n == 0;
    }

    /**
     * The quote's first occurrence as {@code start << 32 | end} (character offsets in the text, end
     * exclusive), or -1 when it is not there or is only whitespace.
     */
    long find(String quote) {
        long cached = found.get(quote);
        if (cached >= 0) {
            return cached;
        }
        String q = fold(quote);
        long range = -1;
        if (!q.isEmpty()) {
            int i = folded.indexOf(q);
            if (i >= 0) {
                range = ((long) original(i) << 32) | (original(i + q.length() - 1) + 1L);
            }
        }
        if (range >= 0 && found.size() < 100_000) {
            found.putIfAbsent(quote, range);
        }
        return range;
    }

    /**
     * For a quote that is not found: where it stops matching, e.g. {@code the source has "jevac," where the
     * quote has "ievac,"}.
     */
    Msg mismatch(String quote) {
        String q = fold(quote);
        if (q.isEmpty()) {
            return Msg.of("quote.empty");
        }
        int lo = 0; // longest prefix of q found in the text: binary search (a prefix of a found prefix is found)
        int hi = q.length();
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (folded.contains(q.substring(0, mid))) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        if (lo < 3) {
            return Msg.of("quote.absent");
        }
        int at = folded.indexOf(q.substring(0, lo)) + lo;
        String textHas = folded.substring(at, Math.min(folded.length(), at + 12));
        String quoteHas = q.substring(lo, Math.min(q.length(), lo + 12));
        String before = q.substring(Math.max(0, lo - 20), lo);
        String upTo = "\"" + (lo > 20 ? "…" : "") + before + "\"";
        return textHas.isEmpty() ? Msg.of("quote.sourceEnds", upTo, "\"" + quoteHas + "\"")
                : Msg.of("quote.differs", upTo, "\"" + textHas + "\"", "\"" + quoteHas + "\"");
    }
}
