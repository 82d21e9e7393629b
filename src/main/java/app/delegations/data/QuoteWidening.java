package app.delegations.data;

import java.util.ArrayList;
import java.util.List;

/**
 * The quote a citation should give for a passage selected in a source's text: the shortest quote containing the
 * selection that the loader finds at the selection and nowhere else in the note. The loader matches a quote's
 * first occurrence, with any run of whitespace in the quote matching any run in the text ({@link QuoteIndex}),
 * so a quote that occurred earlier too would cite the wrong passage: the selection (its edge whitespace left
 * out, and the letters and digits of a word it cuts completed) is widened by whole words (runs of characters
 * that are not whitespace, punctuation included), one at a time on the left, the right or both, and the shortest
 * widening whose only occurrence is the selected one is given, its whitespace runs folded to one space.
 *
 * <p>Built once per note: its text is indexed twice (forwards, and reversed to find a quote's last occurrence:
 * a quote is unique when its first and last occurrences are the selected one), in time linear in the note.
 * Each candidate is one search of each index, linear in the note and the quote; widening by k words tries
 * about k²/2 candidates, and past {@link #FEW_WORDS} words (a note repeating long runs of words) the widening
 * grows on both sides at once by bisection, about log₂ of the words in the note more searches.
 */
public final class QuoteWidening {
    /** Words widened word by word on either side; past them, on both sides at once. */
    static final int FEW_WORDS = 12;

    private final String note;
    private final QuoteIndex forward;
    private final QuoteIndex backward;

    /** A quote of the note and the range [start, end) of the note the loader finds it at. */
    public record Quote(String text, int start, int end) {
    }

    public QuoteWidening(String note) {
        this.note = note;
        this.forward = new QuoteIndex(note);
        this.backward = new QuoteIndex(new StringBuilder(note).reverse().toString());
    }

    /**
     * The shortest quote containing the note's characters [start, end) whose only occurrence in the note is the
     * one there, as the loader finds quotes.
     *
     * @throws IllegalArgumentException when the range is outside the note or holds only whitespace
     */
    public Quote widen(int start, int end) {
        if (start < 0 || end > note.length() || start > end) {
            throw new IllegalArgumentException("not a range of the note: [" + start + ", " + end + ")");
        }
        while (start < end && QuoteIndex.isSpace(note.charAt(start))) {
            start++;
        }
        while (end > start && QuoteIndex.isSpace(note.charAt(end - 1))) {
            end--;
        }
        if (start == end) {
            throw new IllegalArgumentException("a selection of only whitespace has no quote");
        }
        while (start > 0 && Character.isLetterOrDigit(note.charAt(start - 1))
                && Character.isLetterOrDigit(note.charAt(start))) {
            start--; // a word cut by the selection is quoted whole
        }
        while (end < note.length() && Character.isLetterOrDigit(note.charAt(end))
                && Character.isLetterOrDigit(note.charAt(end - 1))) {
            end++;
        }
        List<Integer> lefts = edges(start, -1);
        List<Integer> rights = edges(end, +1);
        for (int k = 0; k <= FEW_WORDS; k++) {
            Quote best = null;
            boolean any = false;
            for (int a = Math.max(0, k - rights.size() + 1); a <= Math.min(k, lefts.size() - 1); a++) {
                any = true;
                int from = lefts.get(a);
                int to = rights.get(k - a);
                if ((best == null || to - from < best.end() - best.start()) && unique(from, to)) {
                    best = quote(from, to);
                }
            }
            if (best != null) {
                return best;
            }
            if (!any) {
                break;
            }
        }
        // many words repeat: the least widening on both sides at once, by bisection (widening keeps a quote unique)
        int lo = FEW_WORDS / 2;
        int hi = Math.max(lefts.size(), rights.size()) - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (unique(lefts.get(Math.min(mid, lefts.size() - 1)), rights.get(Math.min(mid, rights.size() - 1)))) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return quote(lefts.get(Math.min(lo, lefts.size() - 1)), rights.get(Math.min(lo, rights.size() - 1)));
    }

    /**
     * The edges a quote may have on one side, nearest first: {@code at} itself, then the edge of each word further
     * out ({@code step} -1: word starts to the left; +1: word ends to the right).
     */
    private List<Integer> edges(int at, int step) {
        var out = new ArrayList<Integer>();
        out.add(at);
        int n = note.length();
        int i = at;
        while (step < 0 ? i > 0 : i < n) {
            // over the whitespace before the next word, then over the word
            while ((step < 0 ? i > 0 : i < n) && QuoteIndex.isSpace(note.charAt(step < 0 ? i - 1 : i))) {
                i += step;
            }
            if (step < 0 ? i == 0 : i == n) {
                break;
            }
            while ((step < 0 ? i > 0 : i < n) && !QuoteIndex.isSpace(note.charAt(step < 0 ? i - 1 : i))) {
                i += step;
            }
            out.add(i);
        }
        return out;
    }

    /** True when the note's characters [from, to) as a quote are found there first and last. */
    private boolean unique(int from, int to) {
        String q = note.substring(from, to);
        long first = forward.find(q);
        if (first < 0 || (int) (first >>> 32) != from || (int) first != to) {
            return false;
        }
        long last = backward.find(new StringBuilder(q).reverse().toString());
        int n = note.length();
        return last >= 0 && n - (int) last == from && n - (int) (last >>> 32) == to;
    }

    private Quote quote(int from, int to) {
        return new Quote(QuoteIndex.fold(note.substring(from, to)), from, to);
    }
}
