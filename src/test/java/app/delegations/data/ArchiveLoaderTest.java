package app.delegations.data;

import static app.delegations.data.ArchiveFiles.country;
import static app.delegations.data.ArchiveFiles.event;
import static app.delegations.data.ArchiveFiles.file;
import static app.delegations.data.ArchiveFiles.place;
import static app.delegations.data.ArchiveFiles.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.delegations.model.Dataset;
import app.delegations.model.Place;
import app.delegations.text.Bundle;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArchiveLoaderTest {
    @TempDir
    Path dir;

    private final ArchiveLoader loader = new ArchiveLoader(new DatasetLoader());

    private Archive open() {
        return loader.open(dir, LoadProgress.NONE);
    }

    private static String gazetteer() {
        return file("\"countries\": [" + country("PL", "Poland") + ", " + country("UA", "Ukraine") + "],\n"
                + "\"places\": [\n" + place("krakow", "PL", "Krakow") + ",\n" + place("kyiv", "UA", "Kyiv") + "]");
    }

    @Test
    void anEventFileReferringToPlacesOfAGazetteerLoadsAsOneSetOfRecords() {
        write(dir, "places.json", gazetteer());
        write(dir, "visit-2025-kyiv.json", file("\"events\": [" + event("visit-2025", null, "2025-05-01",
                "krakow", "kyiv") + "]"));
        Archive a = open();
        assertTrue(a.result().ok(), () -> a.result().problems().toString());
        Dataset d = a.result().datasetOrNull();
        assertEquals(List.of("krakow", "kyiv"), d.places().stream().map(Place::id).toList());
        assertEquals("kyiv", d.event("visit-2025").orElseThrow().participants().get(1).place());
        assertEquals(2, a.files().size());
        assertEquals(2, a.parts().size());
    }

    @Test
    void theSamePlaceDefinedAlikeInTwoFilesIsOneRecordWithTheEvidenceOfBoth() {
        String other = "[{\"basis\": \"inferred\", \"reason\": {\"pl\": \"mapa\", \"en\": \"map\"}}]";
        write(dir, "a.json", file("\"countries\": [" + country("PL", "Poland") + "], \"places\": ["
                + place("krakow", "PL", "Krakow") + "]"));
        write(dir, "b.json", file("\"countries\": [" + country("PL", "Poland") + "], \"places\": ["
                + place("krakow", "PL", "Krakow", other) + "]"));
        Archive a = open();
        assertTrue(a.result().ok(), () -> a.result().problems().toString());
        Dataset d = a.result().datasetOrNull();
        assertEquals(1, d.places().size());
        assertEquals(1, d.countries().size());
        assertEquals(List.of("reference", "inferred"), d.places().get(0).evidence().stream()
                .map(c -> c.basis().json()).toList(), "the owner's citations first, then the new ones");
    }

    @Test
    void aPlaceDefinedDifferentlyInTwoFilesIsAProblemNamingBothPlacesAndTheField() {
        write(dir, "congress-2016.json", file("\"countries\": [" + country("PL", "Poland") + "],\n\"places\": [\n"
                + place("krakow", "PL", "Krakow") + "]"));
        write(dir, "visit-2025-kyiv.json", file("\"countries\": [" + country("PL", "Poland") + "],\n\"places\": [\n"
                + place("kyiv", "PL", "Kyiv") + ",\n" + place("krakow", "PL", "Krakow").replace("\"en\": \"Krakow\"",
                "\"en\": \"Cracow\"") + "]"));
        Archive a = open();
        assertFalse(a.result().ok());
        assertEquals(1, a.result().errors().size(), () -> a.result().problems().toString());
        Problem p = a.result().errors().get(0);
        assertEquals("visit-2025-kyiv.json:11:8: place 2 (Cracow): \"krakow\" differs in names.en from its definition"
                + " at congress-2016.json:10:8, where it appears as place 1 (Krakow): a record defined in several files must be"
                + " the same in each (only its"
                + " evidence may differ)", p.format());
        assertEquals("visit-2025-kyiv.json:11:8: miejsce 2 (Krakow): \"krakow\" różni się w polu names.en od definicji"
                + " w congress-2016.json:10:8, gdzie występuje jako miejsce 1 (Krakow): rekord zdefiniowany w kilku plikach musi"
                + " być w każdym taki"
                + " sam (może się różnić tylko pole \"evidence\")", p.format(Bundle.of(Locale.forLanguageTag("pl"))));
        assertEquals("krakow", p.record().id());
    }

    @Test
    void aReferenceNoFileDefinesIsLocatedInItsOwnFile() {
        write(dir, "places.json", gazetteer());
        write(dir, "visit-2025-kyiv.json", file("\"events\": [\n" + event("visit-2025", null, "2025-05-01",
                "krakow", "xx") + "]"));
        Archive a = open();
        assertFalse(a.result().ok());
        List<Problem> errors = a.result().errors();
        assertEquals(1, errors.size(), errors::toString);
        assertEquals("visit-2025-kyiv.json", errors.get(0).file());
        assertEquals(10, errors.get(0).line());
        assertEquals("events[0].participants[1].place: \"xx\" is not a place defined in this archive: define a "
                + "place with the id \"xx\" in one of the archive's files, or correct the id",
                errors.get(0).path() + ": " + errors.get(0).message());
        assertEquals("w tym archiwum nie zdefiniowano miejsca o identyfikatorze \"xx\": dodaj w jednym z plików "
                + "archiwum definicję miejsca o identyfikatorze \"xx\" albo popraw identyfikator",
                errors.get(0).message(Bundle.of(Locale.forLanguageTag("pl"))));
    }

    @Test
    void eventChecksRunOverAllFiles() {
        write(dir, "places.json", gazetteer());
        write(dir, "a-congress.json", file("\"events\": [{\"id\": \"congress\", \"kind\": \"congress\", \"title\":"
                + " {\"pl\": \"K\", \"en\": \"C\", \"native\": \"K\"}, \"start\": \"2016-11-29\", \"end\": "
                + "\"2016-11-30\","
                + " \"order\": 1, \"evidence\": " + ArchiveFiles.REF + "}]"));
        write(dir, "b-session.json", file("\"events\": [" + event("session", "congress", "2016-12-05", "kyiv") + "]"));
        Archive a = open();
        List<Problem> errors = a.result().errors();
        assertEquals(1, errors.size(), errors::toString);
        assertEquals("b-session.json", errors.get(0).file());
        assertEquals("events[0].start", errors.get(0).path());
    }

    @Test
    void anArchiveWhoseFilesAreEachInvalidReportsEveryFile() {
        write(dir, "a.json", "{\"schemaVersion\": 1, \"places\": [}");
        write(dir, "b.json", "not json");
        write(dir, "c.json", file("\"places\": [" + place("krakow", "PL", "Krakow").replace("city", "town") + "]"));
        Archive a = open();
        assertFalse(a.result().ok());
        assertEquals(List.of("a.json", "b.json", "c.json"), a.result().errors().stream().map(Problem::file)
                .distinct().toList());
    }

    @Test
    void anEmptyFolderSaysItHasNoDataFiles() {
        write(dir, "notes.txt", "not data");
        Archive a = open();
        assertFalse(a.result().ok());
        assertEquals(LoadResult.Status.INVALID, a.result().status());
        Problem problem = a.result().errors().get(0);
        assertEquals("no data files in this folder (an archive folder holds .json data files)",
                Bundle.english().what(problem.text()));
        assertEquals("to start a new archive in it, use File › New archive in the app; to open an existing one, "
                + "choose the"
                + " folder that holds its .json files", Bundle.english().fix(problem.text()),
                "the problem list's \"How to fix it\" says what to do with an empty folder");
    }

    @Test
    void aMissingFolderCannotBeRead() {
        Archive a = loader.open(dir.resolve("nowhere"), LoadProgress.NONE);
        assertTrue(a.result().unreadable());
    }

    @Test
    void aCountryReferencedButDefinedNowhereComesFromTheReferenceList() {
        var withWorld = new ArchiveLoader(new DatasetLoader(ArchiveFiles.WORLD));
        write(dir, "places.json", file("\"countries\": [" + country("PL", "Poland") + "],\n\"places\": ["
                + place("krakow", "PL", "Krakow") + ", " + place("kyiv", "UA", "Kyiv") + "]"));
        Archive a = withWorld.open(dir, LoadProgress.NONE);
        assertTrue(a.result().ok(), () -> a.result().problems().toString());
        assertEquals(List.of("PL", "UA"), a.result().datasetOrNull().countries().stream()
                .map(c -> c.code()).toList());
        assertEquals(ArchiveFiles.UKRAINE, a.result().datasetOrNull().countries().get(1), "with its evidence");
    }
}
