package app.delegations.ui.brief;

import app.delegations.ui.common.ExportProgress;
import app.delegations.ui.common.PaperDocument.Table;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import java.awt.Color;

/**
 * A {@link Table} of a brief in its PDF: the full width, a grey header row repeated on every page it continues on,
 * a page broken between rows, never inside one (a row that does not fit what is left of a page opens the next; only
 * a row taller than a whole page is cut), laid out {@link #ROWS} rows at a time so that a cancel is heard between
 * them (a country's thousands of meetings are one table).
 */
final class PdfTables {
    /** A table is laid out this many rows at a time, a cancel heard between them. */
    static final int ROWS = 32;
    private static final Color HEADER_FILL = new Color(0xE8, 0xE8, 0xE8);

    private PdfTables() {
    }

    /**
     * Adds the table to the document {@link #ROWS} rows at a time, asking the progress to check between them
     * (OpenPDF's large tables: the rows added so far are laid out and dropped, the header row still repeated on
     * every page), its cells in {@code regular} and its header in {@code bold}.
     */
    static void add(Document doc, Table t, BaseFont regular, BaseFont bold, ExportProgress progress)
            throws DocumentException {
        PdfPTable table = table(t, bold);
        float after = table.spacingAfter();
        table.setComplete(false);
        table.setSpacingAfter(0); // each part is added with the table's spacing: before it once, after it once
        var font = new Font(regular, 9);
        int added = 0;
        for (var row : t.rows()) {
            for (String text : row) {
                table.addCell(cell(text, font));
            }
            if (++added % ROWS == 0) {
                doc.add(table);
                table.setSpacingBefore(0);
                progress.check();
            }
        }
        table.setComplete(true);
        table.setSpacingAfter(after);
        doc.add(table);
    }

    /** The table with its header row, its rows to be added. */
    private static PdfPTable table(Table t, BaseFont bold) {
        float[] widths = new float[t.weights().size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = t.weights().get(i).floatValue();
        }
        var table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setHeaderRows(1); // repeated on every page the table continues on
        table.setSplitLate(true); // a row that does not fit goes whole to the next page
        table.setSpacingBefore(2);
        table.setSpacingAfter(6);
        for (String header : t.headers()) {
            PdfPCell cell = cell(header, new Font(bold, 9));
            cell.setBackgroundColor(HEADER_FILL);
            table.addCell(cell);
        }
        return table;
    }

    private static PdfPCell cell(String text, Font font) {
        var cell = new PdfPCell(new Phrase(text, font));
        cell.setPadding(3);
        cell.setBorderColor(Color.LIGHT_GRAY);
        return cell;
    }
}
