package app.delegations.ui.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.delegations.ui.print.Pagination.Placement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Page breaks from measured heights alone: where a page may end, what opens a page, and that nothing is lost. */
class PaginationTest {
    private static final double PAGE = 300;

    private static Piece line(double gap) {
        return Piece.of(12, gap, false, null);
    }

    private static Piece heading() {
        return Piece.of(20, 14, true, null);
    }

    /** Every piece once, in order; no page holds more than its height. */
    private static void assertWhole(List<Piece> pieces, List<List<Placement>> pages) {
        int next = 0;
        for (List<Placement> page : pages) {
            for (Placement p : page) {
                assertEquals(next++, p.piece(), "placed once, in order");
            }
            if (!page.isEmpty()) {
                Placement last = page.get(page.size() - 1);
                assertTrue(last.y() + pieces.get(last.piece()).height() <= PAGE + 1e-9, "the page holds it");
            }
        }
        assertEquals(pieces.size(), next, "nothing lost");
    }

    @Test
    void aLongTableBreaksBetweenRowsAndEachPageItContinuesOnStartsWithItsHeaderRow() {
        var pieces = new ArrayList<Piece>();
        pieces.add(line(0));
        Piece header = Piece.of(18, 7, true, null);
        pieces.add(header);
        for (int i = 0; i < 60; i++) {
            pieces.add(Piece.of(15, 0, false, header));
        }
        var pages = Pagination.pages(pieces, PAGE);

        assertWhole(pieces, pages);
        assertTrue(pages.size() >= 3, "60 rows of 15 need three pages of 300: " + pages.size());
        assertFalse(pages.get(0).get(0).withHeader(), "the table's own header row is on the first page");
        for (List<Placement> page : pages.subList(1, pages.size())) {
            Placement first = page.get(0);
            assertTrue(first.withHeader(), "a page the table continues on starts with its header row");
            assertEquals(18, first.y(), 1e-9, "the row below the repeated header row");
            assertTrue(page.stream().skip(1).noneMatch(Placement::withHeader), "the header row only at the top");
        }
    }

    @Test
    void aHeadingNeverEndsAPageItMovesToTheNextWithWhatFollowsIt() {
        var pieces = new ArrayList<Piece>();
        for (int i = 0; i < 22; i++) {
            pieces.add(line(0)); // 264 of 300
        }
        pieces.add(heading()); // 14 + 20 = 298: would fit alone
        pieces.add(line(7)); // but not with the line it heads
        pieces.add(line(0));
        var pages = Pagination.pages(pieces, PAGE);

        assertWhole(pieces, pages);
        assertEquals(2, pages.size());
        assertEquals(21, pages.get(0).get(pages.get(0).size() - 1).piece(), "the first page ends before the heading");
        assertEquals(22, pages.get(1).get(0).piece(), "the heading opens the next page");
        assertEquals(0, pages.get(1).get(0).y(), "without the gap above it");
    }

    @Test
    void aTableHeaderRowIsNotLeftAloneAtTheBottomOfAPage() {
        var pieces = new ArrayList<Piece>();
        for (int i = 0; i < 23; i++) {
            pieces.add(line(0)); // 276 of 300
        }
        Piece header = Piece.of(18, 0, true, null); // fits (294), its first row does not
        pieces.add(header);
        pieces.add(Piece.of(15, 0, false, header));
        var pages = Pagination.pages(pieces, PAGE);

        assertWhole(pieces, pages);
        assertEquals(23, pages.get(1).get(0).piece(), "the header row goes with its first row");
        assertFalse(pages.get(1).get(0).withHeader(), "and is not drawn twice");
    }

    @Test
    void keptTogetherPiecesTallerThanAPageStillAllGetPlaced() {
        var pieces = new ArrayList<Piece>();
        for (int i = 0; i < 30; i++) {
            pieces.add(Piece.of(12, 0, true, null)); // 360: cannot stay together
        }
        pieces.add(line(0));
        var pages = Pagination.pages(pieces, PAGE);

        assertWhole(pieces, pages);
        assertEquals(2, pages.size());
    }

    @Test
    void noPiecesMakeOneEmptyPage() {
        assertEquals(List.of(List.of()), Pagination.pages(List.of(), PAGE));
    }
}
