package app.delegations.ui.print;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Sets text into lines no wider than a width, as measured: words are kept whole where they fit a line, a word wider
 * than a line is cut between letters, a line break in the text starts a new line, and runs of white space become
 * one space. A line is a list of {@link PageItem.Text}s (one per change of style) at y = 0.
 */
final class LineWrap {
    private static final Pattern LINE_BREAK = Pattern.compile("\\R");
    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");

    /** A stretch of text in one style (a paragraph's bold label, then its text). */
    record Run(String text, PaperStyle style) {
    }

    private final TextMeasure measure;
    private final double width;
    private final List<List<PageItem.Text>> lines = new ArrayList<>();
    /** The runs of the line being filled: their texts and styles, and the widths of all but the last. */
    private final List<StringBuilder> texts = new ArrayList<>();
    private final List<PaperStyle> styles = new ArrayList<>();
    private double before;

    private LineWrap(TextMeasure measure, double width) {
        this.measure = measure;
        this.width = width;
    }

    /** The lines of {@code runs} set in {@code width}; none for text of white space only. */
    static List<List<PageItem.Text>> lines(List<Run> runs, double width, TextMeasure measure) {
        var wrap = new LineWrap(measure, width);
        for (Run run : runs) {
            String[] paragraphs = LINE_BREAK.split(run.text(), -1);
            for (int p = 0; p < paragraphs.length; p++) {
                if (p > 0) {
                    wrap.endLine();
                }
                for (String word : WHITE_SPACE.split(paragraphs[p].trim())) {
                    if (!word.isEmpty()) {
                        wrap.add(word, run.style());
                    }
                }
            }
        }
        wrap.endLine();
        return wrap.lines;
    }

    /** The lines of one text in one style. */
    static List<List<PageItem.Text>> lines(String text, PaperStyle style, double width, TextMeasure measure) {
        return lines(List.of(new Run(text, style)), width, measure);
    }

    private void add(String word, PaperStyle style) {
        if (!texts.isEmpty() && !fits(word, style)) {
            endLine();
        }
        String rest = word;
        while (texts.isEmpty() && rest.length() > 1 && !fits(rest, style)) { // wider than a line: as many letters as fit
            int cut = longestFitting(rest, style);
            append(rest.substring(0, cut), style);
            endLine();
            rest = rest.substring(cut);
        }
        append(rest, style);
    }

    private boolean fits(String word, PaperStyle style) {
        return lineWidth(word, style) <= width;
    }

    /** The width of the line with {@code word} added. */
    private double lineWidth(String word, PaperStyle style) {
        if (texts.isEmpty()) {
            return measure.width(word, style);
        }
        int last = texts.size() - 1;
        if (styles.get(last) == style) {
            return before + measure.width(texts.get(last) + " " + word, style);
        }
        return before + runWidth(last) + measure.width(word, style);
    }

    /** The width the run at {@code i} takes with the space after it. */
    private double runWidth(int i) {
        return measure.width(texts.get(i).toString(), styles.get(i)) + measure.width(" ", styles.get(i));
    }

    /** At least one letter (a line is never narrower than a letter), at most all but one. */
    private int longestFitting(String word, PaperStyle style) {
        int cut = 1;
        while (cut < word.length() - 1 && measure.width(word.substring(0, cut + 1), style) <= width) {
            cut++;
        }
        return cut;
    }

    private void append(String word, PaperStyle style) {
        int last = texts.size() - 1;
        if (last >= 0 && styles.get(last) == style) {
            texts.get(last).append(' ').append(word);
        } else {
            if (last >= 0) {
                before += runWidth(last);
            }
            texts.add(new StringBuilder(word));
            styles.add(style);
        }
    }

    private void endLine() {
        if (texts.isEmpty()) {
            return;
        }
        var line = new ArrayList<PageItem.Text>();
        double x = 0;
        for (int i = 0; i < texts.size(); i++) {
            line.add(new PageItem.Text(x, 0, texts.get(i).toString(), styles.get(i)));
            x += runWidth(i);
        }
        lines.add(line);
        texts.clear();
        styles.clear();
        before = 0;
    }
}
