package app.delegations.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import app.delegations.text.Bundle;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A problem names its record as an officer would: "place 1 (Ala)", even when the file breaks off later. */
class RecordNamesTest {

    private static List<Problem> problems(String json) {
        return DatasetLoader.parse("t.json", json.getBytes(StandardCharsets.UTF_8), SourceFiles.bundled("/nowhere/"),
                LoadProgress.NONE).problems();
    }

    @Test
    void aProblemInARecordNamesItInBothLanguagesBeforeASyntaxErrorToo() {
        List<Problem> ps = problems("{\"schemaVersion\": 1, \"places\": [{\"id\": \"ala\", \"names\": {\"pl\": \"Ała\", "
                + "\"en\": \"Ala\", \"native\": \"Ала\"}, \"kind\": \"town\"}, {\"id\": \"b\", \"kind\": \"city\"}], "
                + "\"countries\": [ }");
        Problem town = ps.stream().filter(p -> p.path().equals("places[0].kind")).findFirst().orElseThrow();
        assertEquals(new RecordName("places", 0, "ala", "Ała", "Ala"), town.record());
        assertEquals("place 1 (Ala)", Bundle.english().text(town.record().words(Bundle.ENGLISH)));
        assertEquals("miejsce 1 (Ała)", Bundle.of("pl").text(town.record().words(Bundle.POLISH)));
        Problem missing = ps.stream().filter(p -> p.path().equals("places[1]")).findFirst().orElseThrow();
        assertEquals("place 2 (b)", Bundle.english().text(missing.record().words(Bundle.ENGLISH)),
                "no name: the id stands in");
        Problem syntax = ps.get(ps.size() - 1);
        assertNull(syntax.record(), "a syntax error outside the records is in none");
    }

    /** A message made before the reader's language is known (a conflict's other record) names it in that language. */
    @Test
    void aRecordNamedBeforeTheLanguageIsKnownIsNamedInTheReadersLanguage() {
        var named = new RecordName("places", 9494, "kameslaw", "Kamesław", "Kameslav");
        assertEquals("place 9495 (Kameslav)", Bundle.english().text(named.words()));
        assertEquals("miejsce 9495 (Kamesław)", Bundle.of("pl").text(named.words()));
        var onlyPolish = new RecordName("places", 0, "ala", "Ała", null);
        assertEquals("place 1 (Ała)", Bundle.english().text(onlyPolish.words()), "the other language stands in");
        assertEquals("place 3 (b)", Bundle.english().text(new RecordName("places", 2, "b", null, null).words()),
                "no name: the id");
        assertEquals("miejsce 3", Bundle.of("pl").text(RecordName.unnamed("places[2]").words()));
    }
}
