package app.delegations.ui.print;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a run of measured {@link Piece}s into pages of a given height. It guarantees: every piece is placed once, in
 * order; a piece lies wholly on one page (a line or a row is never cut); a page holds no more than its height
 * unless a single piece (with its header) is taller than a page; a piece that keeps with the next is not the last on
 * a page unless the pieces kept together are taller than a page; a piece with a header that opens a page has its
 * header drawn above it; the gap above a piece is dropped at the top of a page.
 */
final class Pagination {
    /** Where one piece goes on its page. */
    record Placement(int piece, double y, boolean withHeader) {
    }

    private Pagination() {
    }

    /** The pages, each the placements of its pieces from the top down; one empty page for no pieces. */
    static List<List<Placement>> pages(List<Piece> pieces, double height) {
        var pages = new ArrayList<List<Placement>>();
        var page = new ArrayList<Placement>();
        double used = 0;
        for (int i = 0; i < pieces.size(); i++) {
            if (!page.isEmpty() && !fits(pieces, i, used, height)) {
                pages.add(page);
                page = new ArrayList<>();
                used = 0;
            }
            Piece piece = pieces.get(i);
            boolean top = page.isEmpty();
            double y = used + (top ? piece.headerHeight() : piece.spaceBefore());
            page.add(new Placement(i, y, top && piece.header() != null));
            used = y + piece.height();
        }
        pages.add(page);
        return pages;
    }

    /**
     * Whether the piece at {@code first} goes on a page that already holds {@code used}: with the pieces it keeps
     * with, when they fit on a page of their own (else a page break would not keep them together anyway, so the
     * piece goes where it fits alone).
     */
    private static boolean fits(List<Piece> pieces, int first, double used, double height) {
        Piece piece = pieces.get(first);
        double together = together(pieces, first);
        double onTop = together - piece.spaceBefore() + piece.headerHeight();
        return used + (onTop <= height ? together : piece.spaceBefore() + piece.height()) <= height;
    }

    /**
     * The height that the piece at {@code first} and the pieces it keeps with need below what a page already holds:
     * up to and including the first piece that does not keep with its next.
     */
    private static double together(List<Piece> pieces, int first) {
        double sum = 0;
        for (int i = first; i < pieces.size(); i++) {
            Piece piece = pieces.get(i);
            sum += piece.spaceBefore() + piece.height();
            if (!piece.keepWithNext()) {
                break;
            }
        }
        return sum;
    }
}
