package app.delegations.ui.print;

import java.util.List;

/**
 * The smallest part of a document that a page break cannot cut: a line of a paragraph or a quote, a table row, a
 * heading, the title, a line to write on. Its items are drawn from its own top (y = 0).
 *
 * @param height       how tall it is
 * @param spaceBefore  the gap above it, dropped when it opens a page
 * @param keepWithNext true when a page may not end after it (a heading, a table's header row)
 * @param header       drawn above it when it opens a page (a table's header row, for a row); null for none
 * @param items        what it is drawn of
 */
record Piece(double height, double spaceBefore, boolean keepWithNext, Piece header, List<PageItem> items) {
    Piece {
        items = List.copyOf(items);
    }

    /** A piece of this height and nothing to draw (for pagination on heights alone). */
    static Piece of(double height, double spaceBefore, boolean keepWithNext, Piece header) {
        return new Piece(height, spaceBefore, keepWithNext, header, List.of());
    }

    /** The height above its top when it opens a page: its header's, if it has one. */
    double headerHeight() {
        return header == null ? 0 : header.height();
    }
}
