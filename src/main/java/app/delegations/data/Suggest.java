package app.delegations.data;

import java.util.Locale;

/** "did you mean …?" for misspelt field names, enum values and ids. */
final class Suggest {
    /** Above this many candidates no suggestion is searched for (it would cost more than it helps). */
    static final int MAX_CANDIDATES = 5000;

    private Suggest() {
    }

    /** The closest candidate within a few edits, as {@code  (did you mean "x"?)}, or "". */
    static String didYouMean(String wrong, Iterable<String> candidates) {
        String best = closest(wrong, candidates);
        return best == null ? "" : " (did you mean \"" + best + "\"?)";
    }

    static String closest(String wrong, Iterable<String> candidates) {
        if (wrong == null || wrong.isEmpty() || wrong.length() > 100) {
            return null;
        }
        String w = wrong.toLowerCase(Locale.ROOT);
        int limit = Math.max(1, Math.min(3, w.length() / 3));
        String best = null;
        int bestDistance = limit + 1;
        int seen = 0;
        for (String c : candidates) {
            if (++seen > MAX_CANDIDATES) {
                return null;
            }
            if (c.equals(wrong) || Math.abs(c.length() - w.length()) >= bestDistance) {
                continue;
            }
            int d = distance(w, c.toLowerCase(Locale.ROOT), bestDistance);
            if (d < bestDistance) {
                bestDistance = d;
                best = c;
            }
        }
        return best;
    }

    /** Optimal string alignment distance (a swap of neighbours counts 1), or ≥ {@code cap} when it is larger. */
    static int distance(String a, String b, int cap) {
        int n = a.length();
        int m = b.length();
        int[] prev2 = new int[m + 1];
        int[] prev = new int[m + 1];
        int[] cur = new int[m + 1];
        for (int j = 0; j <= m; j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= n; i++) {
            cur[0] = i;
            int rowMin = cur[0];
            for (int j = 1; j <= m; j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int v = Math.min(Math.min(prev[j] + 1, cur[j - 1] + 1), prev[j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    v = Math.min(v, prev2[j - 2] + 1);
                }
                cur[j] = v;
                rowMin = Math.min(rowMin, v);
            }
            if (rowMin >= cap) {
                return cap;
            }
            int[] t = prev2;
            prev2 = prev;
            prev = cur;
            cur = t;
        }
        return prev[m];
    }
}
