package app.delegations.ui.print;

import java.util.ArrayList;
import java.util.List;

/**
 * What the officer chose in the print dialog.
 *
 * @param printer   the index of the printer among those offered
 * @param paper     the index of the paper among the printer's
 * @param landscape the page turned (landscape) rather than upright
 * @param format    the page the document is laid out for: the paper, turned as chosen, less the printer's margins
 * @param copies    1 to 99
 * @param from      the first page to print, from 1
 * @param to        the last page to print, from {@code from} to the document's page count
 */
record PrintChoice(int printer, int paper, boolean landscape, PageFormat format, int copies, int from, int to) {
    /** True when page {@code n} (from 1) is to be printed. */
    boolean prints(int n) {
        return n >= from && n <= to;
    }

    /**
     * The numbers (from 1) of the pages of a document of {@code pages} pages in the order they go to the printer:
     * the chosen pages, once for each copy, copy after copy (collated: two copies of a brief are two briefs).
     */
    List<Integer> sent(int pages) {
        var sent = new ArrayList<Integer>();
        for (int copy = 1; copy <= copies; copy++) {
            for (int n = Math.max(1, from); n <= Math.min(to, pages); n++) {
                sent.add(n);
            }
        }
        return sent;
    }
}
