package app.delegations.ui.figures;

import java.util.List;

/**
 * The bars of the most-frequent-partners chart and the tied places it leaves out. A cut by the alphabet among
 * places with as many meetings would drop a partner as frequent as one shown, so the places tied with the last of
 * the first {@code top} are shown too, while they make at most {@code max} bars; beyond, the first {@code top}
 * are shown and the tied ones left out are counted ({@link TiedOut}).
 */
record TopPartners(List<FigureBar> bars, TiedOut tiedOut) {
    /** The cut of {@code mostFirst} (places by meetings, most first). */
    static TopPartners of(List<FigureBar> mostFirst, int top, int max) {
        if (mostFirst.size() <= top) {
            return new TopPartners(List.copyOf(mostFirst), TiedOut.NONE);
        }
        int last = mostFirst.get(top - 1).count();
        int tied = top; // the end of the places with as many meetings as the last of the first top
        while (tied < mostFirst.size() && mostFirst.get(tied).count() == last) {
            tied++;
        }
        if (tied <= max) {
            return new TopPartners(List.copyOf(mostFirst.subList(0, tied)), TiedOut.NONE);
        }
        return new TopPartners(List.copyOf(mostFirst.subList(0, top)), new TiedOut(tied - top, last));
    }
}
