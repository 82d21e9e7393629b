package app.delegations.ui.print;

import app.delegations.ui.common.PaperDocument;
import java.util.ArrayList;
import java.util.List;

/**
 * One page of a document as it is printed, in points from the top left corner of the printable area.
 *
 * @param number   from 1
 * @param count    how many pages the document has
 * @param content  the document's own part on this page (every word of the document is on exactly one page)
 * @param repeated a table's header row repeated above the rows it continues with; empty for none
 * @param footer   the page number, "2 / 3", centred at the bottom
 */
record Page(int number, int count, List<PageItem> content, List<PageItem> repeated, PageItem.Text footer) {
    /** The gap between the content and the page number. */
    private static final double FOOTER_GAP = 10;

    Page {
        content = List.copyOf(content);
        repeated = List.copyOf(repeated);
    }

    /** Everything drawn on the page. */
    List<PageItem> items() {
        var all = new ArrayList<PageItem>(repeated);
        all.addAll(content);
        all.add(footer);
        return all;
    }

    /**
     * The pages of {@code document} on paper of {@code format}: at least one. A document that ends in lines to write
     * on ({@link PaperDocument.FillIn}) has them continue to the foot of its last page.
     */
    static List<Page> of(PaperDocument document, PageFormat format, TextMeasure measure) {
        double footerHeight = measure.lineHeight(PaperStyle.FOOTER);
        List<Piece> pieces = PaperLayout.pieces(document, format.printableWidth(), measure);
        double height = format.printableHeight() - footerHeight - FOOTER_GAP;
        var placed = Pagination.pages(pieces, height);
        var pages = new ArrayList<Page>();
        for (int n = 1; n <= placed.size(); n++) {
            var content = new ArrayList<PageItem>();
            var repeated = new ArrayList<PageItem>();
            Pagination.Placement bottom = null;
            for (Pagination.Placement p : placed.get(n - 1)) {
                Piece piece = pieces.get(p.piece());
                piece.items().forEach(item -> content.add(item.lower(p.y())));
                if (p.withHeader()) {
                    double top = p.y() - piece.headerHeight();
                    piece.header().items().forEach(item -> repeated.add(item.lower(top)));
                }
                bottom = p;
            }
            if (n == placed.size() && bottom != null && PaperLayout.endsInLinesToWrite(document)) {
                Piece line = pieces.get(bottom.piece());
                for (double y = bottom.y() + line.height(); y + line.height() <= height; y += line.height()) {
                    double at = y;
                    line.items().forEach(item -> content.add(item.lower(at)));
                }
            }
            String number = n + " / " + placed.size();
            double x = (format.printableWidth() - measure.width(number, PaperStyle.FOOTER)) / 2;
            var footer = new PageItem.Text(x, format.printableHeight() - footerHeight, number, PaperStyle.FOOTER);
            pages.add(new Page(n, placed.size(), content, repeated, footer));
        }
        return pages;
    }
}
