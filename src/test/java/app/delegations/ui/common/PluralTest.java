package app.delegations.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.delegations.ui.common.Plural.Form;
import org.junit.jupiter.api.Test;

/** Counts read naturally: "1 błąd, 3 błędy, 5 błędów, 12 błędów, 22 błędy"; "1 error, 2 errors". */
class PluralTest {
    @Test
    void polishHasThreeFormsByTheLastDigitsOfTheCount() {
        long[] one = {1};
        long[] few = {2, 3, 4, 22, 23, 24, 32, 102, 104, 1_002, -3};
        long[] many = {0, 5, 9, 10, 11, 12, 13, 14, 15, 20, 21, 25, 100, 101, 111, 112, 114, 1_000, 1_012};
        for (long n : one) {
            assertEquals(Form.ONE, Plural.of(UiLanguage.POLISH, n), "n = " + n);
        }
        for (long n : few) {
            assertEquals(Form.FEW, Plural.of(UiLanguage.POLISH, n), "n = " + n);
        }
        for (long n : many) {
            assertEquals(Form.MANY, Plural.of(UiLanguage.POLISH, n), "n = " + n);
        }
    }

    @Test
    void englishHasOneFormForOneAndAnotherForTheRest() {
        assertEquals(Form.ONE, Plural.of(UiLanguage.ENGLISH, 1));
        for (long n : new long[] {0, 2, 3, 5, 21, 22}) {
            assertEquals(Form.MANY, Plural.of(UiLanguage.ENGLISH, n), "n = " + n);
        }
    }

    @Test
    void theErrorCountOfTheStatusBarReadsNaturallyInBothLanguages() {
        Messages pl = Messages.of(UiLanguage.POLISH);
        assertEquals("1 błąd", Plural.format(pl, "status.errors", 1));
        assertEquals("3 błędy", Plural.format(pl, "status.errors", 3));
        assertEquals("5 błędów", Plural.format(pl, "status.errors", 5));
        assertEquals("12 błędów", Plural.format(pl, "status.errors", 12));
        assertEquals("22 błędy", Plural.format(pl, "status.errors", 22));
        Messages en = Messages.of(UiLanguage.ENGLISH);
        assertEquals("1 error", Plural.format(en, "status.errors", 1));
        assertEquals("2 errors", Plural.format(en, "status.errors", 2));
    }
}
