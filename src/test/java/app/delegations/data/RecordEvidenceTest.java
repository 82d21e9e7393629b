package app.delegations.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.delegations.model.Basis;
import app.delegations.model.Citation;
import app.delegations.model.Dataset;
import app.delegations.model.Event;
import app.delegations.model.Organisation;
import app.delegations.model.Place;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * "No source yet": a record, a participant or a person at an event may have an empty evidence list; the file
 * loads with no error and no warning, and such records are the ones listed as without a source.
 */
class RecordEvidenceTest {
    @TempDir
    Path dir;

    private Dataset loadWithoutEvidence(String... records) throws IOException {
        Files.createDirectories(dir.resolve("sources"));
        Path fixture = TestFiles.fixture();
        Files.copy(fixture.resolveSibling("sources/note-2019.txt"), dir.resolve("sources/note-2019.txt"));
        String json = Files.readString(fixture, StandardCharsets.UTF_8);
        for (String record : records) {
            // "id" or "id#n": the first or n-th "evidence" list after the record's id
            String id = record.split("#")[0];
            int at = json.indexOf("\"id\": \"" + id + "\"");
            for (int n = record.contains("#") ? Integer.parseInt(record.split("#")[1]) : 1; n > 0; n--) {
                at = json.indexOf("\"evidence\"", at + 1);
            }
            int open = json.indexOf('[', at);
            int depth = 0;
            int close = open;
            do {
                char c = json.charAt(close++);
                depth += c == '[' ? 1 : c == ']' ? -1 : 0;
            } while (depth > 0);
            json = json.substring(0, open) + "[]" + json.substring(close);
        }
        Path file = dir.resolve("delegations.json");
        Files.writeString(file, json, StandardCharsets.UTF_8);
        LoadResult r = new DatasetLoader().load(file);
        assertEquals(List.of(), r.problems(), "no error and no warning");
        return r.dataset().orElseThrow();
    }

    @Test
    void aRecordWithAnEmptyEvidenceListLoadsWithoutProblems() throws IOException {
        // an organisation, a person at an event, and the event itself
        Dataset d = loadWithoutEvidence("vilnius-university", "lecture#1", "lecture#2");
        assertEquals(List.of(), d.organisation("vilnius-university").orElseThrow().evidence());
        assertEquals(List.of(), d.event("lecture").orElseThrow().people().get(0).evidence());
        assertEquals(List.of(), d.event("lecture").orElseThrow().evidence());
        assertEquals(List.of(d.organisation("vilnius-university").orElseThrow(), d.event("lecture").orElseThrow()),
                RecordEvidence.unsourced(d));
    }

    @Test
    void theValidFixtureHasEveryRecordSourced() {
        Dataset d = new DatasetLoader().load(TestFiles.fixture()).dataset().orElseThrow();
        assertEquals(List.of(), RecordEvidence.unsourced(d));
    }

    @Test
    void aCitationIsAddedAfterTheRecordsOwn() {
        Dataset d = new DatasetLoader().load(TestFiles.fixture()).dataset().orElseThrow();
        Place krakow = d.place("krakow").orElseThrow();
        var c = new Citation(Basis.STATED, List.of("names.pl"), "note-2019", "Krakowa", null, -1, -1);
        Place cited = RecordEvidence.with(krakow, c);
        assertEquals(krakow.evidence().size() + 1, cited.evidence().size());
        assertEquals(c, cited.evidence().get(cited.evidence().size() - 1));
        assertEquals(krakow.names(), cited.names());
        assertFalse(RecordEvidence.none(cited));
        assertTrue(RecordEvidence.cites(cited));
    }

    @Test
    void theCitableFieldsAreTheLoadersOwn() {
        assertEquals(CitableFields.of(RecordParsers.PLACE), RecordEvidence.citableFields(Place.class));
        assertEquals(CitableFields.of(EventParser.EVENT), RecordEvidence.citableFields(Event.class));
        assertTrue(RecordEvidence.citableFields(Organisation.class).contains("names.en"));
        assertFalse(RecordEvidence.citableFields(Event.class).contains("evidence"));
    }
}
