package app.delegations.ui.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.delegations.ui.common.Messages;
import app.delegations.ui.common.UiLanguage;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The preview's state without a window: the page shown is always one of the pages, and what it says about it. */
class PrintPreviewModelTest {
    private static List<Page> pages(int rows, PageFormat paper) {
        return Page.of(SampleDocument.withRows(rows), paper, PageLayoutTest.FIXED);
    }

    @Test
    void nextAndPreviousStopAtTheEndsAndThePositionReadsInTheLanguage() {
        var model = new PrintPreviewModel(Messages.of(UiLanguage.POLISH), false);
        var pages = pages(60, PageFormat.A4);
        model.show(pages, PageFormat.A4);
        int count = pages.size();
        assertEquals("1 / " + count, model.positionProperty().get());
        assertFalse(model.hasPreviousProperty().get());
        model.previous();
        assertEquals(0, model.indexProperty().get(), "no page before the first");
        model.next();
        assertEquals("Strona 2 z " + count, model.positionSpokenProperty().get());
        assertTrue(model.hasPreviousProperty().get());
        model.last();
        model.next();
        assertEquals(count - 1, model.indexProperty().get(), "no page after the last");
        assertFalse(model.hasNextProperty().get());
        assertEquals(pages.get(count - 1), model.page());
        model.first();
        assertEquals(pages.get(0), model.page());
    }

    @Test
    void laidOutAgainForAnotherPaperThePageShownKeepsItsNumberOrBecomesTheLast() {
        var model = new PrintPreviewModel(Messages.of(UiLanguage.ENGLISH), true);
        model.show(pages(60, PageFormat.A4), PageFormat.A4);
        model.next();
        var a5 = new PageFormat(419.53, 595.28, 36, 36, 36, 36);
        model.show(pages(60, a5), a5);
        assertEquals(1, model.indexProperty().get(), "still page 2");
        assertEquals("Paper 148 × 210 mm", model.paperProperty().get());
        model.last();
        model.show(pages(2, PageFormat.A4), PageFormat.A4);
        assertEquals("1 / 1", model.positionProperty().get(), "the last page of the shorter document");
        assertTrue(model.canPrint());
        assertEquals("", model.whyNoPrint());
    }
}
