package app.delegations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.delegations.ExportCommandTest.Run;
import app.delegations.ui.common.ExportReadBack;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code delegations export} for a monthly report: narrowed by the window's date range and years, writing nothing
 * (exit 3) when nothing is left, refusing an {@code -o} named for another format, and naming a broken archive's file
 * as {@code validate} does.
 */
class ExportNarrowedCommandTest {
    private static final String DATA = "data/congress-2016.json";
    /** The congress (29–30 November 2016) and its events, two on the 29th and four on the 30th. */
    private static final String CONGRESS = "IV International Congress “St. Petersburg and the Slavic World”";

    @TempDir
    Path dir;

    private static Run run(String... args) {
        return ExportCommandTest.run(args);
    }

    private List<String> titles(Path csv) throws IOException {
        return ExportReadBack.csv(csv, ',').stream().skip(1).map(row -> row.get(1)).toList();
    }

    @Test
    void fromAndToLeaveTheEventsOverlappingTheRangeAsTheWindowsDateFilterDoes() throws IOException {
        Path out = dir.resolve("29.csv");
        Run r = run("export", DATA, "--view", "events", "--lang", "en", "--from", "2016-11-29", "--to", "2016-11-29",
                "-o", out.toString());
        assertEquals(0, r.exit(), r.err());
        assertEquals(out + ": 3 rows of Events written", r.out().strip());
        assertEquals(List.of(CONGRESS, "Visit to St. Petersburg universities that train IT specialists",
                "Learning about the work of city units that use modern technologies"), titles(out),
                "the two-day congress overlaps the 29th; the events of the 30th do not");
        Path from = dir.resolve("30.csv");
        assertEquals(0, run("export", DATA, "--view", "events", "--lang", "en", "--from", "2016-11-30", "-o",
                from.toString()).exit(), "an open end");
        assertEquals(5, titles(from).size(), "the congress and the four events of the 30th: " + titles(from));
        assertTrue(titles(from).contains(CONGRESS));
    }

    @Test
    void aMonthGivenAsYearAndMonthRunsFromItsFirstDayToItsLast() throws IOException {
        Path month = dir.resolve("listopad.csv");
        Run r = run("export", DATA, "--view", "events", "--lang", "pl", "--from", "2016-11", "--to", "2016-11",
                "--separator", ",", "-o", month.toString());
        assertEquals(0, r.exit(), r.err());
        assertEquals(month + ": zapisano 7 wierszy z widoku Wydarzenia", r.out().strip());
        Run december = run("export", DATA, "--view", "events", "--lang", "en", "--from", "2016-12", "--to", "2016-12",
                "-o", dir.resolve("grudzien.csv").toString());
        assertEquals(3, december.exit(), "the 1st of December is past the congress: " + december.err());
        Run lastDay = run("export", DATA, "--view", "events", "--lang", "en", "--to", "2016-10", "-o",
                dir.resolve("pazdziernik.csv").toString());
        assertEquals(3, lastDay.exit(), "--to 2016-10 ends on 31 October, before the congress: " + lastDay.err());
    }

    @Test
    void yearLeavesWhatCoversADayOfItAndPlacesThatMetWithinTheRange() throws IOException {
        Path year = dir.resolve("2016.csv");
        assertEquals(0, run("export", DATA, "--view", "events", "--lang", "en", "--year", "2016", "--year", "2019",
                "-o", year.toString()).exit());
        assertEquals(7, titles(year).size());
        Run none = run("export", DATA, "--view", "places", "--lang", "en", "--year", "2019", "-o",
                dir.resolve("2019.csv").toString());
        assertEquals(3, none.exit(), none.err());
        Run before = run("export", DATA, "--view", "places", "--lang", "en", "--to", "2016-11-28", "-o",
                dir.resolve("before.csv").toString());
        assertEquals(3, before.exit(), "no place met before the congress: " + before.err());
    }

    @Test
    void aWorkbookStatesTheDateRangeOnItsPagesAsTheWindowsDoes() throws IOException {
        Path out = dir.resolve("listopad.xlsx");
        Run r = run("export", DATA, "--view", "events", "--lang", "pl", "--from", "2016-11-01", "--to", "2016-11-30",
                "-o", out.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(ExportReadBack.sheetXml(out).contains("Filtry: daty 1 listopada 2016 &#x2013; 30 listopada 2016"),
                ExportReadBack.sheetXml(out));
    }

    @Test
    void nothingLeftToWriteExitsThreeSaysWhyAndMakesNoFile() throws IOException {
        Path out = dir.resolve("m.csv");
        Run search = run("export", DATA, "--view", "events", "--lang", "pl", "--search", "2019", "-o", out.toString());
        assertEquals(3, search.exit());
        assertEquals("nic nie zapisano do pliku " + out + ": w widoku Wydarzenia nie pozostał żaden wiersz"
                + " (Filtry: wyszukiwanie „2019”)", search.err().strip());
        assertEquals("", search.out());
        assertFalse(Files.exists(out), "a script must not mail an empty report");
        Files.writeString(out, "last month's report", StandardCharsets.UTF_8);
        Run year = run("export", DATA, "--view", "events", "--lang", "en", "--year", "2015", "-o", out.toString());
        assertEquals(3, year.exit());
        assertEquals("nothing written to " + out + ": no row of Events is left (Filtered: year 2015)",
                year.err().strip());
        assertEquals("last month's report", Files.readString(out, StandardCharsets.UTF_8), "left as it was");
        Path all = dir.resolve("all.xlsx");
        Run every = run("export", DATA, "--view", "all", "--lang", "pl", "--year", "2015", "-o", all.toString());
        assertEquals(3, every.exit());
        assertEquals("nic nie zapisano do pliku " + all + ": w żadnym widoku nie pozostał żaden wiersz"
                + " (Filtry: rok 2015)", every.err().strip());
        assertFalse(Files.exists(all));
    }

    @Test
    void aBadDayOrAnEmptyRangeIsAUsageErrorThatNamesTheOption() {
        Path out = dir.resolve("x.csv");
        for (List<String> bad : List.of(
                List.of("--from", "2019-13-01", "--from 2019-13-01: there is no such day"),
                List.of("--to", "2019-02-30", "--to 2019-02-30: there is no such day"),
                List.of("--from", "1.05.2019", "--from takes a day as YYYY-MM-DD (2019-05-01) or a month as YYYY-MM"
                        + " (2019-05), not 1.05.2019"),
                List.of("--year", "19", "--year takes a year such as 2019, not 19"),
                List.of("--to", "-o", "--to needs a value"))) {
            Run r = run("export", DATA, "--view", "events", bad.get(0), bad.get(1), "-o", out.toString());
            assertEquals(2, r.exit(), bad.toString());
            assertEquals("delegations export: " + bad.get(2), r.err().lines().findFirst().orElseThrow());
            assertTrue(r.err().contains("--from, --to"), "the usage follows: " + r.err());
        }
        Run reversed = run("export", DATA, "--view", "events", "--from", "2019-06", "--to", "2019-05", "-o",
                out.toString());
        assertEquals(2, reversed.exit());
        assertEquals("delegations export: --from 2019-06-01 is after --to 2019-05-31: no day is in that range",
                reversed.err().lines().findFirst().orElseThrow());
        Run brief = run("export", DATA, "--format", "pdf", "--brief", "krakow", "--year", "2016", "-o",
                dir.resolve("b.pdf").toString());
        assertEquals(2, brief.exit());
        assertFalse(Files.exists(out));
    }

    @Test
    void anOutputNamedForAnotherFormatIsAUsageErrorAndNothingIsWritten() {
        for (List<String> bad : List.of(List.of("csv", "x.xlsx"), List.of("xlsx", "y.csv"), List.of("csv", "z.PDF"),
                List.of("pdf", "b.csv"))) {
            Path out = dir.resolve(bad.get(1));
            String[] args = bad.get(0).equals("pdf")
                    ? new String[] {"export", DATA, "--format", "pdf", "--brief", "krakow", "-o", out.toString()}
                    : new String[] {"export", DATA, "--view", "places", "--format", bad.get(0), "-o", out.toString()};
            Run r = run(args);
            assertEquals(2, r.exit(), bad.toString());
            String ext = bad.get(1).substring(bad.get(1).indexOf('.') + 1).toLowerCase(java.util.Locale.ROOT);
            assertEquals("delegations export: -o " + out + " ends in ." + ext + " but --format is " + bad.get(0)
                    + ": name it ." + bad.get(0) + ", or give --format " + ext,
                    r.err().lines().findFirst().orElseThrow());
            assertFalse(Files.exists(out), bad.toString());
        }
        Path tsv = dir.resolve("places.tsv");
        Run other = run("export", DATA, "--view", "places", "--format", "csv", "--separator", "tab", "-o",
                tsv.toString());
        assertEquals(0, other.exit(), "an extension of no format is written as named: " + other.err());
        assertTrue(Files.isRegularFile(tsv));
    }

    @Test
    void aBrokenFileOfAnArchiveIsNamedWithItsFolderAsValidateNamesItAndTheArchiveIsSaidToHaveErrors()
            throws IOException {
        Path office = Files.createDirectories(dir.resolve("office"));
        String json = Files.readString(Path.of(DATA), StandardCharsets.UTF_8);
        Files.writeString(office.resolve("congress.json"), json.replaceFirst("\"schemaVersion\": 1,",
                "\"schemaVersion\": 1,,"), StandardCharsets.UTF_8);
        Path out = dir.resolve("x.csv");
        for (String lang : List.of("en", "pl")) {
            Run r = run("export", office.toString(), "--view", "places", "--lang", lang, "-o", out.toString());
            assertEquals(1, r.exit(), r.err());
            List<String> lines = r.err().lines().toList();
            assertTrue(lines.get(0).startsWith(office.resolve("congress.json") + ":"), lines.get(0));
            assertEquals(lang.equals("en")
                    ? office + ": the archive has errors, nothing exported (delegations validate " + office
                            + " lists them)"
                    : office + ": archiwum ma błędy, nic nie wyeksportowano (błędy wypisze polecenie delegations"
                            + " validate " + office + ")", lines.get(lines.size() - 1));
        }
        assertFalse(Files.exists(out));
    }
}
