package app.delegations.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Counts read naturally: "1 błąd, 3 błędy, 5 błędów, 12 błędów, 22 błędy"; "1 error, 2 errors". */
class PluralTest {
    private static final Locale PL = Locale.forLanguageTag("pl");

    @Test
    void polishHasThreeFormsByTheLastDigitsOfTheCount() {
        long[] one = {1};
        long[] few = {2, 3, 4, 22, 23, 24, 32, 102, 104, 1_002, -3};
        long[] many = {0, 5, 9, 10, 11, 12, 13, 14, 15, 20, 21, 25, 100, 101, 111, 112, 114, 1_000, 1_012};
        for (long n : one) {
            assertEquals(Plural.ONE, Plural.of(PL, n), "n = " + n);
        }
        for (long n : few) {
            assertEquals(Plural.FEW, Plural.of(PL, n), "n = " + n);
        }
        for (long n : many) {
            assertEquals(Plural.MANY, Plural.of(PL, n), "n = " + n);
        }
    }

    @Test
    void englishHasOneFormForOneAndAnotherForTheRest() {
        assertEquals(Plural.ONE, Plural.of(Locale.ENGLISH, 1));
        for (long n : new long[] {0, 2, 3, 5, 21, 22}) {
            assertEquals(Plural.MANY, Plural.of(Locale.ENGLISH, n), "n = " + n);
        }
    }

    @Test
    void theErrorCountOfTheStatusBarReadsNaturallyInBothLanguages() {
        Bundle pl = Bundle.of("pl");
        assertEquals("1 błąd", pl.count("status.errors", 1));
        assertEquals("3 błędy", pl.count("status.errors", 3));
        assertEquals("5 błędów", pl.count("status.errors", 5));
        assertEquals("12 błędów", pl.count("status.errors", 12));
        assertEquals("22 błędy", pl.count("status.errors", 22));
        Bundle en = Bundle.of("en");
        assertEquals("1 error", en.count("status.errors", 1));
        assertEquals("2 errors", en.count("status.errors", 2));
    }
}
