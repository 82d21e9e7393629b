package app.delegations.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** A title inside a message's quotation marks quotes its own quotation in the language's inner marks. */
class QuotesTest {
    private static final Locale PL = Bundle.POLISH;
    private static final Locale EN = Bundle.ENGLISH;

    @Test
    void polishNestsAQuotationInGuillemets() {
        assertEquals("IV Międzynarodowy Kongres «St. Petersburg i Świat Słowiański»",
                Quotes.nested("IV Międzynarodowy Kongres „St. Petersburg i Świat Słowiański”", PL));
        assertEquals("na wortalu «Kraków Otwarty na Świat»", Quotes.nested("na wortalu „Kraków Otwarty na Świat“", PL),
                "closed in the German manner");
        assertEquals("wortal «Kraków» i «Gdańsk»", Quotes.nested("wortal \"Kraków\" i “Gdańsk”", PL));
    }

    @Test
    void englishNestsAQuotationInSingleMarksAndKeepsApostrophes() {
        assertEquals("Kraków's portals on the ‘Kraków Otwarty na Świat’ portal",
                Quotes.nested("Kraków's portals on the “Kraków Otwarty na Świat” portal", EN));
        assertEquals("Congress ‘St. Petersburg’", Quotes.nested("Congress \"St. Petersburg\"", EN));
        assertEquals("Kongres ‘Świat’", Quotes.nested("Kongres „Świat”", EN));
    }

    @Test
    void aTextWithoutQuotationsStaysAsItIs() {
        assertEquals("Podsumowanie konferencji (Smolny)", Quotes.nested("Podsumowanie konferencji (Smolny)", PL));
        assertEquals("", Quotes.nested("", EN));
        assertNull(Quotes.nested(null, EN));
    }
}
