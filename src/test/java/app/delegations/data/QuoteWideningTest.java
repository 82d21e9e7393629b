package app.delegations.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import app.delegations.data.QuoteWidening.Quote;
import org.junit.jupiter.api.Test;

/**
 * The quote given for a selected passage is the shortest one containing it that the loader finds there and
 * nowhere else: a quote found earlier in the note would cite the wrong passage.
 */
class QuoteWideningTest {

    /** The loader's own search: where it finds the quote. */
    private static int[] found(String note, String quote) {
        long r = new QuoteIndex(note).find(quote);
        return new int[] {(int) (r >>> 32), (int) r};
    }

    private static Quote widen(String note, String selected, int occurrence) {
        int at = -1;
        for (int i = 0; i <= occurrence; i++) {
            at = note.indexOf(selected, at + 1);
        }
        return new QuoteWidening(note).widen(at, at + selected.length());
    }

    @Test
    void aSelectionFoundOnlyThereIsQuotedAsItIs() {
        String note = "Delegacja z Kijowa odwiedziła Kraków 12 marca 2025 r.";
        Quote q = widen(note, "Kijowa", 0);
        assertEquals("Kijowa", q.text());
        assertEquals(note.indexOf("Kijowa"), q.start());
        assertEquals(note.indexOf("Kijowa") + 6, q.end());
    }

    @Test
    void aRepeatedWordIsWidenedByWholeWordsUntilUnique() {
        String note = "Kraków przyjął gości. Goście z Kijowa zwiedzili Kraków i Wieliczkę.";
        Quote q = widen(note, "Kraków", 1);
        // "Kraków" first occurs at the start: the second needs a neighbour word; "Kraków i" is the shortest unique
        assertEquals("Kraków i", q.text());
        int[] r = found(note, q.text());
        assertEquals(q.start(), r[0]);
        assertEquals(q.end(), r[1]);
        assertEquals(note.lastIndexOf("Kraków"), q.start());
    }

    @Test
    void theShorterSideIsChosen() {
        String note = "a b X c d. e f X c g. h i X j k.";
        // the second X: "f X" and "X c g" ... the left neighbour "f X" is unique and shortest
        Quote q = widen(note, "X", 1);
        assertEquals("f X", q.text());
        // the first X: "b X" is unique
        assertEquals("b X", widen(note, "X", 0).text());
    }

    @Test
    void theFirstOccurrenceIsWidenedTooWhenTheWordComesAgainLater() {
        String note = "Kraków i Wilno. Potem Kraków.";
        Quote q = widen(note, "Kraków", 0);
        assertEquals("Kraków i", q.text());
    }

    @Test
    void aSelectionInsideAWordIsCompletedToTheWord() {
        String note = "Krakowie i w Krakowie.";
        assertEquals("Krakowie.", widen(note, "akow", 1).text());
        assertEquals("Krakowie i", widen(note, "rak", 0).text()); // "Krakowie" is in "Krakowie." too
        assertEquals("Krakowie", new QuoteWidening("w Krakowie i w Krakowach").widen(1, 5).text());
    }

    @Test
    void polishLettersAndCyrillicAreWordCharacters() {
        String note = "Źródło: Łódź, Łódź — Санкт-Петербург, Łódź — Kraków.";
        Quote q = widen(note, "Łódź", 1);
        assertEquals("Łódź, Łódź", q.text());
        int[] r = found(note, q.text());
        assertEquals(q.start(), r[0]);
        assertEquals("Санкт-Петербург", widen(note, "Санкт-Петербург", 0).text());
    }

    @Test
    void whitespaceRunsAndLineBreaksFoldToOneSpaceAndStillMatch() {
        String note = "goście z\n  Kijowa\tprzybyli.\nPotem goście z Lwowa.";
        int start = note.indexOf("z\n");
        Quote q = new QuoteWidening(note).widen(start - 1, note.indexOf("Kijowa") + 3);
        assertEquals("z Kijowa", q.text());
        int[] r = found(note, q.text());
        assertEquals(q.start(), r[0]);
        assertEquals(q.end(), r[1]);
        assertEquals(note.indexOf("z\n"), q.start());
    }

    @Test
    void edgeWhitespaceOfTheSelectionIsLeftOut() {
        String note = "jeden  dwa  trzy";
        Quote q = new QuoteWidening(note).widen(5, 11);
        assertEquals("dwa", q.text());
        assertEquals(7, q.start());
    }

    @Test
    void theWholeNoteIsItsOwnQuote() {
        String note = "ab ab ab";
        Quote q = new QuoteWidening(note).widen(0, note.length());
        assertEquals(note, q.text());
        assertEquals(0, q.start());
        assertEquals(note.length(), q.end());
        // the middle "ab" repeats on both sides: only the whole note is unique
        assertEquals("ab ab ab", widen(note, "ab", 1).text());
    }

    @Test
    void aLongRunOfRepeatedWordsIsWidenedOnBothSidesAtOnce() {
        var sb = new StringBuilder();
        for (int i = 0; i < 2000; i++) {
            sb.append("la ");
        }
        String note = "start " + sb + "end";
        int mid = note.indexOf("la", note.length() / 2);
        Quote q = new QuoteWidening(note).widen(mid, mid + 2);
        int[] r = found(note, q.text());
        assertEquals(q.start(), r[0], "the loader finds the quote at the selection");
        assertEquals(q.end(), r[1]);
        // unique: it reaches the start or the end of the note
        assertEquals(true, q.text().startsWith("start") || q.text().endsWith("end"));
    }

    @Test
    void aSelectionOfOnlyWhitespaceOrOutsideTheNoteHasNoQuote() {
        var w = new QuoteWidening("a  b");
        assertThrows(IllegalArgumentException.class, () -> w.widen(1, 3));
        assertThrows(IllegalArgumentException.class, () -> w.widen(2, 9));
    }
}
