package app.delegations.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Ids and texts are found from the parser's characters: the hash and comparison must agree with String's. */
class CharRunTest {
    private static final char[] BUFFER = "{\"id\": \"place-kraków\", \"x\": \"Łódź\"}".toCharArray();

    @Test
    void hashOfARunIsTheHashOfItsString() {
        String buffer = new String(BUFFER);
        for (String s : new String[] {"place-kraków", "Łódź", "", "id"}) {
            int at = buffer.indexOf(s);
            assertEquals(s.hashCode(), CharRun.hash(BUFFER, at, s.length()), s);
        }
    }

    @Test
    void aRunEqualsOnlyTheStringWithTheSameCharacters() {
        int at = new String(BUFFER).indexOf("place-kraków");
        assertTrue(CharRun.equal("place-kraków", BUFFER, at, 12));
        assertFalse(CharRun.equal("place-krakow", BUFFER, at, 12), "a diacritic counts");
        assertFalse(CharRun.equal("place-krak", BUFFER, at, 12), "a shorter string");
        assertFalse(CharRun.equal("place-kraków", BUFFER, at, 11), "a shorter run");
    }
}
