package app.delegations.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.delegations.model.Basis;
import app.delegations.model.Citation;
import app.delegations.model.Dataset;
import app.delegations.model.Event;
import app.delegations.model.PlaceKind;
import app.delegations.model.PlaceRole;
import app.delegations.model.Source;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The valid fixture loads into the model it describes, with every quote located in its source. */
class FixtureLoadTest {

    private final DatasetLoader loader = new DatasetLoader();

    @Test
    void validFixtureLoadsWithoutProblems() {
        LoadResult r = loader.load(TestFiles.fixture());
        assertEquals(List.of(), r.problems());
        assertEquals(LoadResult.Status.LOADED, r.status());
        Dataset d = r.dataset().orElseThrow();
        assertEquals(List.of("krakow", "vilnius", "vilnius-county"), d.places().stream().map(p -> p.id()).toList());
        assertEquals(PlaceKind.REGION, d.place("vilnius-county").orElseThrow().kind());
        assertEquals("Vilnius", d.place("vilnius-county").orElseThrow().coordinates().seat());
        assertEquals(List.of("Krakow", "Cracow"), d.place("krakow").orElseThrow().names().aliases());
        assertEquals("Lietuva", d.country("LT").orElseThrow().names().nativeName());
        assertEquals("vilnius", d.venue("vilnius-town-hall").orElseThrow().place());
        assertEquals("dr", d.person("anna-testowa").orElseThrow().honorific());
        assertEquals("vilnius-university", d.person("anna-testowa").orElseThrow().positions().get(0).organisation());
    }

    @Test
    void eventsKeepDatesOrderAndDefaults() {
        Dataset d = loader.load(TestFiles.fixture()).dataset().orElseThrow();
        Event visit = d.event("visit-2019").orElseThrow();
        assertEquals(LocalDate.of(2019, 3, 12), visit.start());
        assertEquals(LocalDate.of(2019, 3, 13), visit.end());
        assertEquals(PlaceRole.HOST, visit.participants().get(1).role());
        Event lecture = d.event("lecture").orElseThrow();
        assertEquals(lecture.start(), lecture.end(), "end defaults to start");
        assertEquals("visit-2019", lecture.parent());
        assertEquals(List.of("vilnius-university"), lecture.organisations());
        assertEquals(Basis.INFERRED, lecture.evidence().get(1).basis());
        assertEquals(List.of("start"), lecture.evidence().get(1).fields());
    }

    @Test
    void everyQuoteIsLocatedInItsSourceText() {
        Dataset d = loader.load(TestFiles.fixture()).dataset().orElseThrow();
        Source note = d.source("note-2019").orElseThrow();
        assertTrue(note.text().startsWith("Notatka testowa"));
        List<Citation> all = allCitations(d);
        assertEquals(17, all.size());
        for (Citation c : all) {
            if (c.quote() == null) {
                assertEquals(-1, c.start());
                continue;
            }
            assertTrue(c.hasQuote(), c.quote());
            String found = note.text().substring(c.start(), c.end());
            assertEquals(QuoteIndex.fold(c.quote()), QuoteIndex.fold(found), "range of " + c.quote());
        }
        // a quote whose whitespace differs from the text's (a line break in the note, three spaces in the quote)
        Citation spanning = d.place("vilnius").orElseThrow().evidence().get(0);
        assertEquals("odwiedzili Wilno, stolicę\nLitwy", note.text().substring(spanning.start(), spanning.end()));
    }

    @Test
    void byteOrderMarkAndWindowsLineEndsGiveTheSameModel(@TempDir Path dir) throws IOException {
        copyFixtureSources(dir);
        String json = Files.readString(TestFiles.fixture(), StandardCharsets.UTF_8);
        Path windows = dir.resolve("windows.json");
        byte[] body = json.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);
        Files.write(windows, withBom);

        LoadResult r = loader.load(windows);
        assertEquals(List.of(), r.problems());
        Dataset expected = loader.load(TestFiles.fixture()).dataset().orElseThrow();
        assertEquals(expected.places(), r.dataset().orElseThrow().places());
        assertEquals(expected.events(), r.dataset().orElseThrow().events());
    }

    @Test
    void problemsInACrlfFileWithBomAreLocatedAsAnEditorShowsThem(@TempDir Path dir) throws IOException {
        copyFixtureSources(dir);
        String json = Files.readString(TestFiles.resource("bad/unknown-country.json"), StandardCharsets.UTF_8);
        Path file = dir.resolve("crlf.json");
        Files.write(file, ("\uFEFF" + json.replace("\n", "\r\n")).getBytes(StandardCharsets.UTF_8));
        Problem p = loader.load(file).problems().get(0);
        assertEquals(47, p.line());
        assertEquals(18, p.column());
    }

    @Test
    void sourceTextsWithWindowsLineEndsAreNormalised(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("sources"));
        String note = Files.readString(TestFiles.resource("fixtures/valid/sources/note-2019.txt"));
        Files.writeString(dir.resolve("sources/note-2019.txt"), note.replace("\n", "\r\n"));
        Files.copy(TestFiles.fixture(), dir.resolve("d.json"));
        LoadResult r = loader.load(dir.resolve("d.json"));
        assertEquals(List.of(), r.problems());
        assertEquals(note, r.dataset().orElseThrow().sources().get(0).text());
    }

    static void copyFixtureSources(Path dir) throws IOException {
        Files.createDirectories(dir.resolve("sources"));
        Files.copy(TestFiles.resource("fixtures/valid/sources/note-2019.txt"), dir.resolve("sources/note-2019.txt"));
    }

    private static List<Citation> allCitations(Dataset d) {
        var all = new ArrayList<Citation>();
        d.countries().forEach(c -> all.addAll(c.evidence()));
        d.places().forEach(p -> all.addAll(p.evidence()));
        d.venues().forEach(v -> all.addAll(v.evidence()));
        d.organisations().forEach(o -> all.addAll(o.evidence()));
        d.people().forEach(p -> all.addAll(p.evidence()));
        for (Event e : d.events()) {
            all.addAll(e.evidence());
            e.participants().forEach(p -> all.addAll(p.evidence()));
            e.people().forEach(p -> all.addAll(p.evidence()));
        }
        assertNotNull(all);
        return all;
    }
}
