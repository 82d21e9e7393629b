package app.delegations.data;

/**
 * The format's rules for short texts, checked on the parser's characters where a value is read (blank texts,
 * ids, country codes), and how a value is shown inside a message. Pure functions.
 */
final class TextRules {
    private TextRules() {
    }

    /**
     * True when {@code s} holds only whitespace as JSON Schema's {@code \S} (ECMAScript) counts it: tab, line
     * feed, vertical tab, form feed, carriage return, the byte-order mark U+FEFF, the line and paragraph
     * separators and every space separator (the no-break spaces U+00A0, U+202F, U+3000 among them). The
     * schema refuses the same texts.
     */
    static boolean isBlank(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean space = c >= '\t' && c <= '\r' || c == '\uFEFF' || c == '\u2028' || c == '\u2029'
                    || Character.getType(c) == Character.SPACE_SEPARATOR;
            if (!space) {
                return false;
            }
        }
        return true;
    }

    /** True when {@code s} is empty or blank ({@link #isBlank}); a text starting with a visible ASCII is not. */
    static boolean isEmptyText(String s) {
        return s.isEmpty() || !isVisibleAscii(s.charAt(0)) && isBlank(s);
    }

    private static boolean isVisibleAscii(char c) {
        return c > ' ' && c < 127;
    }

    /** An id: lower-case letters a–z, digits and single hyphens between them, at most {@link Limits#MAX_ID_CHARS}. */
    static boolean isId(char[] c, int offset, int n) {
        if (n == 0 || n > Limits.MAX_ID_CHARS || c[offset] == '-' || c[offset + n - 1] == '-') {
            return false;
        }
        for (int i = offset; i < offset + n; i++) {
            char ch = c[i];
            if (!(ch >= 'a' && ch <= 'z' || ch >= '0' && ch <= '9' || ch == '-' && c[i - 1] != '-')) {
                return false;
            }
        }
        return true;
    }

    static boolean isUpper(char c) {
        return c >= 'A' && c <= 'Z';
    }

    /**
     * {@code "text"}, shortened to 60 characters: a value of a file (an id, a name) as it is written in the file,
     * in JSON's straight quotes in either language, so that it reads as the literal to search the file for.
     */
    static String quoted(String s) {
        return "\"" + (s.length() > 60 ? s.substring(0, 60) + "…" : s) + "\"";
    }

    /** A bound as a message shows it: {@code 90}, not {@code 90.0}. */
    static String plain(double d) {
        return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
    }
}
