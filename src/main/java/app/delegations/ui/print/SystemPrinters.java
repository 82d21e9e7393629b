package app.delegations.ui.print;

import app.delegations.ui.common.Messages;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import javafx.print.Collation;
import javafx.print.JobSettings;
import javafx.print.PageLayout;
import javafx.print.PageOrientation;
import javafx.print.Paper;
import javafx.print.Printer;
import javafx.print.PrinterJob;
import javafx.scene.Node;

/**
 * The printers of the system, through JavaFX's {@link PrinterJob}, set up from the app's own print dialog (the app
 * runs headless for Java2D, where {@code PrinterJob.showPrintDialog} shows nothing and prints on the default
 * printer). The job prints each page node as it is (JavaFX does not paginate).
 */
final class SystemPrinters implements Printers {
    private final Messages messages;
    private final List<Printer> printers = new ArrayList<>();
    private final List<List<Paper>> papers = new ArrayList<>();

    SystemPrinters(Messages messages) {
        this.messages = messages;
    }

    @Override
    public Optional<PageFormat> defaultPage() {
        Printer printer = Printer.getDefaultPrinter();
        return printer == null ? Optional.empty() : Optional.of(PageFormat.of(printer.getDefaultPageLayout()));
    }

    @Override
    public List<PrinterOffer> offers() {
        Printer preferred = Printer.getDefaultPrinter();
        printers.clear();
        papers.clear();
        Printer.getAllPrinters().stream()
                .sorted(Comparator.comparing((Printer p) -> !p.equals(preferred)).thenComparing(Printer::getName))
                .forEach(printers::add);
        var offers = new ArrayList<PrinterOffer>();
        for (Printer printer : printers) {
            List<Paper> its = printer.getPrinterAttributes().getSupportedPapers().stream()
                    .sorted(Comparator.comparing(Paper::getName)).toList();
            if (its.isEmpty()) {
                its = List.of(printer.getDefaultPageLayout().getPaper());
            }
            papers.add(its);
            int paper = its.indexOf(printer.getDefaultPageLayout().getPaper());
            if (paper < 0) {
                paper = Math.max(0, its.indexOf(Paper.A4));
            }
            boolean turns = printer.getPrinterAttributes().getSupportedPageOrientations()
                    .contains(PageOrientation.LANDSCAPE);
            offers.add(new PrinterOffer(printer.getName(), its.stream().map(this::name).toList(), paper, turns));
        }
        return offers;
    }

    /** "A4 (210 × 297 mm)". */
    private String name(Paper paper) {
        return messages.format("print.dialog.paperSize", paper.getName(), Math.round(paper.getWidth() / 72 * 25.4),
                Math.round(paper.getHeight() / 72 * 25.4));
    }

    private PageLayout layout(int printer, int paper, boolean landscape) {
        return printers.get(printer).createPageLayout(papers.get(printer).get(paper),
                landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT, Printer.MarginType.DEFAULT);
    }

    @Override
    public PageFormat format(int printer, int paper, boolean landscape) {
        return PageFormat.of(layout(printer, paper, landscape));
    }

    @Override
    public void print(PrintChoice choice, List<Node> pages) throws PrintFailed {
        Printer printer = printers.get(choice.printer());
        PrinterJob job = PrinterJob.createPrinterJob(printer);
        if (job == null) {
            throw new PrintFailed("no printer job could be made for " + printer.getName());
        }
        PageLayout layout = layout(choice.printer(), choice.paper(), choice.landscape());
        JobSettings settings = job.getJobSettings();
        settings.setPageLayout(layout);
        // The copies are sent one after another in one job, so that two copies of a brief are two briefs: Java2D
        // would ask for them in the PostScript (NumCopies) without collating, and a printer may make each page
        // twice in a row.
        settings.setCopies(1);
        settings.setCollation(Collation.COLLATED);
        // No page ranges on the job: it would number the pages it is sent from 1 and drop those outside them; it
        // is sent the chosen pages only.
        for (int n : choice.sent(pages.size())) {
            if (!job.printPage(layout, pages.get(n - 1))) {
                PrinterJob.JobStatus status = job.getJobStatus();
                job.cancelJob();
                throw new PrintFailed("page " + n + ": " + status);
            }
        }
        if (!job.endJob()) {
            throw new PrintFailed(String.valueOf(job.getJobStatus()));
        }
    }
}
