package app.delegations.cli;

/**
 * Text from a data file (its path, field names, quoted values), made safe to print on a terminal: every
 * control character (C0, DEL, C1) and every bidirectional override or isolate (U+202A–U+202E, U+2066–U+2069)
 * becomes a visible escape such as {@code \u001B}, so a file cannot move the cursor, retitle or clear the
 * terminal, or reorder what the line shows. Everything else, Polish letters included, is printed as it is.
 */
public final class TerminalText {
    private TerminalText() {
    }

    public static String escape(String s) {
        int i = 0;
        while (i < s.length() && !unsafe(s.charAt(i))) {
            i++;
        }
        if (i == s.length()) {
            return s; // the usual line: nothing to escape
        }
        var sb = new StringBuilder(s.length() + 16).append(s, 0, i);
        for (; i < s.length(); i++) {
            char c = s.charAt(i);
            if (unsafe(c)) {
                sb.append(String.format("\\u%04X", (int) c));
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    static boolean unsafe(char c) {
        return c < 0x20 || c >= 0x7F && c <= 0x9F || c >= 0x202A && c <= 0x202E || c >= 0x2066 && c <= 0x2069;
    }
}
