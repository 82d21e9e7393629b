package app.delegations.ui.print;

/**
 * How wide a text is and how tall its lines are, in points, in a {@link PaperStyle}: the page layout measures
 * through this so that it can be tested with a measure of its own; the window's is {@link FxTextMeasure}.
 */
interface TextMeasure {
    /** The width of {@code text} set on one line. */
    double width(String text, PaperStyle style);

    /** The height of one line (what the next line is set below by). */
    double lineHeight(PaperStyle style);
}
