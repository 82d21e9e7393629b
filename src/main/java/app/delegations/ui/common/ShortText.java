package app.delegations.ui.common;

/**
 * Shortens texts for display: a text from a data file may be a million characters long, and a label or a
 * table cell lays out (and measures, and wraps) every character it is given. Every view shows a text through
 * here; where the text is shortened, the whole stays reachable (the detail pane's "show all").
 */
public final class ShortText {
    /** A line's worth: table cells, timeline labels, tooltips, titles. */
    public static final int LINE = 200;
    /** A paragraph's worth: a value in the detail pane before "show all". */
    public static final int BLOCK = 2_000;

    private static final String ELLIPSIS = "…";

    private ShortText() {
    }

    /** True when {@code s} is shown whole within {@code max} characters. */
    public static boolean fits(String s, int max) {
        return s == null || s.length() <= max;
    }

    /**
     * {@code s} itself when it has at most {@code max} characters, else its first characters (never half a
     * surrogate pair) and an ellipsis, {@code max} characters in all.
     */
    public static String shorten(String s, int max) {
        if (fits(s, max)) {
            return s;
        }
        int cut = Math.max(0, max - ELLIPSIS.length());
        if (cut > 0 && Character.isHighSurrogate(s.charAt(cut - 1))) {
            cut--;
        }
        return s.substring(0, cut).stripTrailing() + ELLIPSIS;
    }
}
