package app.delegations.ui.filter;

import app.delegations.index.DatasetIndex;
import java.util.List;

/**
 * Which places a search matches: every folded word must occur in the place's folded names and note or in its
 * country's code and names ("serbia kru"). Remembers its last answer: when the words only narrow the last
 * ones (a word growing, a word added) on the same index, only the places that matched then are tested again.
 * Not thread-safe; plain Java, no JavaFX.
 */
final class SearchMatch {
    private DatasetIndex lastIndex;
    private List<String> lastWords = List.of();
    private boolean[] lastMatches;
    private int lastTested;

    /**
     * Per place (by entry index), whether the words match it, or null for no words (every place). The array
     * is new on every call that has words and is not written to afterwards.
     */
    boolean[] places(DatasetIndex idx, List<String> words) {
        if (words.isEmpty()) {
            lastWords = List.of();
            lastMatches = null;
            lastTested = 0;
            return null;
        }
        String[] folded = idx.columns().folded();
        int[] countryOf = idx.columns().country();
        // the countries are tested once per word, not once per place
        int countries = idx.countryCodes().size();
        var countryHas = new boolean[words.size()][countries];
        for (int w = 0; w < words.size(); w++) {
            for (int c = 0; c < countries; c++) {
                countryHas[w][c] = idx.countrySearchText(c).contains(words.get(w));
            }
        }
        boolean[] previous = idx == lastIndex && narrows(lastWords, words) ? lastMatches : null;
        var ok = new boolean[folded.length];
        int tested = 0;
        for (int i = 0; i < ok.length; i++) {
            if (previous == null || previous[i]) {
                tested++;
                boolean all = true;
                for (int w = 0; all && w < words.size(); w++) {
                    all = countryHas[w][countryOf[i]] || folded[i].contains(words.get(w));
                }
                ok[i] = all;
            }
        }
        lastIndex = idx;
        lastWords = words;
        lastMatches = ok;
        lastTested = tested;
        return ok;
    }

    /** How many places the last call tested (all of them, unless it narrowed the call before). */
    int lastTested() {
        return lastTested;
    }

    /** True when every place matching {@code now} also matches {@code before}. */
    static boolean narrows(List<String> before, List<String> now) {
        if (before.isEmpty() || now.size() < before.size()) {
            return false;
        }
        for (int i = 0; i < before.size(); i++) {
            if (!now.get(i).contains(before.get(i))) {
                return false;
            }
        }
        return true;
    }
}
