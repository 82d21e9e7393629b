package app.delegations.ui.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The most-frequent-partners chart never drops a place as frequent as one it shows without saying so. */
class TopPartnersTest {
    /** Places named by their position, with these counts (most first). */
    private static List<FigureBar> places(int... counts) {
        var list = new ArrayList<FigureBar>();
        for (int i = 0; i < counts.length; i++) {
            list.add(new FigureBar("place " + i, counts[i]));
        }
        return list;
    }

    @Test
    void tenDifferentlyFrequentPlacesOfTwelveAreTheTenFirst() {
        var cut = TopPartners.of(places(12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1), 10, 20);
        assertEquals(places(12, 11, 10, 9, 8, 7, 6, 5, 4, 3), cut.bars());
        assertEquals(TiedOut.NONE, cut.tiedOut());
    }

    @Test
    void thePlacesTiedWithTheTenthAreShownToo() {
        var cut = TopPartners.of(places(9, 9, 9, 9, 9, 9, 9, 9, 9, 5, 5, 5, 5, 5, 1), 10, 20);
        assertEquals(14, cut.bars().size(), "the five with 5 meetings, not one of them");
        assertEquals(TiedOut.NONE, cut.tiedOut());
    }

    @Test
    void pastTheBoundTheFirstTenAreShownAndTheTiedOnesLeftOutCounted() {
        int[] counts = new int[30];
        Arrays.fill(counts, 3);
        counts[0] = 7;
        var cut = TopPartners.of(places(counts), 10, 20);
        assertEquals(10, cut.bars().size());
        assertEquals(new TiedOut(20, 3), cut.tiedOut(), "20 more with 3 meetings each");
    }

    @Test
    void fewerPlacesThanTenAreAllShown() {
        var cut = TopPartners.of(places(2, 1), 10, 20);
        assertEquals(places(2, 1), cut.bars());
        assertEquals(TiedOut.NONE, cut.tiedOut());
    }
}
