package app.delegations.ui.common;

import org.dhatim.fastexcel.PaperSize;
import org.dhatim.fastexcel.Worksheet;

/**
 * How an exported sheet's columns and pages are laid out for reading and for paper: each column (a span of days'
 * two) as wide as its header's longest word and the longest of the first rows' texts need, within bounds; a header
 * longer than its column wraps onto two lines; printed on A4, upright or, when the columns are wider than an
 * upright page, sideways, every column on the page's width and as many pages down as the rows need.
 */
final class XlsxLayout {
    /** Rows measured for the widths (the widths must be known before the first rows are written). */
    private static final int MEASURED = 500;
    /** The widest a column is made, in Excel's character widths. */
    private static final double MAX_WIDTH = 60;
    /** Columns, in Excel's character widths, that an A4 page holds upright within the default margins. */
    static final double A4_UPRIGHT = 90;
    /** The header row's height in points when a header wraps: two lines of the default font. */
    static final double HEADER_TWO_LINES = 30;

    private XlsxLayout() {
    }

    /**
     * Sets the widths of the sheet's columns ({@code first}: each table column's first sheet column), the header
     * row's height and the printed page, from the headers and the first rows.
     */
    static <R> void columns(ExportTable<R> table, Worksheet sheet, int[] first, ExportProgress progress) {
        double across = 0;
        boolean wraps = false;
        for (int c = 0; c < first.length; c++) {
            DataColumn<R> column = table.columns().get(c);
            ExportTable.Header h = table.headers().get(c);
            if (column.type() == DataColumn.Type.DAYS) {
                across += width(sheet, first[c], h.firstDay(), ExportXlsx.DATE_FORMAT.length());
                across += width(sheet, first[c] + 1, h.lastDay(), ExportXlsx.DATE_FORMAT.length());
                wraps |= wraps(h.firstDay()) || wraps(h.lastDay());
                continue;
            }
            int chars = 0;
            for (int i = 0, n = Math.min(MEASURED, table.rows().size()); i < n; i++) {
                progress.check();
                String text = column.text(table.rows().get(i));
                chars = Math.max(chars, text == null ? 0 : text.length());
            }
            across += width(sheet, first[c], h.text(), chars);
            wraps |= fit(h.text().length()) > fit(Math.max(chars, longestWord(h.text())));
        }
        if (wraps) {
            sheet.rowHeight(0, HEADER_TWO_LINES);
        }
        sheet.paperSize(PaperSize.A4_PAPER); // not fastexcel's default US Letter
        if (across > A4_UPRIGHT) {
            sheet.pageOrientation("landscape");
        }
        sheet.setFitToPage(true);
        sheet.fitToWidth((short) 1);
        sheet.fitToHeight((short) 0); // 0: as many pages down as needed
    }

    /** Sets one sheet column as wide as its header's longest word and {@code chars} need; returns that width. */
    private static double width(Worksheet sheet, int column, String header, int chars) {
        double width = fit(Math.max(longestWord(header), chars));
        sheet.width(column, width);
        return width;
    }

    /** Whether a date column's header is longer than its dates, so wraps. */
    private static boolean wraps(String header) {
        return fit(header.length()) > fit(Math.max(longestWord(header), ExportXlsx.DATE_FORMAT.length()));
    }

    /** The characters of a header's longest word: its column is never narrower, so no word breaks. */
    static int longestWord(String header) {
        int longest = 0;
        for (String word : header.split("\\s+")) {
            longest = Math.max(longest, word.length());
        }
        return longest;
    }

    private static double fit(int chars) {
        return Math.min(MAX_WIDTH, chars * 1.1 + 2);
    }
}
