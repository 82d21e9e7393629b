package app.delegations.ui.print;

import app.delegations.ui.common.PaperDocument;
import java.util.List;
import java.util.Optional;
import javafx.scene.layout.Region;

/**
 * A document laid out for the print preview: for the default printer's paper (A4 without a printer), measured in
 * the fonts it is drawn in, cut into pages, and its first page drawn as the preview shows it. Made on any thread
 * ({@link PrintPreview#layOut}: no node of it is in a scene), shown on the UI thread (its {@link PrintPreview}
 * window), which then only styles and lays out the first page's nodes.
 */
public final class LaidOut {
    private final PaperDocument document;
    private final boolean printer;
    private final PageFormat paper;
    private final FxTextMeasure measure;
    private final List<Page> pages;
    private Region firstSheet; // handed to the first preview that shows the first page, then null

    private LaidOut(PaperDocument document, boolean printer, PageFormat paper, FxTextMeasure measure,
                    List<Page> pages) {
        this.document = document;
        this.printer = printer;
        this.paper = paper;
        this.measure = measure;
        this.pages = List.copyOf(pages);
        this.firstSheet = new PageNodes(measure).sheet(this.pages.get(0), paper);
    }

    /** Asks {@code printers} for the default paper, measures the text and cuts it into pages. */
    static LaidOut of(PaperDocument document, Printers printers) {
        Optional<PageFormat> printerPage = printers.defaultPage();
        var measure = new FxTextMeasure();
        PageFormat paper = printerPage.orElse(PageFormat.A4);
        return new LaidOut(document, printerPage.isPresent(), paper, measure, Page.of(document, paper, measure));
    }

    PaperDocument document() {
        return document;
    }

    /** True when a printer is installed (Print… is offered). */
    boolean printer() {
        return printer;
    }

    PageFormat paper() {
        return paper;
    }

    /** The fonts the pages were measured in, which draw them. */
    FxTextMeasure measure() {
        return measure;
    }

    List<Page> pages() {
        return pages;
    }

    /**
     * The first page's sheet, drawn when laid out, if {@code page} is that page on this paper and no preview took
     * the sheet before (a node is in one scene at a time); else null. Call on the UI thread.
     */
    Region takeSheet(Page page, PageFormat format) {
        if (firstSheet == null || page != pages.get(0) || !format.equals(paper)) {
            return null;
        }
        Region sheet = firstSheet;
        firstSheet = null;
        return sheet;
    }
}
