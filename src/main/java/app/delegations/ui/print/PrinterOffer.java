package app.delegations.ui.print;

import java.util.List;

/**
 * A printer as the print dialog offers it.
 *
 * @param name         the printer's name, as the system calls it
 * @param papers       the papers it takes, by their names ("A4", "Letter")
 * @param defaultPaper the index in {@code papers} of the paper it prints on unless told otherwise
 * @param landscape    whether it can turn the page (print in landscape)
 */
record PrinterOffer(String name, List<String> papers, int defaultPaper, boolean landscape) {
    PrinterOffer {
        papers = List.copyOf(papers);
        if (papers.isEmpty() || defaultPaper < 0 || defaultPaper >= papers.size()) {
            throw new IllegalArgumentException("a printer takes at least one paper, its default among them: " + name);
        }
    }
}
