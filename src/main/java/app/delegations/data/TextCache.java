package app.delegations.data;

/**
 * Short texts read from the parser's buffer, one instance per text while it is remembered: a data file
 * repeats many of its texts (reasons such as "The editor's translation.", titles, quotes of the same passage),
 * and a repeated text then costs no new String, neither while loading nor in the dataset kept. Direct-mapped
 * (a text takes the slot of its hash, replacing what was there): fixed size, no growth, one comparison.
 */
final class TextCache {
    /** Longer texts are made afresh: they repeat rarely, and comparing them costs more. */
    static final int MAX_CHARS = 64;
    private static final int SLOTS = 1 << 15;

    private final String[] slots = new String[SLOTS];
    private final int[] hashes = new int[SLOTS]; // of the text in each slot: another text is told apart here,
    // without reaching into its String (a cache miss)

    /** The text {@code chars[offset, offset + length)}, the remembered instance when there is one. */
    String text(char[] chars, int offset, int length) {
        if (length > MAX_CHARS) {
            return new String(chars, offset, length);
        }
        int h = CharRun.hash(chars, offset, length);
        int x = h * 0x9E3779B1;
        int slot = (x ^ (x >>> 17)) & (SLOTS - 1);
        String s = slots[slot];
        if (s != null && hashes[slot] == h && CharRun.equal(s, chars, offset, length)) {
            return s;
        }
        s = new String(chars, offset, length);
        slots[slot] = s;
        hashes[slot] = h;
        return s;
    }
}
