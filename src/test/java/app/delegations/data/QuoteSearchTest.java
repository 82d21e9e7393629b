package app.delegations.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.delegations.text.Bundle;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.NotEmpty;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

/**
 * Quote search: the same answers as a naive search (first occurrence, else the longest start found and its
 * first place), in linear work whatever the text, and a checkpoint at bounded intervals so that Cancel stops it.
 */
class QuoteSearchTest {

    /** The naive search the loader used: the first occurrence, else the longest start of the quote that occurs. */
    private static long naive(String text, String quote) {
        int i = text.indexOf(quote);
        if (i >= 0) {
            return (long) i << 32 | quote.length();
        }
        for (int len = quote.length() - 1; len > 0; len--) {
            int at = text.indexOf(quote.substring(0, len));
            if (at >= 0) {
                return (long) at << 32 | len;
            }
        }
        return 0;
    }

    @Property(tries = 3000)
    void findsWhatTheNaiveSearchFindsOnSmallAlphabets(@ForAll @CharRange(from = 'a', to = 'c') @StringLength(max = 40) String text,
                                                      @ForAll @CharRange(from = 'a', to = 'c') @NotEmpty @StringLength(max = 8) String quote) {
        assertEquals(naive(text, quote), new QuoteSearch(quote, Checkpoint.NONE).longestStart(text));
    }

    @Property(tries = 1000)
    void findsWhatTheNaiveSearchFindsOnTwoLetters(@ForAll @CharRange(from = 'a', to = 'b') @StringLength(max = 200) String text,
                                                  @ForAll @CharRange(from = 'a', to = 'b') @NotEmpty @StringLength(max = 20) String quote) {
        assertEquals(naive(text, quote), new QuoteSearch(quote, Checkpoint.NONE).longestStart(text));
    }

    /** The quote index as it was before: a naive search in the text folded the same way. */
    private static final class NaiveIndex {
        final StringBuilder folded = new StringBuilder();
        final List<Integer> original = new ArrayList<>();

        NaiveIndex(String text) {
            boolean inSpace = false;
            for (int i = 0; i < text.length(); i++) {
                boolean space = QuoteIndex.isSpace(text.charAt(i));
                if (!(space && inSpace)) {
                    folded.append(space ? ' ' : text.charAt(i));
                    original.add(i);
                }
                inSpace = space;
            }
        }

        long find(String quote) {
            String q = QuoteIndex.fold(quote);
            int i = q.isEmpty() ? -1 : folded.indexOf(q);
            return i < 0 ? -1 : (long) original.get(i) << 32 | (original.get(i + q.length() - 1) + 1L);
        }

        String mismatch(String quote) {
            String q = QuoteIndex.fold(quote);
            if (q.isEmpty()) {
                return "the quote is empty";
            }
            int lo = 0;
            while (lo < q.length() && folded.indexOf(q.substring(0, lo + 1)) >= 0) {
                lo++;
            }
            if (lo < 3) {
                return "the text of the source does not contain it (not even its start)";
            }
            int at = folded.indexOf(q.substring(0, lo)) + lo;
            String textHas = folded.substring(at, Math.min(folded.length(), at + 12));
            String quoteHas = q.substring(lo, Math.min(q.length(), lo + 12));
            String before = q.substring(Math.max(0, lo - 20), lo);
            return "it matches the source up to \"" + (lo > 20 ? "…" : "") + before + "\", then "
                    + (textHas.isEmpty() ? "the source ends" : "the source has \"" + textHas + "\"")
                    + " where the quote has \"" + quoteHas + "\"";
        }
    }

    private static final Bundle ENGLISH = Bundle.english();

    @Property(tries = 3000)
    void theQuoteIndexAnswersAsTheNaiveSearchInTheFoldedText(
            @ForAll @Chars({'a', 'b', ' ', '\n', '\t', '\u00A0'}) @StringLength(max = 60) String text,
            @ForAll @Chars({'a', 'b', ' ', '\n'}) @StringLength(max = 12) String quote) {
        var naive = new NaiveIndex(text);
        var index = new QuoteIndex(text);
        long range = index.find(quote);
        assertEquals(naive.find(quote), range);
        if (range < 0) {
            assertEquals(naive.mismatch(quote), ENGLISH.what(index.mismatch(quote)), "after find");
            assertEquals(naive.mismatch(quote), ENGLISH.what(new QuoteIndex(text).mismatch(quote)), "on its own");
        }
    }

    @Test
    void aHostileQuoteCostsWorkLinearInTheTextNotTheirProduct() {
        int n = 4_000_000;
        int m = 10_000;
        String text = "a".repeat(n);
        for (String quote : new String[] {"a".repeat(m - 1) + "b", "b" + "a".repeat(m - 1),
            "ab".repeat(m / 2) + "b", "a".repeat(m / 2) + "b" + "a".repeat(m / 2)}) {
            var search = new QuoteSearch(quote, Checkpoint.NONE);
            long found = search.longestStart(text);
            assertTrue(search.comparisons() <= 2L * (n + m), quote.length() + "-character quote: "
                    + search.comparisons() + " comparisons");
            assertTrue((int) found < quote.length(), "not found");
        }
        String periodic = "ab".repeat(n / 2) + "c";
        var search = new QuoteSearch("ab".repeat(m / 2) + "c", Checkpoint.NONE);
        assertEquals((long) (n - m) << 32 | (m + 1), search.longestStart(periodic), "found at its first place");
        assertTrue(search.comparisons() <= 2L * (n + m + 1), search.comparisons() + " comparisons");
    }

    @Test
    void theSearchReachesACheckpointAfterEveryFixedAmountOfWork() {
        String text = "a".repeat(1_000_000);
        var comparisonsAtChecks = new ArrayList<Long>();
        var search = new QuoteSearch[1];
        search[0] = new QuoteSearch("a".repeat(9_999) + "b", () -> comparisonsAtChecks.add(search[0] == null ? 0
                : search[0].comparisons()));
        search[0].longestStart(text);
        long last = 0;
        for (long at : comparisonsAtChecks) {
            assertTrue(at - last <= QuoteSearch.CHECK_EVERY, "a stretch of " + (at - last) + " comparisons unchecked");
            last = at;
        }
        assertTrue(search[0].comparisons() - last <= QuoteSearch.CHECK_EVERY, "the last stretch");
    }

    @Test
    void aCheckpointThatThrowsStopsTheSearch() {
        var checks = new AtomicLong();
        var search = new QuoteSearch("a".repeat(9_999) + "b", () -> {
            if (checks.incrementAndGet() == 3) {
                throw new LoadCancelled();
            }
        });
        assertThrows(LoadCancelled.class, () -> search.longestStart("a".repeat(1_000_000)));
        assertTrue(search.comparisons() <= 3L * QuoteSearch.CHECK_EVERY, "stopped at the third checkpoint");
    }
}
