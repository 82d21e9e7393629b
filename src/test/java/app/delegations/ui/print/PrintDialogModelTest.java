package app.delegations.ui.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.delegations.ui.common.Messages;
import app.delegations.ui.common.UiLanguage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The print dialog's choices without a window: the default printer and its paper chosen, the pages counted again for
 * the paper and orientation chosen, and every wrong value refused with a message that names its field.
 */
class PrintDialogModelTest {
    private static final PageFormat A5 = new PageFormat(419.53, 595.28, 36, 36, 36, 36);
    private static final PageFormat LETTER = new PageFormat(612, 792, 54, 54, 54, 54);
    private static final Map<String, PageFormat> PAPERS = Map.of("A4", PageFormat.A4, "A5", A5, "Letter", LETTER);

    private static final List<PrinterOffer> PRINTERS = List.of(
            new PrinterOffer("Office", List.of("A4", "A5", "Letter"), 2, true),
            new PrinterOffer("Labels", List.of("A5"), 0, false),
            new PrinterOffer("Hall", List.of("A4", "Letter"), 0, true));

    /** The pages of the sample brief counted as the preview cuts them, each count recorded. */
    private final List<PageFormat> counted = new ArrayList<>();

    private PrintDialogModel model(UiLanguage language, List<PrinterOffer> printers) {
        return new PrintDialogModel(Messages.of(language), printers, 0, (printer, paper, landscape) -> {
            PageFormat f = PAPERS.get(printers.get(printer).papers().get(paper));
            return landscape ? new PageFormat(f.paperHeight(), f.paperWidth(), f.left(), f.top(), f.right(),
                    f.bottom()) : f;
        }, format -> {
            counted.add(format);
            return pages(format);
        });
    }

    private static int pages(PageFormat format) {
        return Page.of(SampleDocument.withRows(60), format, PageLayoutTest.FIXED).size();
    }

    @Test
    void theDefaultPrinterWithItsOwnPaperIsChosenAndPrintsAllPagesOnce() {
        var model = model(UiLanguage.ENGLISH, PRINTERS);
        assertEquals(List.of("Office", "Labels", "Hall"), model.printerNames());
        assertEquals(0, model.printerProperty().get());
        assertEquals(List.of("A4", "A5", "Letter"), model.papers());
        assertEquals(2, model.paperProperty().get(), "the printer's default paper");
        assertEquals(pages(LETTER), model.pageCountProperty().get());
        assertEquals("of " + pages(LETTER) + " pages", model.pagesOfProperty().get());
        assertEquals("", model.problemProperty().get());
        assertEquals(Optional.of(new PrintChoice(0, 2, false, LETTER, 1, 1, pages(LETTER))), model.choice());
    }

    @Test
    void anotherPaperOrTheTurnedPageIsCountedAgainAndAllPagesFollowTheCount() {
        var model = model(UiLanguage.ENGLISH, PRINTERS);
        model.paperProperty().set(1);
        assertEquals(pages(A5), model.pageCountProperty().get());
        assertTrue(pages(A5) > pages(LETTER), "the sample has more pages on A5: " + pages(A5));
        assertEquals(String.valueOf(pages(A5)), model.toProperty().get());
        model.landscapeProperty().set(true);
        PageFormat turned = model.choice().orElseThrow().format();
        assertEquals(A5.paperHeight(), turned.paperWidth(), "the long side across");
        assertEquals(pages(turned), model.pageCountProperty().get());
        assertEquals(pages(turned), model.choice().orElseThrow().to());
        model.paperProperty().set(0); // A4 turned
        model.landscapeProperty().set(false);
        model.paperProperty().set(1);
        model.landscapeProperty().set(true);
        assertEquals(List.of(LETTER, A5, turned, counted.get(3), PageFormat.A4), counted,
                "each page counted once, again from memory");
    }

    @Test
    void anotherPrinterKeepsThePaperWhenItTakesItElseItsOwnAndTurnsOnlyIfItCan() {
        var model = model(UiLanguage.ENGLISH, PRINTERS);
        model.landscapeProperty().set(true);
        model.printerProperty().set(2);
        assertEquals(List.of("A4", "Letter"), model.papers());
        assertEquals(1, model.paperProperty().get(), "Letter kept");
        assertTrue(model.turnableProperty().get());
        assertTrue(model.landscapeProperty().get());
        model.printerProperty().set(1);
        assertEquals(List.of("A5"), model.papers());
        assertEquals(0, model.paperProperty().get(), "its own paper");
        assertFalse(model.turnableProperty().get());
        assertFalse(model.landscapeProperty().get(), "a printer that cannot turn the page prints it upright");
        assertEquals(new PrintChoice(1, 0, false, A5, 1, 1, pages(A5)), model.choice().orElseThrow());
    }

    @Test
    void copiesAreAWholeNumberFrom1To99() {
        var model = model(UiLanguage.POLISH, PRINTERS);
        for (String wrong : List.of("0", "100", "", " ", "2x", "-1", "1.5", "99999999999")) {
            model.copiesProperty().set(wrong);
            assertEquals("Liczba kopii: wpisz liczbę całkowitą od 1 do 99.", model.problemProperty().get(), wrong);
            assertEquals(PrintDialogModel.Field.COPIES, model.wrongProperty().get());
            assertFalse(model.readyProperty().get());
            assertEquals(Optional.empty(), model.choice());
        }
        model.copiesProperty().set(" 2 ");
        assertEquals("", model.problemProperty().get());
        assertEquals(PrintDialogModel.Field.NONE, model.wrongProperty().get());
        assertEquals(2, model.choice().orElseThrow().copies());
        model.copiesProperty().set("99");
        assertEquals(99, model.choice().orElseThrow().copies());
    }

    @Test
    void thePagesFromToAreWithinTheDocumentAndInOrderAndEachMistakeNamesItsField() {
        var model = model(UiLanguage.ENGLISH, PRINTERS);
        int count = pages(LETTER);
        model.allPagesProperty().set(false);
        model.fromProperty().set("0");
        assertEquals("From page: enter a page number from 1 to " + count + ".", model.problemProperty().get());
        assertEquals(PrintDialogModel.Field.FROM, model.wrongProperty().get());
        model.fromProperty().set("2");
        model.toProperty().set(String.valueOf(count + 1));
        assertEquals("To page: enter a page number from 1 to " + count + ".", model.problemProperty().get());
        assertEquals(PrintDialogModel.Field.TO, model.wrongProperty().get());
        model.toProperty().set("1");
        assertEquals("To page: enter a page number of at least 2, the first page to print.",
                model.problemProperty().get());
        assertEquals(Optional.empty(), model.choice());
        model.toProperty().set("2");
        PrintChoice choice = model.choice().orElseThrow();
        assertEquals(List.of(false, true, false), List.of(choice.prints(1), choice.prints(2), choice.prints(3)));
        model.allPagesProperty().set(true);
        assertEquals("", model.problemProperty().get(), "the fields do not count while all pages print");
        assertEquals(1, model.choice().orElseThrow().from());
        assertEquals(count, model.choice().orElseThrow().to());
    }

    @Test
    void withoutAPrinterTheDialogSaysSoAndCannotPrint() {
        var model = model(UiLanguage.POLISH, List.of());
        assertEquals("Nie zainstalowano żadnej drukarki, więc nie można wydrukować notatki. Zamiast tego wyeksportuj ją do PDF.",
                model.problemProperty().get());
        assertEquals(PrintDialogModel.Field.PRINTER, model.wrongProperty().get());
        assertFalse(model.readyProperty().get());
        assertEquals(Optional.empty(), model.choice());
    }

    @Test
    void copiesGoToThePrinterOneWholeCopyAfterAnotherOfTheChosenPagesOnly() {
        assertEquals(List.of(2, 3, 2, 3), new PrintChoice(0, 0, false, A5, 2, 2, 3).sent(5));
        assertEquals(List.of(1, 2, 3), new PrintChoice(0, 0, false, A5, 1, 1, 3).sent(3));
        assertEquals(List.of(3, 3, 3), new PrintChoice(0, 0, false, A5, 3, 3, 9).sent(3), "no page past the last");
    }
}
