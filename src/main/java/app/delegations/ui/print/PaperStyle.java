package app.delegations.ui.print;

/**
 * The kinds of text on a printed page and their print sizes in points: one family (DejaVu Sans where installed,
 * which has Polish and Cyrillic letters; otherwise the system font), black on white.
 */
enum PaperStyle {
    TITLE(17, true, false),
    HEADING(12.5, true, false),
    BODY(10, false, false),
    LABEL(10, true, false),
    QUOTE(9, false, false),
    MARK(8.5, true, false),
    SOURCE(8.5, false, false),
    TABLE_HEADER(8.5, true, false),
    TABLE_CELL(8.5, false, false),
    FOOTER(8, false, false);

    /** The family asked for; JavaFX falls back to the system font where it is not installed. */
    static final String FAMILY = "DejaVu Sans";

    private final double size;
    private final boolean bold;
    private final boolean italic;

    PaperStyle(double size, boolean bold, boolean italic) {
        this.size = size;
        this.bold = bold;
        this.italic = italic;
    }

    double size() {
        return size;
    }

    boolean bold() {
        return bold;
    }

    boolean italic() {
        return italic;
    }
}
