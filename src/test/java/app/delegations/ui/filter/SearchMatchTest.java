package app.delegations.ui.filter;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.delegations.index.DatasetIndex;
import app.delegations.text.TextFold;
import app.delegations.ui.TestData;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Typing on in the search box tests only the places the shorter text left, and answers as a fresh search. */
class SearchMatchTest {
    private final DatasetIndex index = DatasetIndex.build(TestData.congress());
    private final int places = index.entries().size();

    private static int count(boolean[] matches) {
        int n = 0;
        for (boolean b : matches) {
            n += b ? 1 : 0;
        }
        return n;
    }

    private boolean[] fresh(String text) {
        return new SearchMatch().places(index, TextFold.words(text));
    }

    @Test
    void typingOnTestsOnlyThePlacesLeftBefore() {
        var search = new SearchMatch();
        boolean[] kr = search.places(index, TextFold.words("kr"));
        assertEquals(places, search.lastTested());
        boolean[] kra = search.places(index, TextFold.words("kra"));
        assertEquals(count(kr), search.lastTested(), "a growing word narrows");
        assertArrayEquals(fresh("kra"), kra);
        boolean[] added = search.places(index, TextFold.words("kra serbia"));
        assertEquals(count(kra), search.lastTested(), "an added word narrows");
        assertArrayEquals(fresh("kra serbia"), added);
    }

    @Test
    void anotherWordOrAnotherIndexTestsEveryPlaceAgain() {
        var search = new SearchMatch();
        search.places(index, TextFold.words("kra"));
        assertArrayEquals(fresh("zagora"), search.places(index, TextFold.words("zagora")));
        assertEquals(places, search.lastTested());
        search.places(index, TextFold.words("zagora"));
        var other = DatasetIndex.build(TestData.congress());
        search.places(other, TextFold.words("zagoraa"));
        assertEquals(places, search.lastTested(), "new data: the last answer is not reused");
    }

    @Test
    void deletingWhatWasJustTypedLooksTheAnswerUpAndTypingOnNarrowsFromIt() {
        var search = new SearchMatch();
        SearchHits kra = search.hits(index, TextFold.words("kra"));
        search.hits(index, TextFold.words("krak"));
        assertSame(kra, search.hits(index, TextFold.words("kra")), "Backspace: the answer kept");
        assertEquals(0, search.lastTested());
        boolean[] krako = search.places(index, TextFold.words("krako"));
        assertEquals(count(kra.placeArray()), search.lastTested(), "typing on narrows from the answer looked up");
        assertArrayEquals(fresh("krako"), krako);
    }

    @Test
    void noWordsMatchEveryPlaceAndForgetTheLastAnswer() {
        var search = new SearchMatch();
        search.places(index, TextFold.words("kra"));
        assertNull(search.places(index, List.of()));
        search.places(index, TextFold.words("krak"));
        assertEquals(places, search.lastTested());
    }

    @Test
    void narrowingMeansEveryWordGrewInPlaceOrWordsWereAdded() {
        assertTrue(SearchMatch.narrows(List.of("kr"), List.of("kra")));
        assertTrue(SearchMatch.narrows(List.of("kr"), List.of("kr", "serbia")));
        assertFalse(SearchMatch.narrows(List.of("kra"), List.of("kr")));
        assertFalse(SearchMatch.narrows(List.of("kr", "serbia"), List.of("kr")));
        assertFalse(SearchMatch.narrows(List.of(), List.of("kr")));
        assertFalse(SearchMatch.narrows(List.of("kr", "se"), List.of("se", "kr")));
    }
}
