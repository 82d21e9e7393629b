package app.delegations.ui.print;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javafx.scene.Node;
import javafx.stage.Window;

/** The system's printers as the preview uses them; tests give their own. */
interface Printers {
    /** The default printer's page (its paper and margins), or empty when no printer is installed. */
    Optional<PageFormat> defaultPage();

    /**
     * Shows the print dialog over {@code owner} and prints what the user chose: {@code pages} makes the page nodes
     * for the paper chosen there (numbered from 1; only those in the chosen page ranges are printed).
     *
     * @return the paper printed on, empty when the user cancelled the dialog
     * @throws PrintFailed when the job could not be made or a page could not be printed
     */
    Optional<PageFormat> print(Window owner, Function<PageFormat, List<Node>> pages) throws PrintFailed;

    /** Printing failed; the message says why, in the printer system's words. */
    final class PrintFailed extends Exception {
        private static final long serialVersionUID = 1L;

        PrintFailed(String message) {
            super(message);
        }
    }
}
