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

    /**
     * A hash of these characters that depends on {@code seed} throughout (mixed after every character), so
     * that without the seed no one can make many ids share a hash, as {@link String#hashCode} allows ("Aa" and
     * "BB" have the same): a table keyed by it stays linear on a file written to defeat it.
     */
    static int seededHash(long seed, char[] chars, int offset, int length) {
        long x = seed;
        for (int i = offset; i < offset + length; i++) {
            x = (x ^ chars[i]) * 0x9E3779B97F4A7C15L;
            x ^= x >>> 29;
        }
        return (int) (x ^ x >>> 32);
    }

    /** {@link #seededHash(long, char[], int, int)} of the characters of {@code s}. */
    static int seededHash(long seed, String s) {
        long x = seed;
        for (int i = 0; i < s.length(); i++) {
            x = (x ^ s.charAt(i)) * 0x9E3779B97F4A7C15L;
            x ^= x >>> 29;
        }
        return (int) (x ^ x >>> 32);
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
