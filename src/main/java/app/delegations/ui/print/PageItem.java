package app.delegations.ui.print;

/** What a page is drawn of, in points from the top left corner of the printable area (or of a {@link Piece}). */
sealed interface PageItem {

    /** The same item {@code dy} points lower. */
    PageItem lower(double dy);

    /**
     * A text set on one line (never wrapped again when drawn: the layout measured it).
     *
     * @param x the left edge
     * @param y the top of the line
     */
    record Text(double x, double y, String text, PaperStyle style) implements PageItem {
        @Override
        public Text lower(double dy) {
            return new Text(x, y + dy, text, style);
        }
    }

    /** A straight line (a table's rules, a line to write on, a quote's bar). */
    record Rule(double x1, double y1, double x2, double y2, double thickness) implements PageItem {
        @Override
        public Rule lower(double dy) {
            return new Rule(x1, y1 + dy, x2, y2 + dy, thickness);
        }
    }
}
