package app.delegations.data.edit;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Ids for new records made from their names: ASCII letters and digits in lower case, words joined by hyphens
 * ("Kraków" → {@code krakow}, "Łódź" → {@code lodz}, "Київ" → {@code kyiv} is not attempted: a name with no
 * Latin letters gives the kind's word), at most {@link #MAX} characters, made unique with {@code -2}, {@code -3}…
 * Such an id satisfies the loader's rule for ids (data/README.md).
 */
public final class NewIds {
    /** The longest id made (well under the loader's limit, short enough for a file name). */
    public static final int MAX = 60;

    /** Letters that decomposition does not turn into ASCII. */
    private static final Map<Character, String> LETTERS = Map.ofEntries(
            Map.entry('ł', "l"), Map.entry('Ł', "l"), Map.entry('ß', "ss"), Map.entry('æ', "ae"),
            Map.entry('Æ', "ae"), Map.entry('ø', "o"), Map.entry('Ø', "o"), Map.entry('đ', "d"),
            Map.entry('Đ', "d"), Map.entry('œ', "oe"), Map.entry('Œ', "oe"), Map.entry('þ', "th"),
            Map.entry('ı', "i"));

    private NewIds() {
    }

    /**
     * A new id from {@code name}, not {@code taken}; {@code fallback} (the kind's word, e.g. {@code place}) when
     * the name gives no ASCII letter or digit.
     */
    public static String make(String name, String fallback, Predicate<String> taken) {
        String base = fold(name);
        if (base.isEmpty()) {
            base = fallback;
        }
        if (!taken.test(base)) {
            return base;
        }
        for (int n = 2; ; n++) {
            String suffix = "-" + n;
            String id = trim(base.substring(0, Math.min(base.length(), MAX - suffix.length()))) + suffix;
            if (!taken.test(id)) {
                return id;
            }
        }
    }

    /** {@code name} folded to lower-case ASCII words joined by single hyphens, at most {@link #MAX} long. */
    public static String fold(String name) {
        var plain = new StringBuilder(name.length());
        for (char c : name.toCharArray()) {
            String s = LETTERS.get(c);
            plain.append(s != null ? s : String.valueOf(c));
        }
        String decomposed = Normalizer.normalize(plain, Normalizer.Form.NFKD);
        var out = new StringBuilder(decomposed.length());
        boolean gap = false;
        for (char c : decomposed.toLowerCase(Locale.ROOT).toCharArray()) {
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                if (gap && out.length() > 0) {
                    out.append('-');
                }
                out.append(c);
                gap = false;
            } else if (Character.getType(c) != Character.NON_SPACING_MARK) {
                gap = true;
            }
        }
        return trim(out.length() > MAX ? out.substring(0, MAX) : out.toString());
    }

    private static String trim(String id) {
        int end = id.length();
        while (end > 0 && id.charAt(end - 1) == '-') {
            end--;
        }
        return id.substring(0, end);
    }
}
