package app.delegations;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.delegations.data.DatasetLoader;
import app.delegations.data.WorldCountries;
import app.delegations.ui.common.ExportReadBack;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.dhatim.fastexcel.reader.CellType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code delegations export}: a view's table written without a window, for scripts and monthly reports, in the
 * language asked, filtered by search and country, with the exit codes the usage states.
 */
class ExportCommandTest {
    private static final String DATA = "data/congress-2016.json";

    @TempDir
    Path dir;

    record Run(int exit, String out, String err) {
    }

    static Run run(String... args) {
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        int exit = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void placesOfSerbiaGoToACsvWithEnglishHeadersAndACommaAndTheCountIsPrinted() throws IOException {
        Path out = dir.resolve("serbia.csv");
        Run r = run("export", DATA, "--view", "places", "--format", "csv", "--lang", "en", "--country", "rs",
                "-o", out.toString());
        assertEquals(0, r.exit(), r.err());
        assertEquals(out + ": 3 rows of Places written", r.out().strip());
        List<List<String>> read = ExportReadBack.csv(out, ',');
        assertEquals(List.of("Name", "Native name", "Kind", "Country", "Meetings", "Last meeting", "Role"), read.get(0));
        assertEquals(List.of("5", "30 November 2016"), read.get(1).subList(4, 6), "Kragujevac's meetings");
        assertEquals(List.of("Kragujevac", "Kruševac", "Vranje"), read.subList(1, 4).stream().map(l -> l.get(0)).toList());
        assertEquals("Крагујевац", read.get(1).get(1));
    }

    @Test
    void polishHeadersAndASemicolonInPolishAndTheSearchNarrowsAsTheSearchBoxDoes() throws IOException {
        Path out = dir.resolve("krakow.csv");
        Run r = run("export", DATA, "--view", "places", "--lang", "pl", "--search", "krakow", "-o", out.toString());
        assertEquals(0, r.exit(), r.err());
        assertEquals(out + ": zapisano 1 wiersz z widoku Miejsca", r.out().strip());
        List<List<String>> read = ExportReadBack.csv(out, ';');
        assertEquals("Nazwa", read.get(0).get(0));
        assertEquals(2, read.size());
        assertEquals("Kraków", read.get(1).get(0));
    }

    @Test
    void eventsGoToAnXlsxWithTheirDaysAsDatesAndTheirPlacesAsNumbers() throws IOException {
        Path out = dir.resolve("events.xlsx");
        Run r = run("export", DATA, "--view", "events", "--format", "xlsx", "--lang", "en", "-o", out.toString());
        assertEquals(0, r.exit(), r.err());
        ExportReadBack.Workbook book = ExportReadBack.xlsx(out);
        assertEquals("Events", book.sheet());
        assertEquals(List.of("Dates: from", "Dates: to", "Title"),
                book.rows().get(0).subList(0, 3).stream().map(c -> c.getText()).toList());
        assertEquals(8, book.rows().size(), "the congress's seven events");
        assertEquals(LocalDate.of(2016, 11, 29), book.cell(1, 0).asDate().toLocalDate());
        assertEquals(LocalDate.of(2016, 11, 30), book.cell(1, 1).asDate().toLocalDate());
        int places = book.rows().get(0).stream().map(c -> c.getText()).toList().indexOf("Places");
        assertEquals(CellType.NUMBER, book.cell(1, places).getType());
    }

    @Test
    void aWorkbookOfSerbiasPlacesSaysOnItsPagesThatItIsFilteredAsTheWindowsDoes() throws IOException {
        Path out = dir.resolve("serbia.xlsx");
        Run r = run("export", DATA, "--view", "places", "--country", "RS", "--lang", "pl", "-o", out.toString());
        assertEquals(0, r.exit(), r.err());
        String pages = ExportReadBack.sheetXml(out);
        assertTrue(pages.contains("Filtry: kraj Serbia</oddFooter>") || pages.contains("Filtry: kraj Serbia&amp;R"),
                pages);
        Path all = dir.resolve("all.xlsx");
        assertEquals(0, run("export", DATA, "--view", "places", "--lang", "en", "-o", all.toString()).exit());
        assertTrue(ExportReadBack.sheetXml(all).contains("No filter: every row the view lists"));
    }

    @Test
    void everyViewExports() {
        for (String view : List.of("places", "countries", "events", "people", "organisations")) {
            Path out = dir.resolve(view + ".xlsx");
            Run r = run("export", DATA, "--view", view, "-o", out.toString(), "--lang", "en");
            assertEquals(0, r.exit(), view + ": " + r.err());
            assertTrue(Files.isRegularFile(out), view);
        }
    }

    @Test
    void viewAllWritesOneWorkbookWithTheSheetOfEachViewCellByCell() throws IOException {
        Path all = dir.resolve("all.xlsx");
        Run r = run("export", DATA, "--view", "all", "--lang", "pl", "--country", "RS", "--country", "PL", "-o",
                all.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("po jednym arkuszu na widok: Miejsca, Kraje, Organizacje, Wydarzenia, Osoby"),
                r.out());
        List<ExportReadBack.Workbook> sheets = ExportReadBack.sheets(all);
        assertEquals(List.of("Miejsca", "Kraje", "Organizacje", "Wydarzenia", "Osoby"),
                sheets.stream().map(ExportReadBack.Workbook::sheet).toList(), "sheet names in the UI's language");
        List<String> views = List.of("places", "countries", "organisations", "events", "people");
        int rows = 0;
        for (int i = 0; i < views.size(); i++) {
            Path one = dir.resolve(views.get(i) + ".xlsx");
            int exit = run("export", DATA, "--view", views.get(i), "--lang", "pl", "--country", "RS",
                    "--country", "PL", "-o", one.toString()).exit();
            if (sheets.get(i).rows().size() == 1) { // the workbook's sheet says "none"; alone, nothing is written
                assertEquals(3, exit, views.get(i));
                continue;
            }
            assertEquals(0, exit, views.get(i));
            ExportReadBack.Workbook alone = ExportReadBack.xlsx(one);
            assertEquals(ExportReadBack.texts(alone), ExportReadBack.texts(sheets.get(i)), views.get(i));
            rows += alone.rows().size() - 1;
        }
        assertTrue(rows > 10, "rows to compare: " + rows);
    }

    @Test
    void viewAllIsXlsxOnly() {
        Run r = run("export", DATA, "--view", "all", "--format", "csv", "-o", dir.resolve("all.csv").toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("a CSV file holds one table"), r.err());
        assertFalse(Files.exists(dir.resolve("all.csv")));
    }

    @Test
    void aFolderIsExportedAsAnArchive() throws IOException {
        Path out = dir.resolve("countries.csv");
        Run r = run("export", "data", "--view", "countries", "--format", "csv", "--lang", "en", "-o", out.toString());
        assertEquals(0, r.exit(), r.err());
        assertEquals(9, ExportReadBack.csv(out, ',').size(), "a header and the eight countries");
    }

    @Test
    void anExportNeverWritesOverTheDataItReadsNorAddsADataFileToTheArchive() throws IOException {
        Path data = Files.createDirectories(dir.resolve("office"));
        Path file = Files.copy(Path.of(DATA), data.resolve("visits.json"));
        Path note = Files.createDirectories(data.resolve("sources")).resolve("note-2016-11-30-krakow.txt");
        Files.copy(Path.of("data/sources/note-2016-11-30-krakow.txt"), note);
        byte[] visits = Files.readAllBytes(file);
        byte[] text = Files.readAllBytes(note);
        for (String[] args : List.of(
                new String[] {"export", file.toString(), "--view", "places", "--format", "csv", "-o", file.toString()},
                new String[] {"export", file.toString(), "--view", "places", "--format", "csv", "-o", note.toString()},
                new String[] {"export", file.toString(), "--format", "pdf", "--brief", "krakow", "-o", file.toString()},
                new String[] {"export", data.toString(), "--view", "places", "--format", "csv", "-o", file.toString()},
                new String[] {"export", data.toString(), "--view", "places", "--format", "csv", "-o",
                        data.resolve("places.json").toString()})) {
            Run r = run(args[0], args[1], "--lang", "en", args[2], args[3], args[4], args[5], args[6], args[7]);
            assertEquals(2, r.exit(), String.join(" ", args));
            assertEquals("could not write " + args[7] + ": it is the data being exported or a file read with it;"
                    + " choose another name", r.err().strip());
        }
        assertArrayEquals(visits, Files.readAllBytes(file));
        assertArrayEquals(text, Files.readAllBytes(note));
        assertFalse(Files.exists(data.resolve("places.json")));
        Run beside = run("export", data.toString(), "--view", "places", "--format", "csv", "-o",
                data.resolve("places.csv").toString());
        assertEquals(0, beside.exit(), "a table beside the data files is no data file: " + beside.err());
    }

    @Test
    void usageErrorsExitTwoAndWriteNothing() {
        Path out = dir.resolve("x.csv");
        for (String[] args : List.of(
                new String[] {"export", DATA, "--view", "maps", "-o", out.toString()},
                new String[] {"export", DATA, "--view", "places"},
                new String[] {"export", "--view", "places", "-o", out.toString()},
                new String[] {"export", DATA, "--view", "places", "--format", "pdf", "-o", out.toString()},
                new String[] {"export", DATA, "--view", "places", "-o", dir.resolve("x.txt").toString()},
                new String[] {"export", DATA, "--view", "places", "--lang", "de", "-o", out.toString()},
                new String[] {"export", DATA, "--view", "places", "--bogus", "-o", out.toString()})) {
            Run r = run(args);
            assertEquals(2, r.exit(), String.join(" ", args));
            assertTrue(r.err().contains("Usage: delegations export"), r.err());
        }
        assertFalse(Files.exists(out));
    }

    @Test
    void anOptionWithItsValueForgottenIsToldAsSuchNotTakenAsTheValue() {
        Path out = dir.resolve("x.csv");
        Run country = run("export", DATA, "--view", "places", "--country", "-o", out.toString());
        assertEquals(2, country.exit());
        assertEquals("delegations export: --country needs a value", country.err().lines().findFirst().orElseThrow());
        Run search = run("export", DATA, "--search", "--view", "places", "-o", out.toString());
        assertEquals(2, search.exit());
        assertEquals("delegations export: --search needs a value", search.err().lines().findFirst().orElseThrow());
        assertFalse(Files.exists(out));
    }

    @Test
    void anUnknownCountryAMissingFileAndAnUnwritableOutputExitTwo() {
        Path out = dir.resolve("x.csv");
        Run country = run("export", DATA, "--view", "places", "--country", "XX", "--lang", "en", "-o", out.toString());
        assertEquals(2, country.exit());
        assertTrue(country.err().contains("no country has the code XX"), country.err());
        Run missing = run("export", dir.resolve("none.json").toString(), "--view", "places", "--lang", "en", "-o",
                out.toString());
        assertEquals(2, missing.exit());
        assertTrue(missing.err().contains("cannot be read"), missing.err());
        Run unwritable = run("export", DATA, "--view", "places", "--lang", "en", "-o",
                dir.resolve("no-folder").resolve("x.csv").toString());
        assertEquals(2, unwritable.exit());
        assertTrue(unwritable.err().contains("could not write"), unwritable.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void anOutputThatCannotBeWrittenIsToldInWordsWithoutTheTemporaryFileNameAndBeforeTheDataIsRead() {
        Path noFolder = dir.resolve("no-folder").resolve("x.csv");
        Run missing = run("export", DATA, "--view", "places", "--lang", "en", "-o", noFolder.toString());
        assertEquals(2, missing.exit());
        assertEquals("could not write " + noFolder + ": there is no folder " + noFolder.getParent(),
                missing.err().strip());
        Run folder = run("export", DATA, "--view", "places", "--format", "csv", "--lang", "en", "-o", dir.toString());
        assertEquals(2, folder.exit());
        assertEquals("could not write " + dir + ": it is a folder; -o names the file to write", folder.err().strip());
        Run brief = run("export", DATA, "--format", "pdf", "--brief", "krakow", "--lang", "pl", "-o",
                noFolder.resolveSibling("b.pdf").toString());
        assertEquals(2, brief.exit());
        assertEquals("nie udało się zapisać pliku " + noFolder.resolveSibling("b.pdf") + ": nie ma folderu "
                + noFolder.getParent(), brief.err().strip());
        String tooLong = dir.resolve("x".repeat(300) + ".csv").toString();
        Run name = run("export", DATA, "--view", "places", "--lang", "en", "-o", tooLong);
        assertEquals(2, name.exit());
        assertEquals("could not write " + tooLong + ": file name too long", name.err().strip());
    }

    @Test
    void anOutputNameWindowsForbidsExitsTwoAndWritesNothing() {
        Path forbidden = dir.resolve("raport: Serbia?.csv");
        Run r = run("export", DATA, "--view", "places", "--lang", "en", "-o", forbidden.toString());
        assertEquals(2, r.exit());
        assertEquals("could not write " + forbidden + ": The name “raport: Serbia?.csv” contains the characters “: ?”,"
                + " which Windows does not allow in a file name; a colleague on Windows could not open it.",
                r.err().strip());
        assertFalse(Files.exists(forbidden));
        Run device = run("export", DATA, "--view", "places", "--lang", "pl", "-o", dir.resolve("PRN.csv").toString());
        assertEquals(2, device.exit());
        assertTrue(device.err().contains("Nazwę „PRN.csv” Windows rezerwuje dla urządzenia (PRN)"), device.err());
    }

    @Test
    void aFileWithErrorsExitsOneAndWritesNothing() {
        Path out = dir.resolve("x.csv");
        Run r = ExportCommandTest.runWith("src/test/resources/bad/bad-date.json", out);
        assertEquals(1, r.exit(), r.err());
        assertTrue(r.err().contains("has errors, nothing exported"), r.err());
        assertFalse(Files.exists(out));
    }

    private static Run runWith(String file, Path out) {
        var o = new ByteArrayOutputStream();
        var e = new ByteArrayOutputStream();
        int exit = ExportCommand.run(List.of(file, "--view", "places", "--lang", "en", "-o", out.toString()),
                new PrintStream(o, true, StandardCharsets.UTF_8), new PrintStream(e, true, StandardCharsets.UTF_8),
                new DatasetLoader(new WorldCountries()));
        return new Run(exit, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
    }
}
