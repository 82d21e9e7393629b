package app.delegations.ui.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.delegations.ui.common.PaperDocument;
import app.delegations.ui.common.PaperDocument.Heading;
import app.delegations.ui.common.PaperDocument.Paragraph;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A document laid out on pages, measured by a fixed-pitch measure of the test's own: nothing is lost or cut, a long
 * table continues under its repeated header row, a heading never ends a page, and each page is numbered.
 */
class PageLayoutTest {
    /** Every letter as wide as 0.55 of the size, lines 1.2 of it. */
    static final TextMeasure FIXED = new TextMeasure() {
        @Override
        public double width(String text, PaperStyle style) {
            return text.length() * style.size() * 0.55;
        }

        @Override
        public double lineHeight(PaperStyle style) {
            return style.size() * 1.2;
        }
    };

    private static String texts(List<PageItem> items) {
        return items.stream().filter(PageItem.Text.class::isInstance).map(i -> ((PageItem.Text) i).text())
                .collect(Collectors.joining(" "));
    }

    private static List<PageItem.Text> textsOf(List<PageItem> items) {
        return items.stream().filter(PageItem.Text.class::isInstance).map(PageItem.Text.class::cast).toList();
    }

    @Test
    void theTextOfAllPagesIsTheDocumentsTextInOrderNothingLostOrRepeated() {
        PaperDocument document = SampleDocument.withRows(60);
        var pages = Page.of(document, PageFormat.A4, FIXED);

        assertTrue(pages.size() >= 3, "60 rows and the rest make several pages: " + pages.size());
        String all = pages.stream().map(p -> texts(p.content())).collect(Collectors.joining(" "));
        assertEquals(SampleDocument.words(document), SampleDocument.normal(all));
    }

    @Test
    void aLongTableContinuesOnTheNextPageUnderItsRepeatedHeaderRowAndNoRowIsCut() {
        var pages = Page.of(SampleDocument.withRows(60), PageFormat.A4, FIXED);

        assertTrue(pages.get(0).repeated().isEmpty(), "page 1 has the table's own header row");
        assertEquals("Kraj Miejsce Rola", texts(pages.get(1).repeated()), "page 2 repeats the header row");
        double headerBottom = textsOf(pages.get(1).repeated()).get(0).y();
        assertTrue(textsOf(pages.get(1).content()).stream().allMatch(t -> t.y() > headerBottom),
                "the rows are under the repeated header row");
        for (Page page : pages) {
            double bottom = page.footer().y();
            for (PageItem.Text t : textsOf(page.items())) {
                if (t != page.footer()) {
                    assertTrue(t.y() + FIXED.lineHeight(t.style()) <= bottom, "a line above the page number: " + t);
                }
                assertTrue(t.x() + FIXED.width(t.text(), t.style()) <= PageFormat.A4.printableWidth() + 1e-6,
                        "within the width: " + t);
            }
        }
    }

    @Test
    void aHeadingOrATablesHeaderRowNeverEndsAPage() {
        for (int rows = 0; rows < 90; rows += 3) { // headings fall at every height of a page
            PaperDocument document = SampleDocument.withRows(rows);
            var pieces = PaperLayout.pieces(document, PageFormat.A4.printableWidth(), FIXED);
            var pages = Pagination.pages(pieces, PageFormat.A4.printableHeight() - 30);
            for (var page : pages.subList(0, pages.size() - 1)) {
                Piece last = pieces.get(page.get(page.size() - 1).piece());
                assertFalse(last.keepWithNext(), rows + " rows: " + last);
            }
        }
    }

    /**
     * The lines to write on that end a document are on one page, at least as many as it asks for, and run down to
     * the foot of that page (an officer's defect 6c: the room left on the last page is the Objectives' room).
     */
    @Test
    void theLinesToWriteOnStayTogetherOnOnePageAndRunToItsFoot() {
        double lineHeight = 20;
        for (int rows = 0; rows < 90; rows += 3) {
            var pages = Page.of(SampleDocument.withRows(rows), PageFormat.A4, FIXED);
            var withLines = pages.stream().filter(p -> p.content().stream()
                    .anyMatch(i -> i instanceof PageItem.Rule r && r.thickness() == 0.5)).toList();
            assertEquals(1, withLines.size(), rows + " rows");
            Page page = withLines.get(0);
            assertEquals(pages.get(pages.size() - 1), page, rows + " rows: the last page");
            var lines = page.content().stream().filter(i -> i instanceof PageItem.Rule r && r.thickness() == 0.5)
                    .map(PageItem.Rule.class::cast).toList();
            assertTrue(lines.size() >= 6, rows + " rows: " + lines.size() + " lines");
            double lowest = lines.stream().mapToDouble(PageItem.Rule::y1).max().orElseThrow();
            double foot = page.footer().y() - 10; // the page's content ends 10 points above the page number
            assertTrue(lowest <= foot && lowest > foot - lineHeight - 2, rows + " rows: the lowest line at " + lowest
                    + ", the content's foot at " + foot);
        }
    }

    @Test
    void theObjectivesHeadingItsSentenceAndItsLinesToWriteOnAreNeverParted() {
        String sentence = "What the visit is to achieve, written in before the visit: the partners' expectations, "
                + "the offers to make, the agreements to sign and the follow-up to agree on, the people to meet.";
        for (int before = 20; before < 90; before++) { // the section meets a page's foot at every height
            var blocks = new ArrayList<PaperDocument.Block>();
            for (int i = 0; i < before; i++) {
                blocks.add(Paragraph.of("Line " + i));
            }
            blocks.add(new Heading("Objectives"));
            blocks.add(Paragraph.of(sentence));
            blocks.add(new PaperDocument.FillIn(5));
            var pages = Page.of(new PaperDocument("Brief", blocks), PageFormat.A4, FIXED);
            String last = texts(pages.get(pages.size() - 1).content());
            assertTrue(last.contains("Objectives What the visit") && last.contains("the people to meet."),
                    before + " lines before: the last page, with the lines to write on, holds the whole section: "
                    + last);
        }
    }

    @Test
    void theTitleOpensPageOneAndEveryPageIsNumberedInItsFooter() {
        var pages = Page.of(SampleDocument.withRows(60), PageFormat.A4, FIXED);
        var first = textsOf(pages.get(0).content()).get(0);
        assertEquals(PaperStyle.TITLE, first.style());
        assertEquals(0, first.y());
        for (Page page : pages) {
            assertEquals(page.number() + " / " + pages.size(), page.footer().text());
            assertEquals(PageFormat.A4.printableWidth() / 2,
                    page.footer().x() + FIXED.width(page.footer().text(), PaperStyle.FOOTER) / 2, 1e-6, "centred");
        }
    }

    @Test
    void aNarrowerPaperMakesMorePagesOfTheSameText() {
        PaperDocument document = SampleDocument.withRows(60);
        var a5 = new PageFormat(419.53, 595.28, 36, 36, 36, 36);
        var pages = Page.of(document, a5, FIXED);
        assertTrue(pages.size() > Page.of(document, PageFormat.A4, FIXED).size());
        String all = pages.stream().map(p -> texts(p.content())).collect(Collectors.joining(" "));
        assertEquals(SampleDocument.words(document), SampleDocument.normal(all));
    }

    @Test
    void aWordWiderThanALineIsCutBetweenLettersAndALineBreakInTheTextStartsALine() {
        String longWord = "Konstantynopolitańczykowianeczka".repeat(4);
        var lines = LineWrap.lines(List.of(new LineWrap.Run("Uwaga:", PaperStyle.LABEL),
                new LineWrap.Run("krótko\n" + longWord + " koniec", PaperStyle.BODY)), 200, FIXED);
        var texts = new StringBuilder();
        for (var line : lines) {
            var end = line.get(line.size() - 1);
            assertTrue(end.x() + FIXED.width(end.text(), end.style()) <= 200 + 1e-9, "within the width: " + line);
            line.forEach(t -> texts.append(t.text()));
        }
        assertEquals(List.of(PaperStyle.LABEL, PaperStyle.BODY), lines.get(0).stream().map(PageItem.Text::style)
                .toList(), "the label in bold, then the text, on one line");
        assertEquals("krótko", lines.get(0).get(1).text(), "the line break ends the first line");
        assertTrue(lines.size() > 4, "the long word takes several lines: " + lines.size());
        assertEquals("Uwaga:krótko" + longWord + "koniec", texts.toString().replace(" ", ""), "every letter kept");
    }

    @Test
    void aQuotesMarkOfThreeDigitsEndsBeforeItsWordsAndEveryQuotesWordsStartInOneColumn() {
        var blocks = new ArrayList<PaperDocument.Block>();
        for (int n : List.of(7, 98, 768)) {
            blocks.add(new PaperDocument.Quote("Słowa cytatu numer " + n, "Notatka", "[" + n + "]"));
        }
        var pieces = PaperLayout.pieces(new PaperDocument("Źródła", blocks), 400, FIXED);
        var wordsX = new TreeSet<Double>();
        for (Piece p : pieces) {
            List<PageItem.Text> texts = textsOf(p.items());
            if (texts.size() < 2 || !texts.get(0).text().startsWith("[")) {
                continue;
            }
            PageItem.Text mark = texts.get(0);
            PageItem.Text words = texts.get(1);
            assertTrue(mark.x() + FIXED.width(mark.text(), mark.style()) < words.x(),
                    mark.text() + " overlaps its words");
            wordsX.add(words.x());
        }
        assertEquals(1, wordsX.size(), "the words of [7] and [768] in one column: " + wordsX);
    }

    @Test
    void aDocumentWithNothingButATitleIsOnePage() {
        var pages = Page.of(new PaperDocument("Pusta notatka", List.of(Paragraph.of(" "), new Heading("Cele"))),
                PageFormat.A4, FIXED);
        assertEquals(1, pages.size());
        assertEquals("Pusta notatka Cele", texts(pages.get(0).content()));
    }
}
