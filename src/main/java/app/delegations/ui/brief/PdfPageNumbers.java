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

/** Numbers the pages of a written PDF: "title … n / N" at the foot of each, once the number of pages is known. */
final class PdfPageNumbers {
    private PdfPageNumbers() {
    }

    /**
     * Writes {@code pages} to {@code out} with the title at the left and "n / N" at the right of each foot, asking
     * {@code progress} to {@link ExportProgress#check check} at every page.
     */
    static void stamp(byte[] pages, String title, Font font, float margin, OutputStream out, ExportProgress progress)
            throws IOException, DocumentException {
        var reader = new PdfReader(pages);
        try {
            var stamper = new PdfStamper(reader, out);
            int n = reader.getNumberOfPages();
            for (int i = 1; i <= n; i++) {
                progress.check();
                Rectangle page = reader.getPageSize(i);
                PdfContentByte over = stamper.getOverContent(i);
                float y = margin / 2;
                ColumnText.showTextAligned(over, Element.ALIGN_LEFT, new Phrase(title, font), margin, y, 0);
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
