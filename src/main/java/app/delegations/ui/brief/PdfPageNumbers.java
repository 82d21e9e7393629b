package app.delegations.ui.brief;

import app.delegations.ui.common.ExportProgress;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.PdfStamper;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Numbers the pages of a written PDF: "title … n / N" at the foot of each, once the number of pages is known. The
 * title is shortened with "…" so that it ends a gap before the page number (a congress's long title never runs into
 * "2 / 3").
 */
final class PdfPageNumbers {
    /** The least space between the end of the title and the page number. */
    static final float GAP = 12f;

    private PdfPageNumbers() {
    }

    /** The text, or as many of its first letters as fit {@code room} with "…" after them. */
    static String fitted(String text, Font font, float room) {
        if (width(text, font) <= room) {
            return text;
        }
        int end = text.length();
        while (end > 0 && width(text.substring(0, end).stripTrailing() + "…", font) > room) {
            end = Character.isLowSurrogate(text.charAt(end - 1)) && end > 1 ? end - 2 : end - 1;
        }
        return end == 0 ? "" : text.substring(0, end).stripTrailing() + "…";
    }

    private static float width(String text, Font font) {
        return font.getBaseFont().getWidthPoint(text, font.getSize());
    }

    /**
     * Writes {@code pages} to {@code out} with the title at the left and "n / N" at the right of each foot, asking
     * {@code progress} to {@link ExportProgress#check check} at every page. The title is shortened to fit
     * between the left margin and the widest page number.
     */
    static void stamp(byte[] pages, String title, Font font, float margin, OutputStream out, ExportProgress progress)
            throws IOException, DocumentException {
        var reader = new PdfReader(pages);
        try {
            var stamper = new PdfStamper(reader, out);
            int n = reader.getNumberOfPages();
            float widest = width(n + " / " + n, font);
            for (int i = 1; i <= n; i++) {
                progress.check();
                Rectangle page = reader.getPageSize(i);
                PdfContentByte over = stamper.getOverContent(i);
                float y = margin / 2;
                float room = page.getWidth() - 2 * margin - widest - GAP;
                ColumnText.showTextAligned(over, Element.ALIGN_LEFT, new Phrase(fitted(title, font, room), font),
                        margin, y, 0);
                ColumnText.showTextAligned(over, Element.ALIGN_RIGHT, new Phrase(i + " / " + n, font),
                        page.getWidth() - margin, y, 0);
            }
            stamper.setFullCompression();
            stamper.close();
        } finally {
            reader.close();
        }
    }
}
