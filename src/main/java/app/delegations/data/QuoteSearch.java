package app.delegations.data;

/**
 * Finds one quote in a text with Knuth–Morris–Pratt: the first occurrence, or when there is none, the longest
 * start of the quote that occurs and where it first occurs. At most {@code 2·(n + m)} character comparisons
 * for a text of n and a quote of m characters, whatever they hold (a naive search of {@code aaa…ab} in
 * {@code aaaa…} makes n·m). Asks {@link Checkpoint} whether to stop after at most {@link #CHECK_EVERY}
 * comparisons, so a cancelled load stops in the middle of a long search.
 */
final class QuoteSearch {
    /** Comparisons between two checkpoints (one jump to the next first character may count as many). */
    static final int CHECK_EVERY = 1 << 16;

    private final char[] quote;
    private final int[] border; // border[k]: length of the longest proper prefix of quote[0..k] that ends at k
    private final Checkpoint checkpoint;
    private long comparisons;
    private long nextCheck = CHECK_EVERY;

    QuoteSearch(String quote, Checkpoint checkpoint) {
        if (quote.isEmpty()) {
            throw new IllegalArgumentException("an empty quote");
        }
        this.quote = quote.toCharArray();
        this.checkpoint = checkpoint;
        this.border = new int[this.quote.length];
        char[] q = this.quote;
        int k = 0;
        for (int i = 1; i < q.length; i++) {
            while (k > 0 && q[k] != q[i]) {
                k = border[k - 1];
                count(1);
            }
            count(1);
            if (q[k] == q[i]) {
                k++;
            }
            border[i] = k;
        }
    }

    /** Character comparisons made so far (building the table included): what the bound above counts. */
    long comparisons() {
        return comparisons;
    }

    /**
     * The longest start of the quote found in {@code text} (the whole quote when it is there), as
     * {@code start << 32 | length}, {@code start} where it first occurs; 0 when not even its first character is.
     */
    long longestStart(String text) {
        char[] q = quote;
        char first = q[0];
        int n = text.length();
        int j = 0; // characters of the quote matched, ending at the text's character i - 1
        int best = 0;
        int bestEnd = 0; // text index just after the first match of the best length
        for (int i = 0; i < n; i++) {
            if (j == 0) {
                // the bulk of a text: straight to the quote's first character (String.indexOf is vectorised)
                int next = text.indexOf(first, i);
                count((next < 0 ? n : next + 1) - i);
                if (next < 0) {
                    break;
                }
                i = next;
                j = 1;
            } else {
                char c = text.charAt(i);
                while (j > 0 && q[j] != c) {
                    j = border[j - 1];
                    count(1);
                }
                count(1);
                if (q[j] == c) {
                    j++;
                }
            }
            if (j > best) {
                best = j;
                bestEnd = i + 1;
                if (best == q.length) {
                    break;
                }
            }
        }
        return best == 0 ? 0 : (long) (bestEnd - best) << 32 | best;
    }

    private void count(int k) {
        comparisons += k;
        if (comparisons >= nextCheck) {
            nextCheck = comparisons + CHECK_EVERY;
            checkpoint.check();
        }
    }
}
