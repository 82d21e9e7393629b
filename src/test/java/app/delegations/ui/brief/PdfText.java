package app.delegations.ui.brief;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * A PDF read back with another library than the one that wrote it (PDFBox): its title and the text of each page
 * (in the order it is drawn, which for a table's page may not be the order read).
 */
public record PdfText(String title, List<String> pageTexts) {

    public static PdfText of(Path file) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            return read(pdf);
        }
    }

    public static PdfText of(byte[] bytes) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            return read(pdf);
        }
    }

    private static PdfText read(PDDocument pdf) throws IOException {
        var stripper = new PDFTextStripper();
        var pages = new ArrayList<String>();
        for (int p = 1; p <= pdf.getNumberOfPages(); p++) {
            stripper.setStartPage(p);
            stripper.setEndPage(p);
            pages.add(stripper.getText(pdf));
        }
        return new PdfText(pdf.getDocumentInformation().getTitle(), pages);
    }

    /** Each page's text in the order its lines stand on the page, top to bottom (not the order they were written). */
    public static List<String> byPosition(byte[] bytes) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            var stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            var pages = new ArrayList<String>();
            for (int p = 1; p <= pdf.getNumberOfPages(); p++) {
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                pages.add(stripper.getText(pdf));
            }
            return pages;
        }
    }

    public int pages() {
        return pageTexts.size();
    }

    public String text() {
        return String.join("\n", pageTexts);
    }

    /** The text with every run of whitespace (line breaks in a table cell) as one space. */
    public String flat() {
        return text().replaceAll("\\s+", " ");
    }
}
