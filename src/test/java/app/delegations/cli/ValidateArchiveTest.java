package app.delegations.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code delegations validate FOLDER}: a folder is checked as an archive, its problems named FOLDER/FILE:LINE:COLUMN. */
class ValidateArchiveTest {
    @TempDir
    Path dir;

    private static final String REF = "[{\"basis\": \"reference\", \"reason\": {\"pl\": \"ISO\", \"en\": \"ISO\"}}]";

    private static String data(String countries, String places, String events) {
        return "{\n\"schemaVersion\": 1, \"sources\": [], \"venues\": [], \"organisations\": [], \"people\": [],\n"
                + "\"countries\": [" + countries + "],\n\"places\": [\n" + places + "],\n\"events\": "
                + "[" + events + "]\n}\n";
    }

    private static String country(String code) {
        return "{\"code\": \"" + code + "\", \"names\": {\"pl\": \"" + code + "\", \"en\": \"" + code
                + "\", \"native\": \"" + code + "\"}, \"evidence\": " + REF + "}";
    }

    private static String place(String id, String en) {
        return "{\"id\": \"" + id + "\", \"kind\": \"city\", \"names\": {\"pl\": \"" + id + "\", \"en\": \"" + en
                + "\", \"native\": \"" + id + "\"}, \"country\": \"PL\", \"evidence\": " + REF + "}";
    }

    private static String visit(String place) {
        return "{\"id\": \"visit\", \"kind\": \"visit\", \"title\": {\"pl\": \"W\", \"en\": \"V\", \"native\": \"W\"},"
                + " \"start\": \"2025-05-01\", \"order\": 1, \"participants\": [{\"place\": \"" + place
                + "\", \"role\": \"participant\", \"evidence\": " + REF + "}], \"evidence\": " + REF + "}";
    }

    private Path archive(String visitPlace, String secondName) throws IOException {
        Path folder = Files.createDirectories(dir.resolve("archive"));
        Files.writeString(folder.resolve("places.json"), data(country("PL"), place("krakow", "Krakow"), ""));
        Files.writeString(folder.resolve("visit-2025.json"), data(country("PL"), place("krakow", secondName),
                visit(visitPlace)));
        return folder;
    }

    @Test
    void aValidArchiveExitsZeroWithItsContents() throws IOException {
        Path folder = archive("krakow", "Krakow");
        CommandRun r = ValidateCommandTest.run(folder.toString());
        assertEquals(0, r.exit(), r.err()::toString);
        assertEquals(List.of(), r.err());
        assertEquals(List.of(folder + ": valid (1 place, 1 country, 1 event)"), r.out());
    }

    @Test
    void aConflictAndAnUnresolvedReferenceArePrintedWithTheFolderAndFileAndExitOne() throws IOException {
        Path folder = archive("xx", "Cracow");
        CommandRun r = ValidateCommandTest.run("--lang", "en", folder.toString());
        assertEquals(1, r.exit());
        String visit = folder.resolve("visit-2025.json").toString();
        assertEquals(List.of(visit + ":5:8: place 1 (Cracow): \"krakow\" differs in names.en from its definition at"
                        + " places.json:5:8, where it appears as place 1 (Krakow): a record defined in several files must be the same in each (only its evidence"
                        + " may differ)",
                visit + ":6:155: event 1 (V) › participants[0].place: \"xx\" is not a place defined in this archive: "
                        + "define "
                        + "a place with the id \"xx\" in one of the archive's files, or correct the id"),
                r.err());
        assertEquals(List.of(folder + ": invalid (2 problems)"), r.out());
    }

    @Test
    void aFolderWithNoDataFilesExitsOne() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("empty"));
        CommandRun r = ValidateCommandTest.run("--lang", "pl", folder.toString());
        assertEquals(1, r.exit());
        assertEquals(List.of(folder + ": w tym folderze nie ma plików danych (folder archiwum powinien zawierać "
                + "pliki danych"
                + " .json): aby założyć w nim nowe archiwum, wybierz w aplikacji Plik › Nowe archiwum; aby "
                + "otworzyć istniejące,"
                + " wskaż folder z jego plikami .json"), r.err());
    }

    @Test
    void foldersAndFilesTogetherGiveOneExitCode() throws IOException {
        Path folder = archive("krakow", "Krakow");
        Path missing = dir.resolve("missing.json");
        CommandRun r = ValidateCommandTest.run(folder.toString(), missing.toString());
        assertEquals(2, r.exit());
        assertEquals(List.of("1 of 2 files cannot be read (1 problem)"), r.out());
    }
}
