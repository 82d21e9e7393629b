package app.delegations.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What the loader refuses as the schema does (issue 12, item 20), each as one located problem: a text of only
 * Unicode whitespace (a no-break space is not a name), and a cited field's part where the field has no parts.
 */
class BlankTextsAndCitedPartsTest {

    @TempDir
    Path folder;

    private List<Problem> load(String from, String to) throws IOException {
        String json = SchemaLoaderAgreementTest.BASE;
        assertTrue(json.contains(from), from);
        Files.writeString(folder.resolve("note.txt"), SchemaLoaderAgreementTest.NOTE, StandardCharsets.UTF_8);
        Path file = folder.resolve("data.json");
        Files.writeString(file, json.replace(from, to), StandardCharsets.UTF_8);
        LoadResult result = new DatasetLoader().load(file);
        assertEquals(result.problems().isEmpty(), result.ok(), result.problems().toString());
        return result.problems();
    }

    @ParameterizedTest(name = "a name of U+{0}")
    @CsvSource({"00A0", "202F", "3000", "2007", "FEFF", "2028", "000B"})
    void aNameOfOnlyWhitespaceIsRefusedWhereItStands(String hex) throws IOException {
        String blank = "\\u" + hex + " "; // written as a JSON escape: a raw control character is not JSON
        List<Problem> problems = load("\"names\": {\"pl\": \"Kraków\"", "\"names\": {\"pl\": \"" + blank + "\"");
        assertEquals(1, problems.size(), problems.toString());
        assertEquals("places[0].names.pl", problems.get(0).path());
        assertEquals(7, problems.get(0).line());
    }

    @ParameterizedTest(name = "a name of {0}")
    @CsvSource({"200B", "001C"})
    void aNameOfACharacterThatIsNotWhitespaceIsAccepted(String hex) throws IOException {
        String name = "\\u" + hex;
        assertEquals(List.of(), load("\"names\": {\"pl\": \"Kraków\"", "\"names\": {\"pl\": \"" + name + "\""));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"kind.x", "names.pl.x", "coordinates.lat.x"})
    void aPartOfAFieldWithoutPartsIsRefused(String cited) throws IOException {
        List<Problem> problems = load("\"fields\": [\"kind\", \"coordinates\"]", "\"fields\": [\"" + cited + "\", \"coordinates\"]");
        assertEquals(1, problems.size(), problems.toString());
        assertEquals("places[0].evidence[1].fields[0]", problems.get(0).path());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"coordinates.lat", "names.pl", "id"})
    void aFieldOrAPartOfOneIsCited(String cited) throws IOException {
        assertEquals(List.of(), load("\"fields\": [\"kind\", \"coordinates\"]", "\"fields\": [\"kind\", \"" + cited + "\"]"));
    }
}
