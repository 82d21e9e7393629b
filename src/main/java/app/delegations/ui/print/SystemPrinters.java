package app.delegations.ui.print;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javafx.print.PageLayout;
import javafx.print.PageRange;
import javafx.print.Printer;
import javafx.print.PrinterJob;
import javafx.scene.Node;
import javafx.stage.Window;

/**
 * The printers of the system, through JavaFX's {@link PrinterJob}: the job prints each page node as it is (JavaFX
 * does not paginate), after the print dialog has set the printer, the paper and the pages.
 */
final class SystemPrinters implements Printers {

    @Override
    public Optional<PageFormat> defaultPage() {
        Printer printer = Printer.getDefaultPrinter();
        return printer == null ? Optional.empty() : Optional.of(PageFormat.of(printer.getDefaultPageLayout()));
    }

    @Override
    public Optional<PageFormat> print(Window owner, Function<PageFormat, List<Node>> pages) throws PrintFailed {
        PrinterJob job = PrinterJob.createPrinterJob();
        if (job == null) {
            throw new PrintFailed("no printer job could be made");
        }
        if (!job.showPrintDialog(owner)) {
            job.cancelJob();
            return Optional.empty();
        }
        PageLayout layout = job.getJobSettings().getPageLayout();
        PageFormat paper = PageFormat.of(layout);
        List<Node> nodes = pages.apply(paper);
        PageRange[] ranges = job.getJobSettings().getPageRanges();
        for (int n = 1; n <= nodes.size(); n++) {
            if (chosen(ranges, n) && !job.printPage(layout, nodes.get(n - 1))) {
                PrinterJob.JobStatus status = job.getJobStatus();
                job.cancelJob();
                throw new PrintFailed("page " + n + ": " + status);
            }
        }
        if (!job.endJob()) {
            throw new PrintFailed(String.valueOf(job.getJobStatus()));
        }
        return Optional.of(paper);
    }

    /** True when page {@code n} is in one of the ranges (all pages when there are none). */
    private static boolean chosen(PageRange[] ranges, int n) {
        if (ranges == null || ranges.length == 0) {
            return true;
        }
        for (PageRange range : ranges) {
            if (n >= range.getStartPage() && n <= range.getEndPage()) {
                return true;
            }
        }
        return false;
    }
}
