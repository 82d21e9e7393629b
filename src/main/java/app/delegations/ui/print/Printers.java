package app.delegations.ui.print;

import java.util.List;
import java.util.Optional;
import javafx.scene.Node;

/** The system's printers as the preview and its print dialog use them; tests give their own. */
interface Printers {
    /** The default printer's page (its paper and margins), or empty when no printer is installed. */
    Optional<PageFormat> defaultPage();

    /** The printers installed now, the default one first; empty for none. */
    List<PrinterOffer> offers();

    /**
     * The page that printer {@code printer} of the last {@link #offers} gives its paper {@code paper} upright or
     * turned: the paper less the printer's margins.
     */
    PageFormat format(int printer, int paper, boolean landscape);

    /**
     * Prints the chosen pages of {@code pages} (all the document's pages laid out for the chosen format, numbered
     * from 1) as {@code choice} says: printer of the last {@link #offers}, paper, orientation, copies. On the UI
     * thread, which it holds until the pages have gone to the printer.
     *
     * @throws PrintFailed when the job could not be made or a page could not be printed
     */
    void print(PrintChoice choice, List<Node> pages) throws PrintFailed;

    /** Printing failed; the message says why, in the printer system's words. */
    final class PrintFailed extends Exception {
        private static final long serialVersionUID = 1L;

        PrintFailed(String message) {
            super(message);
        }
    }
}
