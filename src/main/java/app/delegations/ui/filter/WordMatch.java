package app.delegations.ui.filter;

import java.util.List;

/**
 * Which of one kind's folded texts hold every search word, remembering its last answer: when the words only
 * narrow the last ones (a word growing, a word added) on the same texts, only the texts that matched then are
 * tested again. A text may borrow words from a group it belongs to (a place from its country: "serbia kru"):
 * a word counts as found when its group has it. Not thread-safe; plain Java, no JavaFX.
 */
final class WordMatch {
    private String[] lastTexts;
    private List<String> lastWords = List.of();
    private boolean[] last;
    private int lastTested;

    /**
     * Per text, whether it holds every word (or its group does, word by word); the array is new on every call
     * and is not written to afterwards. {@code words} must not be empty.
     *
     * @param groupOf  per text, its group, or null when the texts have no groups
     * @param groupHas per word, per group, whether the group has the word (read only when {@code groupOf} is given)
     */
    boolean[] match(String[] texts, List<String> words, int[] groupOf, boolean[][] groupHas) {
        boolean[] previous = texts == lastTexts && SearchMatch.narrows(lastWords, words) ? last : null;
        var ok = new boolean[texts.length];
        int tested = 0;
        for (int i = 0; i < ok.length; i++) {
            if (previous == null || previous[i]) {
                tested++;
                boolean all = true;
                for (int w = 0; all && w < words.size(); w++) {
                    all = groupOf != null && groupHas[w][groupOf[i]] || texts[i].contains(words.get(w));
                }
                ok[i] = all;
            }
        }
        lastTexts = texts;
        lastWords = words;
        last = ok;
        lastTested = tested;
        return ok;
    }

    /** Takes {@code matches} as the answer for these words on these texts (remembered from an earlier call). */
    void remember(String[] texts, List<String> words, boolean[] matches) {
        lastTexts = texts;
        lastWords = words;
        last = matches;
        lastTested = 0;
    }

    /** Forgets the last answer (the search was cleared). */
    void forget() {
        lastTexts = null;
        lastWords = List.of();
        last = null;
        lastTested = 0;
    }

    /** How many texts the last call tested (all of them, unless it narrowed the call before). */
    int lastTested() {
        return lastTested;
    }
}
