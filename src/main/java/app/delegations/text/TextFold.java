package app.delegations.text;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Folds text for search: lower case, no diacritics, and the letters Unicode decomposition leaves alone
 * spelled out (ł→l, đ→d, ø→o, ß→ss, æ→ae…), so that {@code krakow} finds Kraków, {@code lodz} Łódź and
 * {@code kosice} Košice.
 */
public final class TextFold {
    private TextFold() {
    }

    /** The folded form of {@code s}. */
    public static String fold(String s) {
        if (s == null || s.isEmpty()) {
            return "";
        }
        var sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            appendFolded(s.charAt(i), sb);
        }
        return sb.toString();
    }

    /** The query split into folded words; empty when the query is blank. */
    public static List<String> words(String query) {
        var words = new ArrayList<String>();
        for (String w : fold(query).trim().split("\\s+")) {
            if (!w.isEmpty()) {
                words.add(w);
            }
        }
        return words;
    }

    /**
     * The ranges [start, end) of {@code original} whose folded form contains one of the folded
     * {@code words}; used to highlight matches. Overlapping ranges are merged.
     */
    public static List<int[]> matchRanges(String original, List<String> words) {
        if (original == null || original.isEmpty() || words.isEmpty()) {
            return List.of();
        }
        var folded = new StringBuilder(original.length());
        var origin = new int[original.length() * 2 + 4];
        int n = 0;
        for (int i = 0; i < original.length(); i++) {
            int before = folded.length();
            appendFolded(original.charAt(i), folded);
            for (int k = before; k < folded.length(); k++) {
                if (n == origin.length) {
                    origin = Arrays.copyOf(origin, n * 2);
                }
                origin[n++] = i;
            }
        }
        String f = folded.toString();
        var marks = new boolean[original.length()];
        boolean any = false;
        for (String w : words) {
            for (int at = f.indexOf(w); at >= 0; at = f.indexOf(w, at + 1)) {
                for (int k = at; k < at + w.length(); k++) {
                    marks[origin[k]] = true;
                }
                any = true;
            }
        }
        if (!any) {
            return List.of();
        }
        var ranges = new ArrayList<int[]>();
        int start = -1;
        for (int i = 0; i <= marks.length; i++) {
            boolean m = i < marks.length && marks[i];
            if (m && start < 0) {
                start = i;
            } else if (!m && start >= 0) {
                ranges.add(new int[] {start, i});
                start = -1;
            }
        }
        return ranges;
    }

    /**
     * True when {@code text} already names {@code name}, so that a line need not say it twice ("Director of the
     * Forum of Slavic Cultures Foundation" names the Forum of Slavic Cultures Foundation): every word of the name
     * of three letters or more, folded, is a word of the text or an inflected form of one ({@link #sameWord}):
     * "Dyrektor Fundacji Forum Kultur Słowiańskich" names "Fundacja Forum Kultur Słowiańskich". Shorter words
     * ("of", "i") do not count; a name without a longer word is never named.
     */
    public static boolean names(String text, String name) {
        List<String> have = letterWords(text);
        boolean any = false;
        for (String w : letterWords(name)) {
            if (w.length() < 3) {
                continue;
            }
            any = true;
            if (have.stream().noneMatch(h -> sameWord(h, w))) {
                return false;
            }
        }
        return any;
    }

    /**
     * Equal, or inflected forms of one word: they begin alike up to the last three letters of the longer, and for
     * four letters at least ("fundacja", "fundacji"; not "petersburg", "peterhof").
     */
    private static boolean sameWord(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        int common = 0;
        while (common < a.length() && common < b.length() && a.charAt(common) == b.charAt(common)) {
            common++;
        }
        return common >= Math.max(4, Math.max(a.length(), b.length()) - 3);
    }

    /** The folded words of {@code s}: its runs of letters and digits. */
    private static List<String> letterWords(String s) {
        var words = new ArrayList<String>();
        for (String w : fold(s).split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty()) {
                words.add(w);
            }
        }
        return words;
    }

    private static void appendFolded(char c, StringBuilder out) {
        if (c < 0x80) {
            out.append(c >= 'A' && c <= 'Z' ? (char) (c + 32) : c);
            return;
        }
        String special = special(c);
        if (special != null) {
            out.append(special);
            return;
        }
        String lower = String.valueOf(c).toLowerCase(Locale.ROOT);
        String decomposed = Normalizer.normalize(lower, Normalizer.Form.NFD);
        for (int i = 0; i < decomposed.length(); i++) {
            char d = decomposed.charAt(i);
            int type = Character.getType(d);
            if (type != Character.NON_SPACING_MARK && type != Character.COMBINING_SPACING_MARK
                    && type != Character.ENCLOSING_MARK) {
                String sp = special(d);
                out.append(sp != null ? sp : String.valueOf(d));
            }
        }
    }

    /** Letters NFD does not decompose into a base letter and a mark. */
    private static String special(char c) {
        switch (c) {
            case 'ł': case 'Ł': return "l";
            case 'đ': case 'Đ': return "d";
            case 'ð': case 'Ð': return "d";
            case 'ø': case 'Ø': return "o";
            case 'ß': return "ss";
            case 'ẞ': return "ss";
            case 'æ': case 'Æ': return "ae";
            case 'œ': case 'Œ': return "oe";
            case 'þ': case 'Þ': return "th";
            case 'ı': return "i";
            case 'ħ': case 'Ħ': return "h";
            case 'ŧ': case 'Ŧ': return "t";
            case 'ŀ': case 'Ŀ': return "l";
            case '\u00A0': return " ";
            default: return null;
        }
    }
}
