package app.delegations.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextFoldTest {

    @Test
    void foldsCaseAndDiacritics() {
        assertEquals("krakow", TextFold.fold("Kraków"));
        assertEquals("kosice", TextFold.fold("Košice"));
        assertEquals("krusevac", TextFold.fold("KRUŠEVAC"));
        assertEquals("zagrzeb", TextFold.fold("Zagrzeb"));
    }

    @Test
    void spellsOutLettersDecompositionKeeps() {
        assertEquals("lodz", TextFold.fold("Łódź"));
        assertEquals("dakovo", TextFold.fold("Đakovo"));
        assertEquals("strasse", TextFold.fold("Straße"));
        assertEquals("orsted", TextFold.fold("Ørsted"));
        assertEquals("aero", TextFold.fold("Ærø"));
    }

    @Test
    void leavesOtherScriptsAlone() {
        assertEquals("софия", TextFold.fold("София"));
    }

    @Test
    void splitsQueryIntoWords() {
        assertEquals(List.of("stara", "zagora"), TextFold.words("  Stara   ZAGORA "));
        assertTrue(TextFold.words("   ").isEmpty());
    }

    @Test
    void matchRangesPointIntoTheOriginalText() {
        List<int[]> ranges = TextFold.matchRanges("Obwód Łódzki", TextFold.words("lodz"));
        assertEquals(1, ranges.size());
        assertArrayEquals(new int[] {6, 10}, ranges.get(0));
        assertEquals("Łódz", "Obwód Łódzki".substring(6, 10));
    }

    @Test
    void matchRangesFollowExpandingLetters() {
        // ß folds to two letters: the match of "strasse" must cover "Straße" exactly
        List<int[]> ranges = TextFold.matchRanges("Hauptstraße 1", TextFold.words("strasse"));
        assertArrayEquals(new int[] {5, 11}, ranges.get(0));
    }

    @Test
    void overlappingMatchesMerge() {
        List<int[]> ranges = TextFold.matchRanges("Kraków", TextFold.words("kra akow"));
        assertEquals(1, ranges.size());
        assertArrayEquals(new int[] {0, 6}, ranges.get(0));
    }

    @Test
    void aTitleNamesAnOrganisationItSpellsOutEvenInflectedButNotAMerelySimilarOne() {
        assertTrue(TextFold.names("Director of the Forum of Slavic Cultures Foundation", "Forum of Slavic Cultures Foundation"));
        assertTrue(TextFold.names("Dyrektor Fundacji Forum Kultur Słowiańskich", "Fundacja Forum Kultur Słowiańskich"));
        assertTrue(TextFold.names("DYREKTOR FUNDACJI FORUM KULTUR SLOWIANSKICH", "Fundacja Forum Kultur Słowiańskich"),
                "case and diacritics aside");
        assertTrue(TextFold.names("Gubernator St. Petersburga", "St. Petersburg"));
        assertFalse(TextFold.names("Gubernator St. Petersburga", "Władze St. Petersburga"), "the authorities are not named");
        assertFalse(TextFold.names("Mayor of Peterhof", "Petersburg"), "a similar beginning is not the same word");
        assertFalse(TextFold.names("Director", "Forum of Slavic Cultures Foundation"));
        assertFalse(TextFold.names("Director of IT", "IT"), "a name of short words only is never taken as named");
    }
}
