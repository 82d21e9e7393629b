package app.delegations.data;

/**
 * A run of the parser's characters, {@code chars[offset, offset + length)}, looked up without making a String:
 * its hash as {@link String#hashCode()} gives it, and whether a String holds the same characters.
 */
final class CharRun {
    private CharRun() {
    }

    /** The hash the String of these characters would have. */
    static int hash(char[] chars, int offset, int length) {
        int h = 0;
        for (int i = offset; i < offset + length; i++) {
            h = 31 * h + chars[i];
        }
        return h;
    }

    /** True when {@code s} holds exactly these characters. */
    static boolean equal(String s, char[] chars, int offset, int length) {
        if (s.length() != length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (s.charAt(i) != chars[offset + i]) {
                return false;
            }
        }
        return true;
    }
}
