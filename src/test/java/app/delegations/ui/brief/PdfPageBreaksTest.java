package app.delegations.ui.brief;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.delegations.ui.common.PaperDocument;
import app.delegations.ui.common.PaperDocument.Block;
import app.delegations.ui.common.PaperDocument.FillIn;
import app.delegations.ui.common.PaperDocument.Heading;
import app.delegations.ui.common.PaperDocument.Paragraph;
import app.delegations.ui.common.PaperDocument.Table;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Where the PDF brief's pages break and what its foot says (an officer's defects 15, 24, 25): a long title in the
 * foot is shortened so that the page number stays readable; a table row is never cut between two pages; the
 * Objectives section is never split, so that no page holds only one of its lines.
 */
class PdfPageBreaksTest {

    private static byte[] pdf(PaperDocument d) throws IOException {
        var out = new ByteArrayOutputStream();
        new PaperPdf().write(d, out);
        return out.toByteArray();
    }

    @Test
    void aLongTitleInThePageFootIsShortenedAndItsPageNumberStaysApart() throws IOException {
        String title = "Notatka przed wizytą: XIII Międzynarodowy Kongres „Rola technologii informacyjnych dla "
                + "rozwoju współczesnych miast”";
        var blocks = new ArrayList<Block>();
        for (int i = 0; i < 80; i++) {
            blocks.add(Paragraph.of("Akapit " + i + " o spotkaniu miast partnerskich."));
        }
        List<String> pages = PdfText.byPosition(pdf(new PaperDocument(title, blocks)));
        assertTrue(pages.size() >= 2, "pages: " + pages.size());
        for (int p = 0; p < pages.size(); p++) {
            List<String> lines = pages.get(p).lines().filter(l -> !l.isBlank()).map(String::strip).toList();
            String foot = lines.get(lines.size() - 1);
            String number = (p + 1) + " / " + pages.size();
            assertTrue(foot.startsWith("Notatka przed wizytą: XIII") && foot.matches(".*…\\s+" + number),
                    "the foot's title ends with … apart from the page number: " + foot);
        }
    }

    @Test
    void aShortTitleInThePageFootIsGivenWhole() throws Exception {
        var font = new com.lowagie.text.Font(com.lowagie.text.pdf.BaseFont.createFont(), 8);
        assertEquals("Brief: Košice", PdfPageNumbers.fitted("Brief: Košice", font, 400));
        String cut = PdfPageNumbers.fitted("Brief: a very long title of a congress of cities", font, 60);
        assertTrue(cut.endsWith("…") && font.getBaseFont().getWidthPoint(cut, 8) <= 60, cut);
    }

    @Test
    void aTableRowIsNeverCutBetweenTwoPages() throws IOException {
        for (int before = 0; before < 24; before++) { // the page's foot falls at every height of a row
            var blocks = new ArrayList<Block>();
            for (int i = 0; i < before; i++) {
                blocks.add(Paragraph.of("Line " + i));
            }
            var rows = new ArrayList<List<String>>();
            for (int r = 0; r < 40; r++) {
                rows.add(List.of(String.format("30 September start%02d 2024 end%02d", r, r),
                        "Visit: Przedsiębiorstwo Informatyczne", "Visit"));
            }
            blocks.add(new Heading("Programme"));
            blocks.add(new Table(List.of("Date", "Item", "Kind"), rows, List.of(1.0, 5.0, 2.0)));
            List<String> pages = new ArrayList<>(PdfText.of(pdf(new PaperDocument("Brief", blocks))).pageTexts());
            for (int r = 0; r < 40; r++) {
                int start = pageOf(pages, String.format("start%02d", r));
                int end = pageOf(pages, String.format("end%02d", r));
                assertTrue(start >= 0 && start == end, before + " lines before: row " + r + " begins on page "
                        + (start + 1) + " and ends on page " + (end + 1));
            }
        }
    }

    private static int pageOf(List<String> pages, String token) {
        for (int p = 0; p < pages.size(); p++) {
            if (pages.get(p).contains(token)) {
                return p;
            }
        }
        return -1;
    }

    @Test
    void theObjectivesSectionIsNeverSplitSoNoPageHoldsOnlyOneOfItsLines() throws IOException {
        for (int before = 30; before < 75; before++) { // the section meets the foot of the first page at every height
            var blocks = new ArrayList<Block>();
            for (int i = 0; i < before; i++) {
                blocks.add(Paragraph.of("Line " + i));
            }
            blocks.add(new Heading("Objectives"));
            blocks.add(Paragraph.of("What the visit is to achieve, written in before the visit: the partners' "
                    + "expectations, the offers to make, the agreements to sign and the follow-up to agree on."));
            blocks.add(new FillIn(5));
            PdfText text = PdfText.of(pdf(new PaperDocument("Brief", blocks)));
            List<String> pages = text.pageTexts();
            assertTrue(pages.get(pages.size() - 1).contains("Objectives"), before + " lines before: the last page "
                    + "does not hold the heading Objectives, so a part of its section is alone there");
            assertTrue(pages.get(pages.size() - 1).contains("follow-up"), "the sentence stays with the heading");
        }
    }
}
