package app.delegations.ui.source;

import java.util.ArrayList;
import java.util.regex.Pattern;

/**
 * A note's text as the Source view shows it: paragraphs flowing to the view's width instead of the note file's
 * hard line breaks. The shown text has exactly the note's length, character for character: a line break
 * inside a paragraph is shown as a space and the rest of its characters (a "\r", the blank line after it) as
 * zero-width spaces; every other character is the note's own. So an offset into the shown text is the same
 * offset into the note: a passage selected or highlighted on screen is the note's exact passage.
 * <p>
 * Where paragraphs end: in a note whose lines are all separated by one blank line (text copied from a PDF,
 * as the congress note is), a blank line is only a line break, and a paragraph ends at a line that ends a
 * sentence ({@code . ! ? : …}, maybe followed by a closing quote or bracket, not after a one- or two-letter
 * abbreviation such as "St." or "dr.") or at two blank lines; in any other note a paragraph ends at a blank
 * line. A line that starts a list item ("- ", "• ", "1. ", "2) ") always starts on a line of its own.
 */
public final class Reflow {
    /** Shown for the characters of a joined line break after its first. */
    static final char HIDDEN = '\u200B';
    private static final String CLOSERS = "[\"”’»)\\]]*\\s*";
    private static final Pattern WORD_END = Pattern.compile(
            ".*\\p{L}{3,}[.!?:…]" + CLOSERS + "|.*[\\p{N})\\]\"”’»][.!?:…]" + CLOSERS);
    private static final Pattern LIST_ITEM = Pattern.compile("\\s*([-•*–]|\\d{1,3}[.)])\\s.*");

    private Reflow() {
    }

    /** The note's text with its paragraphs' inner line breaks shown as spaces (same length; see the class). */
    public static String shown(String text) {
        Lines lines = new Lines(text);
        boolean doubleSpaced = lines.doubleSpaced();
        var out = new StringBuilder(text);
        for (int i = 0; i + 1 < lines.count(); i++) {
            int blanks = lines.blanksAfter(i);
            if (blanks < 0) {
                continue; // no text line follows
            }
            String line = lines.text(i);
            String next = lines.text(lines.nextText(i));
            boolean paragraphEnd = doubleSpaced ? blanks >= 2 || blanks == 1 && endsSentence(line) : blanks >= 1;
            if (paragraphEnd || LIST_ITEM.matcher(next).matches()) {
                continue;
            }
            int from = lines.end(i);
            int to = lines.start(lines.nextText(i));
            out.setCharAt(from, ' ');
            for (int k = from + 1; k < to; k++) {
                out.setCharAt(k, HIDDEN);
            }
        }
        return out.toString();
    }

    /** The text as copied from the shown text: the hidden characters left out. */
    static String copied(String shown) {
        return shown.replace(String.valueOf(HIDDEN), "");
    }

    /**
     * Whether a line ends a sentence: a word of three or more letters, or a digit, bracket or quote, then
     * {@code . ! ? : …}, maybe closing quotes or brackets and spaces ("St." and "dr." do not end one).
     */
    static boolean endsSentence(String line) {
        return WORD_END.matcher(line).matches();
    }

    /** A text's lines: where each starts and ends (before its line break), and which are blank. */
    private static final class Lines {
        private final String text;
        private final int[] starts;
        private final int[] ends;

        Lines(String text) {
            this.text = text;
            var s = new ArrayList<Integer>();
            var e = new ArrayList<Integer>();
            int at = 0;
            while (true) {
                s.add(at);
                int n = at;
                while (n < text.length() && text.charAt(n) != '\n' && text.charAt(n) != '\r') {
                    n++;
                }
                e.add(n);
                if (n >= text.length()) {
                    break;
                }
                at = n + (text.startsWith("\r\n", n) ? 2 : 1);
            }
            starts = s.stream().mapToInt(Integer::intValue).toArray();
            ends = e.stream().mapToInt(Integer::intValue).toArray();
        }

        int count() {
            return starts.length;
        }

        int start(int line) {
            return starts[line];
        }

        int end(int line) {
            return ends[line];
        }

        String text(int line) {
            return text.substring(starts[line], ends[line]);
        }

        boolean blank(int line) {
            return text(line).isBlank();
        }

        /** The next line after {@code line} that is not blank, or -1. */
        int nextText(int line) {
            for (int i = line + 1; i < count(); i++) {
                if (!blank(i)) {
                    return i;
                }
            }
            return -1;
        }

        /** The blank lines between text line {@code line} and the next text line; -1 if it is blank or last. */
        int blanksAfter(int line) {
            int next = blank(line) ? -1 : nextText(line);
            return next < 0 ? -1 : next - line - 1;
        }

        /** Whether every two text lines are separated by exactly one blank line, and some are. */
        boolean doubleSpaced() {
            boolean any = false;
            for (int i = 0; i < count(); i++) {
                int b = blanksAfter(i);
                if (b == 0) {
                    return false;
                }
                any |= b == 1;
            }
            return any;
        }
    }
}
