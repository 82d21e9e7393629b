package app.delegations;

import static app.delegations.ExportCommandTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.delegations.ExportCommandTest.Run;
import app.delegations.ui.brief.PdfText;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code delegations export … --format pdf --brief ID}: the visit brief of one event, place or country written
 * without a window, in the language asked, with the exit codes the usage states.
 */
class ExportBriefCommandTest {
    private static final String DATA = "data/congress-2016.json";

    @TempDir
    Path dir;

    @Test
    void theBriefOfAPlaceIsWrittenInPolishAndNamesTheFile() throws IOException {
        Path out = dir.resolve("koszyce.pdf");
        Run r = run("export", DATA, "--format", "pdf", "--brief", "kosice", "--lang", "pl", "-o", out.toString());
        assertEquals(0, r.exit(), r.err());
        assertEquals(out + ": zapisano „Notatka przed wizytą: Koszyce”", r.out().strip());
        PdfText pdf = PdfText.of(out);
        assertEquals("Notatka przed wizytą: Koszyce", pdf.title());
        assertTrue(pdf.flat().contains("Dotychczasowe spotkania"), pdf.text());
        assertTrue(pdf.flat().contains("IV Międzynarodowy Kongres"), pdf.text());
    }

    /** The event's name quotes its motto: inside the message's „…” it is quoted «…», as Polish nests quotations. */
    @Test
    void aQuotationInTheBriefsTitleIsNotNestedInTheSameMarks() throws IOException {
        Path out = dir.resolve("kongres.pdf");
        Run r = run("export", DATA, "--brief", "congress-2016", "--lang", "pl", "-o", out.toString());
        assertEquals(0, r.exit(), r.err());
        assertEquals(out + ": zapisano „Notatka przed wizytą: IV Międzynarodowy Kongres «St. Petersburg i Świat "
                + "Słowiański»”", r.out().strip());
        assertEquals("Notatka przed wizytą: IV Międzynarodowy Kongres „St. Petersburg i Świat Słowiański”",
                PdfText.of(out).title(), "the brief itself keeps the name as it is");
    }

    @Test
    void theBriefOfAnEventIsWrittenInEnglishAndTheFormatFollowsTheExtension() throws IOException {
        Path out = dir.resolve("congress.pdf");
        Run r = run("export", DATA, "--brief", "congress-2016", "--lang", "en", "-o", out.toString());
        assertEquals(0, r.exit(), r.err());
        String text = PdfText.of(out).flat();
        assertTrue(text.contains("Partners by country"), text);
        assertTrue(text.contains("Georgy Poltavchenko"), text);
    }

    @Test
    void theHostCityIsNotCalledAParticipantOfTheConferenceItHosted() throws IOException {
        Path out = dir.resolve("spb.pdf");
        Run r = run("export", DATA, "--format", "pdf", "--brief", "saint-petersburg", "--lang", "en", "-o",
                out.toString());
        assertEquals(0, r.exit(), r.err());
        String text = PdfText.of(out).flat();
        assertTrue(text.contains("The Governor of St. Petersburg sums up the conference"), text);
        assertFalse(text.contains("as a participant in"), text);
        assertTrue(text.contains("as host of"), text);
    }

    @Test
    void anIdTheDataLacksIsAnErrorOfItsOwnAndNothingIsWritten() {
        Path out = dir.resolve("none.pdf");
        Run r = run("export", DATA, "--format", "pdf", "--brief", "atlantis", "--lang", "en", "-o", out.toString());
        assertEquals(2, r.exit());
        assertEquals("no event, place or country has the id atlantis in " + DATA, r.err().strip());
        assertFalse(Files.exists(out));
    }

    @Test
    void aPdfWithoutABriefOrABriefWithAViewIsAUsageError() {
        Run noBrief = run("export", DATA, "--format", "pdf", "-o", dir.resolve("a.pdf").toString());
        assertEquals(2, noBrief.exit());
        assertTrue(noBrief.err().startsWith("delegations export: --format pdf writes a visit brief: give --brief ID"),
                noBrief.err());
        Run withView = run("export", DATA, "--view", "places", "--brief", "kosice", "-o", dir.resolve("b.pdf").toString());
        assertEquals(2, withView.exit());
        assertTrue(withView.err().contains("--view exports a table"), withView.err());
        Run asCsv = run("export", DATA, "--format", "csv", "--brief", "kosice", "-o", dir.resolve("c.csv").toString());
        assertEquals(2, asCsv.exit());
        assertTrue(asCsv.out().isEmpty());
    }
}
