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

    /**
     * The brief's Objectives (an officer's defect 6c: a page a quarter empty, and Objectives alone on a second
     * sheet): the section stays on the page whenever its heading, its sentence and its least number of lines fit
     * below what comes before (about 150 points of a page's 728), and its lines then run down to that page's foot;
     * it opens a new page only when less is left. A table of 0 to 2 rows before it moves the room left by other
     * steps than a line of text, so that the room falls at many heights.
     */
    @Test
    void theObjectivesTakeTheRoomLeftOnThePageWhenTheirSentenceAndLeastLinesFitThere() throws IOException {
        double least = 32 + 16 + BriefMaker.OBJECTIVE_LINES * 20 + 16; // heading, sentence, lines, some to spare
        int tight = 0; // samples with less than 175 points left, which the section used to leave for a new page
        for (int before = 28; before < 52; before++) {
            for (int rows = 0; rows < 3; rows++) {
                var blocks = new ArrayList<Block>();
                for (int i = 0; i < before; i++) {
                    blocks.add(Paragraph.of("Line " + i));
                }
                if (rows > 0) {
                    blocks.add(new Table(List.of("Date", "Item"), java.util.Collections.nCopies(rows,
                            List.of("Row", "Visit")), List.of(1.0, 3.0)));
                }
                blocks.add(new Heading("Objectives"));
                blocks.add(Paragraph.of("To be filled in before the visit."));
                blocks.add(new FillIn(BriefMaker.OBJECTIVE_LINES));
                PdfMarks marks = PdfMarks.of(pdf(new PaperDocument("Brief", blocks)));
                String sample = before + " lines and " + rows + " rows before";
                int page = marks.pageOf("Objectives");
                String lastLine = "Line " + (before - 1);
                int last = marks.pageOf(lastLine);
                double foot = marks.pageHeight() - PaperPdf.MARGIN;
                double lastText = rows > 0 ? marks.texts().get(marks.pageOf("Row")).stream()
                        .filter(l -> l.starts("Row")).mapToDouble(PdfMarks.Line::y).max().orElseThrow()
                        : marks.texts().get(last).stream().filter(l -> l.starts(lastLine))
                        .findFirst().orElseThrow().y();
                double room = foot - lastText - 3; // below the last line's descent
                tight += room < 175 && room > least ? 1 : 0;
                if (room > least) {
                    assertEquals(marks.pageOf(rows > 0 ? "Row" : lastLine), page,
                            sample + ": " + room + " points are left, room for the section, yet it opens a new page");
                }
                assertEquals(marks.pages() - 1, page, sample + ": the section is on the last page");
                List<Double> lines = marks.rules().get(page);
                assertTrue(lines.size() >= BriefMaker.OBJECTIVE_LINES, sample + ": lines to write on " + lines);
                double lowest = lines.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
                assertTrue(lowest <= foot + 0.5 && lowest > foot - 20 - 6, sample + ": the lines run to the page's "
                        + "foot (" + foot + "), the lowest at " + lowest);
            }
        }
        assertTrue(tight > 0, "some samples leave the section just enough room");
    }
}
