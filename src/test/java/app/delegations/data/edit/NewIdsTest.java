package app.delegations.data.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** Ids made from names: ASCII, lower case, hyphenated, unique, within the loader's pattern. */
class NewIdsTest {
    @Test
    void polishLettersAreFolded() {
        assertEquals("lodz", NewIds.fold("Łódź"));
        assertEquals("zazolc-gesla-jazn", NewIds.fold("Zażółć gęślą jaźń"));
        assertEquals("krakow-2016-wizyta", NewIds.fold("  Kraków, 2016: wizyta! "));
        assertEquals("saint-etienne", NewIds.fold("Saint-Étienne"));
        assertEquals("strasse", NewIds.fold("Straße"));
    }

    @Test
    void aNameWithoutLatinLettersGivesTheKindsWord() {
        assertEquals("place", NewIds.make("Київ", "place", id -> false));
        assertEquals("place-2", NewIds.make("Київ", "place", Set.of("place")::contains));
    }

    @Test
    void idsAreUniqueAmongThoseTaken() {
        assertEquals("krakow-3", NewIds.make("Kraków", "place", Set.of("krakow", "krakow-2")::contains));
    }

    @Test
    void longNamesAreCutAtAWordBoundaryWithinTheLimit() {
        String id = NewIds.make("a".repeat(58) + " bcd efg", "place", Set.of(NewIds.fold("a".repeat(58) + " bcd efg"))::contains);
        assertTrue(id.length() <= NewIds.MAX, id);
        assertTrue(id.matches("^[a-z0-9]+(-[a-z0-9]+)*$"), id);
    }
}
