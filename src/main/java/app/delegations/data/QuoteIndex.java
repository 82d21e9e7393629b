package app.delegations.data;

import app.delegations.text.Msg;
import java.util.Arrays;

/**
 * Finds quotes in a source text, where any run of whitespace in the quote matches any run of whitespace in
 * the text (sources break lines mid-sentence). Built once per source: the text with each whitespace run
 * folded to one space, and for each folded character its offset in the original text. Building it and each
 * search take time linear in the lengths of the text and the quote ({@link QuoteSearch}), and call the
 * checkpoint given at least every {@link QuoteSearch#CHECK_EVERY} characters, so a cancelled load stops.
 */
final class QuoteIndex {
    private final String folded;
    // folded index -> text index, kept sparse: folding only drops characters (the rest of each whitespace
    // run), so text index = folded index + the characters dropped before it. shiftAt[k] is the first folded
    // index with shift[k] characters dropped before it (an int per character cost 4 bytes a character).
    private final int[] shiftAt;
    private final int[] shift;
    // quote -> its range, or for a quote not found -2 - (the longest start of it found, as QuoteSearch gives
    // it), so that a quote cited again is not searched again, found or not, nor to say where it stops matching
    private final IdTable found = new IdTable();
    private static final int MISSING_CHARS = 1 << 22; // misses cached: the only strings the cache keeps alive
    private int missingChars;

    QuoteIndex(String text) {
        this(text, Checkpoint.NONE);
    }

    QuoteIndex(String text, Checkpoint checkpoint) {
        char[] out = new char[text.length()];
        int[] at = new int[8];
        int[] by = new int[8];
        int runs = 0;
        int n = 0;
        int dropped = 0;
        boolean inSpace = false;
        for (int i = 0; i < text.length(); i++) {
            if ((i & (QuoteSearch.CHECK_EVERY - 1)) == 0) {
                checkpoint.check();
            }
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
        return find(quote, Checkpoint.NONE);
    }

    /** {@link #find(String)}, calling {@code checkpoint} while it searches. */
    long find(String quote, Checkpoint checkpoint) {
        long cached = found.get(quote);
        if (cached != -1) {
            return Math.max(-1, cached);
        }
        String q = fold(quote);
        long range = -1;
        long longest = 0;
        if (!q.isEmpty()) {
            longest = new QuoteSearch(q, checkpoint).longestStart(folded);
            int i = (int) longest == q.length() ? (int) (longest >>> 32) : -1;
            if (i >= 0) {
                range = ((long) original(i) << 32) | (original(i + q.length() - 1) + 1L);
            }
        }
        if (found.size() < 100_000) {
            if (range >= 0) {
                found.putIfAbsent(quote, range);
            } else if (missingChars + quote.length() <= MISSING_CHARS) {
                missingChars += quote.length();
                found.putIfAbsent(quote, -2 - longest);
            }
        }
        return range;
    }

    /**
     * For a quote that is not found: where it stops matching, e.g. {@code the source has "jevac," where the
     * quote has "ievac,"}.
     */
    Msg mismatch(String quote) {
        return mismatch(quote, Checkpoint.NONE);
    }

    /** {@link #mismatch(String)}, calling {@code checkpoint} while it searches. */
    Msg mismatch(String quote, Checkpoint checkpoint) {
        String q = fold(quote);
        if (q.isEmpty()) {
            return Msg.of("quote.empty");
        }
        long cached = found.get(quote);
        long longest = cached <= -2 ? -2 - cached // the longest start of q found, as find saw it
                : new QuoteSearch(q, checkpoint).longestStart(folded);
        int lo = (int) longest;
        if (lo < 3) {
            return Msg.of("quote.absent");
        }
        int at = (int) (longest >>> 32) + lo;
        String textHas = folded.substring(at, Math.min(folded.length(), at + 12));
        String quoteHas = q.substring(lo, Math.min(q.length(), lo + 12));
        String before = q.substring(Math.max(0, lo - 20), lo);
        String upTo = "\"" + (lo > 20 ? "…" : "") + before + "\"";
        return textHas.isEmpty() ? Msg.of("quote.sourceEnds", upTo, "\"" + quoteHas + "\"")
                : Msg.of("quote.differs", upTo, "\"" + textHas + "\"", "\"" + quoteHas + "\"");
    }
}
