package app.delegations.ui.brief;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.delegations.ui.common.ExportFile;
import app.delegations.ui.common.ExportProgress;
import app.delegations.ui.common.PaperDocument;
import app.delegations.ui.common.PaperDocument.Block;
import app.delegations.ui.common.PaperDocument.FillIn;
import app.delegations.ui.common.PaperDocument.Heading;
import app.delegations.ui.common.PaperDocument.Paragraph;
import app.delegations.ui.common.PaperDocument.Quote;
import app.delegations.ui.common.PaperDocument.Table;
import app.delegations.ui.common.UiLanguage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The brief as PDF, read back with PDFBox: the facts as text, Polish and Cyrillic letters as letters (the
 * embedded font has them), pages numbered "n / N", a long table's header on every page it continues on and its
 * rows once each though laid out in parts; Cancel heard within a few rows of a table, while the pages are numbered
 * and once they are, leaving no file.
 */
class PaperPdfTest {

    static PdfText write(PaperDocument d) throws IOException {
        var out = new ByteArrayOutputStream();
        new PaperPdf().write(d, out);
        return PdfText.of(out.toByteArray());
    }

    @Test
    void theCongressBriefGivesItsTitleDatesPartnersByCountryAndAQuoteFromTheNote() throws IOException {
        PdfText pdf = write(BriefMakerTest.brief("congress-2016", UiLanguage.ENGLISH));
        String text = pdf.flat();
        assertEquals("Visit brief: IV International Congress “St. Petersburg and the Slavic World”", pdf.title());
        assertTrue(text.contains("29–30 November 2016"), "the dates");
        assertTrue(text.contains("Serbia Kragujevac, Kruševac, Vranje Participant"), "partners by country: " + text);
        assertTrue(text.contains("Slovakia Košice Participant"), text);
        assertTrue(text.contains("przedstawiciele 15 miast i regionów z 8 słowiańskich krajów"), "a quote from the note");
        assertTrue(text.contains("Note on Kraków's part in the IV International Congress"), "the note's title");
        assertTrue(text.contains("Objectives"));
        assertTrue(text.contains("1 / " + pdf.pages()) && text.contains(pdf.pages() + " / " + pdf.pages()),
                "pages numbered");
    }

    @Test
    void onPaperAnHonoraryGuestIsNotASpeakerAndHerPositionNamesTheFoundationOnce() throws IOException {
        var out = new ByteArrayOutputStream();
        new PaperPdf().write(BriefMakerTest.brief("congress-2016", UiLanguage.POLISH), out);
        String text = String.join(" ", PdfText.byPosition(out.toByteArray())).replaceAll("\\s+", " "); // as read
        int spoke = text.indexOf("Kto zabierał głos");
        int present = text.indexOf("Ponadto obecni");
        assertTrue(spoke >= 0 && present > spoke, text);
        assertFalse(text.substring(spoke, present).contains("Rihter"), "not under who spoke: " + text.substring(spoke, present));
        assertTrue(text.substring(present).matches("(?s)Ponadto obecni d ?r Andreja Rihter: Gość honorowy — Dyrektor"
                + " Fundacji Forum Kultur Słowiańskich \\[.*"), text.substring(present, Math.min(text.length(), present + 200)));
        assertFalse(text.contains("Słowiańskich, Fundacja"), "the organisation the position names is not repeated");
    }

    @Test
    void anEnglishBriefQuotesTitlesTypographicallyAndNoPassageOpensWithALoneClosingMark() throws IOException {
        String text = write(BriefMakerTest.brief("saint-petersburg", UiLanguage.ENGLISH)).flat();
        assertTrue(text.contains("IV International Congress “St. Petersburg and the Slavic World”"), text);
        assertFalse(text.contains("\""), "no straight quotes: " + text);
        assertFalse(text.matches("(?s).*\\[\\d+] ”.*"), "a passage opening with a closing mark: " + text);
    }

    @Test
    void noPageEndsWithTheSourcesHeadingWhateverHeightTheTableAboveItTakesAndAWideMarkKeepsOffItsWords() throws IOException {
        for (int rows = 20; rows <= 60; rows++) { // the heading falls at every height of the first page's foot
            var cells = new ArrayList<List<String>>();
            for (int i = 1; i <= rows; i++) {
                cells.add(List.of("Polska", "Łódź " + i, "Uczestnik [" + i + "]"));
            }
            var quote = "uczestnicy przedsięwzięcia z miast partnerskich omówili wymianę młodzieży i kulturę, ".repeat(3);
            var out = new ByteArrayOutputStream();
            new PaperPdf().write(new PaperDocument("Notatka przed wizytą", List.of(new Heading("Dotychczasowe spotkania"),
                    new Table(List.of("Kraj", "Miejsce", "Rola"), cells, List.of(1.0, 2.0, 2.0)), new Heading("Źródła"),
                    new Quote(quote, "Notatka o udziale Krakowa", "[768]"), new Quote(quote, "Notatka o udziale Krakowa",
                    "[769]"))), out);
            List<String> pages = PdfText.byPosition(out.toByteArray());
            assertTrue(String.join(" ", pages).contains("[768] uczestnicy"), "a mark of three digits ends before "
                    + "its words: " + String.join(" ", pages));
            for (int page = 0; page < pages.size(); page++) {
                List<String> lines = pages.get(page).lines().filter(l -> !l.isBlank()).map(String::strip).toList();
                int at = lines.indexOf("Źródła");
                assertTrue(at < 0 || at < lines.size() - 2, rows + " rows: the heading ends page " + (page + 1)
                        + " (only its number follows it): " + lines.subList(Math.max(0, lines.size() - 4), lines.size()));
            }
        }
    }

    @Test
    void anInferredMeetingsMarkIsPrintedWholeOnOneLine() throws IOException {
        PdfText pdf = write(BriefMakerTest.brief("kosice", UiLanguage.POLISH));
        long whole = pdf.text().lines().filter(l -> l.matches(".*\\[\\d+] \\(wniosek\\)\\s*$")).count();
        assertTrue(whole >= 3, "\"[3] (wniosek)\" on one line, three times: " + pdf.text());
        assertFalse(pdf.text().lines().anyMatch(l -> l.strip().equals(")") || l.strip().endsWith("(wniosek")),
                "no \"(wniosek\" cut from its \")\": " + pdf.text());
    }

    @Test
    void polishAndCyrillicLettersArePrintedAsLetters() throws IOException {
        PdfText pdf = write(BriefMakerTest.brief("kosice", UiLanguage.POLISH));
        String text = pdf.flat();
        assertTrue(text.contains("Notatka przed wizytą: Koszyce"), text);
        for (String letters : List.of("ł", "ś", "ż", "ą", "ę")) {
            assertTrue(text.contains(letters), letters + " in " + text);
        }
        PdfText cyrillic = write(new PaperDocument("Санкт-Петербург", List.of(new Paragraph("Имя:", "Георгий Полтавченко"),
                new Quote("Санкт-Петербург и Славянский мир", "Smolny"))));
        assertTrue(cyrillic.flat().contains("Георгий Полтавченко"), cyrillic.text());
        assertTrue(cyrillic.flat().contains("Санкт-Петербург и Славянский мир"), cyrillic.text());
    }

    /**
     * Kraków's brief in Polish on paper (an officer's defect 6): each of its presentations is named once (its own
     * row, not again in the conference's Role cell), no title is quoted „… „…”” inside another quotation, and the
     * brief is one sheet: Objectives take the room left on page 1 instead of a page of their own.
     */
    @Test
    void krakowsBriefNamesEachPresentationOnceNestsNoQuotationAndIsOnePage() throws IOException {
        var data = app.delegations.ui.TestData.congress();
        PdfText pdf = write(BriefMakerTest.brief("krakow", UiLanguage.POLISH));
        String text = pdf.flat();
        for (String id : List.of("krakow-strategy-presentation-2016-11-30", "krakow-portals-presentation-2016-11-30")) {
            String start = data.event(id).orElseThrow().title().pl().substring(0, 30);
            assertEquals(1, text.split(java.util.regex.Pattern.quote(start), -1).length - 1, start + ": " + text);
        }
        String body = text.substring(0, text.indexOf("Źródła")); // the passages quoted after it stay as written
        assertFalse(BriefMakerTest.nestsInSameMarks(body), body);
        assertEquals(1, pdf.pages(), text);
        assertTrue(pdf.pageTexts().get(0).contains("Cele"), "Objectives on page 1");
    }

    @Test
    void aTableLongerThanAPageRepeatsItsHeaderOnEveryPageItContinuesOn() throws IOException {
        var rows = new ArrayList<List<String>>();
        for (int i = 1; i <= 150; i++) {
            rows.add(List.of("row " + i, "Kraków " + i));
        }
        List<Block> blocks = List.of(new Heading("Meetings"),
                new Table(List.of("Date column", "Meeting column"), rows, List.of(1.0, 2.0)),
                new Heading("Objectives"), new FillIn(5));
        PdfText pdf = write(new PaperDocument("Long", blocks));
        assertTrue(pdf.pages() >= 3, "pages: " + pdf.pages());
        for (String page : pdf.pageTexts()) {
            if (page.contains("row ")) {
                assertTrue(page.contains("Date column") && page.contains("Meeting column"), page);
            }
        }
        String last = pdf.pageTexts().get(pdf.pages() - 1);
        assertTrue(last.contains("Objectives"), "the heading stays with the lines it is for");
    }

    @Test
    void aLongTableLaidOutInPartsHoldsEveryRowOnceAndInOrder() throws IOException {
        int n = 10 * PdfTables.ROWS + 7;
        var rows = new ArrayList<List<String>>();
        for (int i = 1; i <= n; i++) {
            rows.add(List.of(String.format("R%04dR", i), "Kraków"));
        }
        String text = write(new PaperDocument("Long", List.of(new Heading("Meetings"),
                new Table(List.of("Date", "Meeting"), rows, List.of(1.0, 2.0)), new Heading("After")))).flat();
        int at = -1;
        for (int i = 1; i <= n; i++) {
            String row = String.format("R%04dR", i);
            int found = text.indexOf(row);
            assertTrue(found > at, row + " after the row before it");
            assertEquals(found, text.lastIndexOf(row), row + " once");
            at = found;
        }
        assertTrue(text.indexOf("After") > at, "what follows the table after its last row");
    }

    @Test
    void aCancelWhileThePagesAreNumberedOrOnceTheyAreLeavesNoFile(@TempDir Path dir) throws IOException {
        PaperDocument brief = BriefMakerTest.brief("kosice", UiLanguage.ENGLISH);
        var pdf = new PaperPdf();
        for (int step = 1; step <= PaperPdf.STEPS; step++) {
            Path file = dir.resolve("kosice.pdf");
            Files.writeString(file, "the brief of last week");
            var progress = new CancelledAt(step);

            assertThrows(CancellationException.class,
                    () -> ExportFile.write(file, progress, out -> pdf.write(brief, out, progress)));

            assertEquals("the brief of last week", Files.readString(file), "cancelled at step " + step);
            try (Stream<Path> left = Files.list(dir)) {
                assertEquals(List.of(file), left.toList(), "no part of a file left");
            }
        }
    }

    @Test
    void aLongTableIsAskedAboutACancelEveryFewRows() throws IOException {
        int n = 20 * PdfTables.ROWS;
        var rows = new ArrayList<List<String>>();
        for (int i = 1; i <= n; i++) {
            rows.add(List.of("row " + i, "Kraków"));
        }
        var progress = new CancelledAt(PaperPdf.STEPS + 1); // never
        new PaperPdf().write(new PaperDocument("Long", List.of(new Table(List.of("Date", "Meeting"), rows,
                List.of(1.0, 2.0)))), new ByteArrayOutputStream(), progress);

        assertTrue(progress.asked >= n / PdfTables.ROWS, "asked " + progress.asked + " times");
    }

    /** A progress that cancels once told step {@code at}, counting the checks it was asked. */
    private static final class CancelledAt implements ExportProgress {
        private final int at;
        private boolean cancelled;
        int asked;

        CancelledAt(int at) {
            this.at = at;
        }

        @Override
        public void rows(int done, int total) {
            check();
            cancelled = done >= at;
        }

        @Override
        public void check() {
            asked++;
            if (cancelled) {
                throw new CancellationException();
            }
        }
    }
}
