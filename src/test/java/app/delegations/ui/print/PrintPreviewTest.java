package app.delegations.ui.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.delegations.ui.OwnerStage;
import app.delegations.ui.RecordingDialogs;
import app.delegations.ui.common.Messages;
import app.delegations.ui.common.PaperDocument;
import app.delegations.ui.common.UiLanguage;
import app.delegations.ui.timeline.PngEncoder;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;
import javafx.print.Printer;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.text.Text;
import javafx.scene.transform.Scale;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * File › Print as the officer sees it: the brief's pages one at a time with their number, Previous/Next and Page
 * Up/Page Down through them, Print… only with a printer installed (else the window says to export a PDF), Esc
 * closes; Print… opens the app's print dialog, printing lays the pages out again for the paper chosen there, and a
 * failure is told, not thrown.
 */
@ExtendWith(ApplicationExtension.class)
class PrintPreviewTest {
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private Stage owner;

    private static final PageFormat A5 = new PageFormat(419.53, 595.28, 36, 36, 36, 36);
    private static final PageFormat A3 = new PageFormat(841.89, 1190.55, 51, 51, 51, 51);

    /**
     * Printers of the test's own: none installed, or one (A4, A5 and A3 paper) that records what it was given to
     * print.
     */
    private static final class FakePrinters implements Printers {
        final Optional<PageFormat> page;
        final List<List<Node>> printed = new ArrayList<>();
        final List<PrintChoice> choices = new ArrayList<>();
        boolean fail;

        FakePrinters(Optional<PageFormat> page) {
            this.page = page;
        }

        @Override
        public Optional<PageFormat> defaultPage() {
            return page;
        }

        @Override
        public List<PrinterOffer> offers() {
            return page.isEmpty() ? List.of() : List.of(new PrinterOffer("Biuro", List.of("A4", "A5", "A3"), 0, true));
        }

        @Override
        public PageFormat format(int printer, int paper, boolean landscape) {
            PageFormat f = List.of(PageFormat.A4, A5, A3).get(paper);
            return landscape ? new PageFormat(f.paperHeight(), f.paperWidth(), f.top(), f.right(), f.bottom(),
                    f.left()) : f;
        }

        @Override
        public void print(PrintChoice choice, List<Node> pages) throws PrintFailed {
            if (fail) {
                throw new PrintFailed("the printer is out of paper");
            }
            choices.add(choice);
            printed.add(pages);
        }
    }

    @Start
    void start(Stage stage) {
        owner = OwnerStage.show(stage);
    }

    @AfterEach
    void closeThePreview(FxRobot robot) {
        OwnerStage.closeOthers(robot, owner);
    }

    private void open(FxRobot robot, UiLanguage language, Printers printers, PaperDocument document) {
        robot.interact(() -> new PrintPreview(Messages.of(language), dialogs, printers).show(owner, document));
        waitForThePage(robot);
    }

    /** The page comes a frame after the window. */
    private static void waitForThePage(FxRobot robot) {
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#printSheet").tryQuery().isPresent());
        } catch (TimeoutException e) {
            throw new AssertionError("no page on the desk", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String position(FxRobot robot) {
        return robot.lookup("#printPosition").queryAs(Label.class).getText();
    }

    private static List<String> texts(Node node) {
        var texts = new ArrayList<String>();
        collect(node, texts);
        return texts;
    }

    private static void collect(Node node, List<String> into) {
        if (node instanceof Text t) {
            into.add(t.getText());
        } else if (node instanceof Pane p) {
            p.getChildrenUnmodifiable().forEach(c -> collect(c, into));
        }
    }

    @Test
    void theOfficerPagesThroughTheBriefWithTheButtonsAndPageUpPageDownAndEscCloses(FxRobot robot) {
        PaperDocument document = SampleDocument.withRows(60);
        open(robot, UiLanguage.POLISH, new FakePrinters(Optional.empty()), document);
        int count = Page.of(document, PageFormat.A4, new FxTextMeasure()).size();
        assertTrue(count >= 3, "a 60-row table makes several pages: " + count);

        assertEquals("1 / " + count, position(robot));
        assertEquals("Strona 1 z " + count, robot.lookup("#printPosition").queryAs(Label.class).getAccessibleText());
        assertTrue(texts(robot.lookup("#printSheet").query()).contains("Wizyta delegacji z Kijowa w Krakowie — notatka"),
                "page 1 opens with the title");
        assertTrue(robot.lookup("#printPrevious").queryButton().isDisabled(), "no page before the first");
        robot.clickOn("#printNext");
        assertEquals("2 / " + count, position(robot));
        List<String> second = texts(robot.lookup("#printSheet").query());
        assertEquals(List.of("Kraj", "Miejsce", "Rola"), second.subList(0, 3), "page 2 repeats the header row");
        assertTrue(second.contains("Україна"), "Cyrillic on the page");
        robot.type(KeyCode.PAGE_DOWN);
        assertEquals("3 / " + count, position(robot));
        robot.type(KeyCode.PAGE_UP, 5);
        assertEquals("1 / " + count, position(robot), "Page Up stops at the first page");
        robot.type(KeyCode.END);
        assertEquals(count + " / " + count, position(robot));
        assertTrue(robot.lookup("#printNext").queryButton().isDisabled(), "no page after the last");
        assertEquals("Papier 210 × 297 mm", robot.lookup("#printPaper").queryAs(Label.class).getText(), "A4");

        robot.type(KeyCode.ESCAPE);
        assertTrue(Window.getWindows().stream().noneMatch(w -> w != owner && w.isShowing()), "Esc closes");
    }

    @Test
    void aBriefLaidOutOffTheUiThreadShowsTheSamePagesAsOneLaidOutOnIt(FxRobot robot) throws Exception {
        PaperDocument document = SampleDocument.withRows(60);
        var preview = new PrintPreview(Messages.of(UiLanguage.ENGLISH), dialogs, new FakePrinters(Optional.empty()));
        var onFx = new ArrayList<Boolean>();
        LaidOut laidOut = CompletableFuture.supplyAsync(() -> {
            onFx.add(Platform.isFxApplicationThread());
            return preview.layOut(document); // as File › Print brief… does, on a thread of its own
        }).get();
        assertEquals(List.of(false), onFx);
        robot.interact(() -> preview.show(owner, laidOut));
        waitForThePage(robot);

        List<Page> onUi = WaitForAsyncUtils.asyncFx(() -> Page.of(document, PageFormat.A4, new FxTextMeasure())).get();
        assertEquals("1 / " + onUi.size(), position(robot), "as many pages as laid out on the UI thread");
        assertEquals(onUi, laidOut.pages(), "the same pages, measured alike");
        assertTrue(texts(robot.lookup("#printSheet").query()).contains("Wizyta delegacji z Kijowa w Krakowie — notatka"));
        robot.type(KeyCode.ESCAPE);
    }

    @Test
    void theWindowOpensAFrameBeforeItsFirstPageWhoseNodesWereMadeWhereTheBriefWasLaidOut(FxRobot robot)
            throws Exception {
        var frames = new ArrayList<Runnable>();
        var preview = new PrintPreview(Messages.of(UiLanguage.ENGLISH), dialogs, new FakePrinters(Optional.empty()),
                frames::add, null);
        LaidOut laidOut = CompletableFuture.supplyAsync(() -> preview.layOut(SampleDocument.withRows(60))).get();
        robot.interact(() -> preview.show(owner, laidOut));

        assertEquals("1 / " + laidOut.pages().size(), position(robot), "the window and its buttons at once");
        assertTrue(robot.lookup("#printSheet").tryQuery().isEmpty(), "the desk empty in the window's first frame");
        assertEquals(1, frames.size(), "the page waits for the next frame");
        robot.interact(() -> frames.get(0).run());
        Node sheet = robot.lookup("#printSheet").query();
        assertTrue(texts(sheet).contains("Wizyta delegacji z Kijowa w Krakowie — notatka"), "then page 1");
        assertNull(WaitForAsyncUtils.asyncFx(() -> laidOut.takeSheet(laidOut.pages().get(0), laidOut.paper())).get(),
                "the page shown is the one drawn off the UI thread with the layout");
        assertNull(sheet.getParent().getEffect(), "no blurred shadow for the renderer to draw");

        robot.type(KeyCode.PAGE_DOWN);
        assertEquals("2 / " + laidOut.pages().size(), position(robot));
        assertTrue(texts(robot.lookup("#printSheet").query()).contains("Україна"), "page 2, drawn when asked for");
        robot.type(KeyCode.ESCAPE);
    }

    @Test
    void withoutAPrinterPrintIsDisabledAndTheWindowSaysToExportAPdf(FxRobot robot) {
        open(robot, UiLanguage.ENGLISH, new FakePrinters(Optional.empty()), SampleDocument.withRows(5));
        assertTrue(robot.lookup("#printPrint").queryButton().isDisabled());
        Label why = robot.lookup("#printNoPrinter").queryAs(Label.class);
        assertTrue(why.isVisible());
        assertEquals("No printer installed — export the brief as PDF instead", why.getText());
        assertEquals("1 / 1", position(robot));
        robot.clickOn("#printClose");
        assertTrue(Window.getWindows().stream().noneMatch(w -> w != owner && w.isShowing()), "Close closes");
    }

    /**
     * An officer's defect 9: without a printer the preview says to export a PDF, and Export as PDF… does it from
     * there: the preview closes (the export's file chooser, progress and outcome are the main window's) and the
     * export command runs once; Enter chooses it, Print… being disabled.
     */
    @Test
    void withoutAPrinterExportAsPdfClosesThePreviewAndRunsTheExportCommand(FxRobot robot) {
        var exported = new ArrayList<Boolean>(); // whether the preview had closed when the command ran
        robot.interact(() -> new PrintPreview(Messages.of(UiLanguage.POLISH), dialogs, new FakePrinters(Optional.empty()),
                null, () -> exported.add(Window.getWindows().stream().noneMatch(w -> w != owner && w.isShowing())))
                .show(owner, SampleDocument.withRows(5)));
        waitForThePage(robot);
        Button export = robot.lookup("#printExportPdf").queryButton();
        assertEquals("Eksportuj do PDF…", export.getText());
        assertTrue(export.isVisible() && !export.isDisabled());
        assertTrue(export.isDefaultButton(), "Enter exports when nothing can be printed");
        assertTrue(robot.lookup("#printPrint").queryButton().isDisabled());

        robot.clickOn("#printExportPdf");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(true), exported, "run once, the preview closed first");
        assertTrue(Window.getWindows().stream().noneMatch(w -> w != owner && w.isShowing()), "the preview closed");
    }

    /** With a printer too, a PDF is offered beside Print… (to send the brief on), but Print… stays the default. */
    @Test
    void withAPrinterExportAsPdfIsOfferedBesidePrint(FxRobot robot) {
        var exported = new ArrayList<String>();
        robot.interact(() -> new PrintPreview(Messages.of(UiLanguage.ENGLISH), dialogs,
                new FakePrinters(Optional.of(PageFormat.A4)), null, () -> exported.add("pdf"))
                .show(owner, SampleDocument.withRows(5)));
        waitForThePage(robot);
        Button export = robot.lookup("#printExportPdf").queryButton();
        assertEquals("Export as PDF…", export.getText());
        assertFalse(export.isDefaultButton());
        assertFalse(robot.lookup("#printPrint").queryButton().isDisabled());
        robot.clickOn("#printExportPdf");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("pdf"), exported);
    }

    @Test
    void withTheSystemsPrintersPrintIsOfferedExactlyWhenAPrinterIsInstalled(FxRobot robot) {
        robot.interact(() -> new PrintPreview(Messages.of(UiLanguage.ENGLISH), dialogs)
                .show(owner, SampleDocument.withRows(5)));
        WaitForAsyncUtils.waitForFxEvents();
        boolean none = Printer.getDefaultPrinter() == null; // none on CI and under Xvfb
        assertEquals(none, robot.lookup("#printPrint").queryButton().isDisabled());
        assertEquals(none, robot.lookup("#printNoPrinter").queryAs(Label.class).isVisible());
        assertTrue(dialogs.errors.isEmpty());
    }

    /** Clicks Print… in the preview, picks {@code paper} in the print dialog and prints. */
    private static void printOn(FxRobot robot, int paper) {
        robot.clickOn("#printPrint");
        robot.interact(() -> robot.lookup("#printDialogPaper").<String>queryComboBox().getSelectionModel()
                .select(paper));
        robot.clickOn("#printDialogPrint");
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void printingLaysThePagesOutForThePaperChosenInThePrintDialogAndPrintsEachOnce(FxRobot robot) {
        var printers = new FakePrinters(Optional.of(PageFormat.A4));
        PaperDocument document = SampleDocument.withRows(60);
        open(robot, UiLanguage.ENGLISH, printers, document);
        assertFalse(robot.lookup("#printNoPrinter").queryAs(Label.class).isVisible());
        assertFalse(robot.lookup("#printPrint").queryButton().isDisabled());

        printOn(robot, 1); // A5
        assertEquals(1, printers.printed.size());
        List<Node> pages = printers.printed.get(0);
        assertEquals(Page.of(document, A5, new FxTextMeasure()).size(), pages.size(), "A5 pages");
        assertTrue(pages.size() > Page.of(document, PageFormat.A4, new FxTextMeasure()).size(), "more than A4's");
        assertEquals("1 / " + pages.size(), texts(pages.get(0)).get(texts(pages.get(0)).size() - 1), "numbered");
        assertEquals(new PrintChoice(0, 1, false, A5, 1, 1, pages.size()), printers.choices.get(0), "all, once");
        assertTrue(dialogs.errors.isEmpty());
        assertTrue(Window.getWindows().stream().noneMatch(w -> w != owner && w.isShowing()), "closed once printed");
    }

    @Test
    void printingOnALargerPaperFromTheLastPageShowsItsLastPage(FxRobot robot) {
        var printers = new FakePrinters(Optional.of(PageFormat.A4));
        PaperDocument document = SampleDocument.withRows(60);
        open(robot, UiLanguage.ENGLISH, printers, document);
        robot.type(KeyCode.END);
        printOn(robot, 2); // A3: fewer pages than A4
        assertEquals(List.of(), dialogs.errors);
        assertEquals(Page.of(document, A3, new FxTextMeasure()).size(), printers.printed.get(0).size());
    }

    @Test
    void cancellingThePrintDialogPrintsNothingAndKeepsThePreview(FxRobot robot) {
        var printers = new FakePrinters(Optional.of(PageFormat.A4));
        open(robot, UiLanguage.POLISH, printers, SampleDocument.withRows(5));
        robot.clickOn("#printPrint");
        assertEquals("Drukowanie", ((Stage) robot.lookup("#printDialogPrint").query().getScene().getWindow())
                .getTitle());
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#printDialogPrint").tryQuery().isEmpty(), "Esc closes the print dialog");
        assertEquals(List.of(), printers.printed);
        assertTrue(robot.lookup("#printPages").tryQuery().isPresent(), "the preview stays open");
    }

    @Test
    void everyLineIsDrawnWithinThePrintableWidthAndAboveThePageNumber(FxRobot robot) {
        PaperDocument document = SampleDocument.withRows(60);
        open(robot, UiLanguage.POLISH, new FakePrinters(Optional.empty()), document);
        int count = Page.of(document, PageFormat.A4, new FxTextMeasure()).size();
        for (int n = 1; n <= count; n++) {
            Pane content = (Pane) robot.lookup("#printSheet").queryAs(Pane.class).getChildren().get(0);
            var texts = content.getChildren().stream().filter(Text.class::isInstance).map(Text.class::cast).toList();
            Text footer = texts.get(texts.size() - 1);
            assertEquals(n + " / " + count, footer.getText());
            for (Text t : texts) {
                var drawn = t.getLayoutBounds(); // the line as set (a glyph's ink may reach a hair beyond)
                assertTrue(drawn.getMinX() >= 0 && drawn.getMaxX() <= PageFormat.A4.printableWidth() + 0.5,
                        "page " + n + ", within the width: " + t.getText() + " " + drawn);
                if (t != footer) {
                    assertTrue(drawn.getMaxY() <= footer.getLayoutBounds().getMinY(),
                            "page " + n + ", above the page number: " + t.getText());
                }
            }
            robot.type(KeyCode.PAGE_DOWN);
        }
    }

    @Test
    void aFailedPrintIsToldThroughTheDialogsAndThePreviewStaysOpen(FxRobot robot) {
        var printers = new FakePrinters(Optional.of(PageFormat.A4));
        printers.fail = true;
        open(robot, UiLanguage.POLISH, printers, SampleDocument.withRows(5));
        robot.clickOn("#printPrint");
        robot.clickOn("#printDialogPrint");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, dialogs.errors.size());
        assertEquals("Nie udało się wydrukować: the printer is out of paper", dialogs.errors.get(0).message());
        assertTrue(robot.lookup("#printPages").tryQuery().isPresent(), "the preview stays open");
    }

    /**
     * A snapshot of the preview's first page: the proportions of A4, white margins all round, dark pixels where the
     * title is and where the page number is. Not compared pixel by pixel (fonts differ between machines).
     */
    @Test
    void aSnapshotOfTheFirstPageIsAnA4SheetWithItsTitleInsideWhiteMargins(FxRobot robot) throws IOException {
        open(robot, UiLanguage.POLISH, new FakePrinters(Optional.empty()), SampleDocument.withRows(60));
        Node sheet = robot.lookup("#printSheet").query();
        WritableImage[] shot = new WritableImage[1];
        robot.interact(() -> {
            var params = new SnapshotParameters();
            params.setTransform(new Scale(1 / sheet.getScaleX(), 1 / sheet.getScaleY())); // the sheet at 1 px a point
            shot[0] = sheet.snapshot(params, null);
        });
        WritableImage image = shot[0];
        String dir = System.getProperty("print.snapshots");
        if (dir != null) {
            Files.createDirectories(Path.of(dir));
            try (OutputStream out = Files.newOutputStream(Path.of(dir, "page1.png"))) {
                PngEncoder.write(image, out);
            }
        }
        double w = image.getWidth();
        double h = image.getHeight();
        assertEquals(210.0 / 297, w / h, 0.01, "A4's proportions: " + w + " × " + h);
        assertEquals(PageFormat.A4.paperWidth(), w, 2, "a point a pixel");
        PixelReader px = image.getPixelReader();
        int margin = (int) (PageFormat.A4.left() * 0.9);
        assertEquals(0, dark(px, 0, 0, margin, (int) h), "the left margin is white");
        assertEquals(0, dark(px, (int) w - margin, 0, (int) w, (int) h), "the right margin is white");
        assertEquals(0, dark(px, 0, 0, (int) w, margin), "the top margin is white");
        assertEquals(0, dark(px, 0, (int) h - margin, (int) w, (int) h), "the bottom margin is white");
        int top = (int) PageFormat.A4.top();
        assertTrue(dark(px, margin, top, (int) w / 2, top + 20) > 100, "the title is set at the top left");
        int footer = (int) (h - PageFormat.A4.bottom());
        assertTrue(dark(px, (int) w / 2 - 20, footer - 12, (int) w / 2 + 20, footer) > 10, "the page number");
        assertTrue(Color.WHITE.equals(px.getColor(2, 2)), "a white sheet");
    }

    /** How many pixels of the rectangle are dark (text or rules). */
    private static int dark(PixelReader px, int x0, int y0, int x1, int y1) {
        int n = 0;
        for (int y = y0; y < y1; y++) {
            for (int x = x0; x < x1; x++) {
                if (px.getColor(x, y).getBrightness() < 0.5) {
                    n++;
                }
            }
        }
        return n;
    }
}
