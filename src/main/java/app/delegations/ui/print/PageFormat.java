package app.delegations.ui.print;

import javafx.print.PageLayout;

/**
 * A sheet of paper and its margins, in points (1/72 inch): what a document is cut into pages for. The printable
 * area is the sheet less the margins; page content is laid out in it, with (0, 0) at its top left corner, as
 * {@code PrinterJob.printPage} places a node.
 *
 * @param paperWidth  the sheet's width as it is read (landscape: the long side)
 * @param paperHeight the sheet's height as it is read
 * @param left        the left margin
 * @param top         the top margin
 * @param right       the right margin
 * @param bottom      the bottom margin
 */
public record PageFormat(double paperWidth, double paperHeight, double left, double top, double right,
                         double bottom) {
    /** The margin of the default page: 18 mm. */
    private static final double MARGIN = 18 / 25.4 * 72;

    /** A4 portrait (210 × 297 mm) with 18 mm margins: the preview's page until a printer is chosen. */
    public static final PageFormat A4 = new PageFormat(595.28, 841.89, MARGIN, MARGIN, MARGIN, MARGIN);

    public PageFormat {
        if (printable(paperWidth, left, right) <= 0 || printable(paperHeight, top, bottom) <= 0) {
            throw new IllegalArgumentException("the margins leave no room on the sheet");
        }
    }

    private static double printable(double size, double before, double after) {
        return size - before - after;
    }

    /** The page of a printer's layout (its paper, orientation and margins, as the print dialog left them). */
    public static PageFormat of(PageLayout layout) {
        double width = layout.getPrintableWidth() + layout.getLeftMargin() + layout.getRightMargin();
        double height = layout.getPrintableHeight() + layout.getTopMargin() + layout.getBottomMargin();
        return new PageFormat(width, height, layout.getLeftMargin(), layout.getTopMargin(),
                layout.getRightMargin(), layout.getBottomMargin());
    }

    /** The width content may use. */
    public double printableWidth() {
        return printable(paperWidth, left, right);
    }

    /** The height content (and the page number under it) may use. */
    public double printableHeight() {
        return printable(paperHeight, top, bottom);
    }
}
