package app.delegations.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.delegations.data.ArchiveLoader;
import app.delegations.data.DatasetLoader;
import app.delegations.data.LoadResult;
import app.delegations.data.Problem;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The archive generator's contract, at a small size (2,000 records in 20 files): the one file is a valid data
 * file; the archive holds exactly its records, spread over well-formed files that refer to each other; the bad
 * variant differs only by its deliberate mistakes; the same spec gives the same bytes. (That the archive loader
 * reads the archive as the one file's records is {@code app.delegations.data.GeneratedArchiveLoadTest}.)
 */
class ArchiveGeneratorTest {
    private static final ArchiveSpec SPEC = ArchiveSpec.of(2_000, 20);
    private static final String SCHEMA = "/app/delegations/data/bundled/schema/delegations.schema.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;
    private static ArchiveGenerator.Summary summary;

    @BeforeAll
    static void generate() throws IOException {
        summary = ArchiveGenerator.generate(SPEC, dir);
    }

    @Test
    void theOneFileLoadsWithNoProblem() {
        LoadResult one = new DatasetLoader().load(summary.oneFile());
        assertEquals(List.of(), one.problems().stream().limit(20).map(Problem::toString).toList());
        assertEquals(LoadResult.Status.LOADED, one.status());
    }

    @Test
    void theArchiveHasTheFilesAskedForEachWellFormedWithItsNotes() throws IOException {
        assertEquals(SPEC.files(), summary.files().size());
        assertEquals(ArchiveGenerator.archive(SPEC, dir), summary.archive());
        assertEquals(ArchiveGenerator.oneFile(SPEC, dir), summary.oneFile());
        assertEquals(summary.files(), ArchiveLoader.dataFiles(summary.archive()).stream()
                .map(p -> p.getFileName().toString()).toList());
        assertTrue(summary.files().contains("places.json"));
        JsonSchema schema = schema();
        for (Path folder : List.of(summary.archive(), summary.badArchive())) {
            for (String name : summary.files()) {
                JsonNode file = JSON.readTree(folder.resolve(name).toFile());
                assertEquals(List.of(), schema.validate(file).stream().limit(5).map(ValidationMessage::toString).toList(),
                        folder.getFileName() + "/" + name);
                for (JsonNode source : file.get("sources")) {
                    String text = source.get("file").asText();
                    assertTrue(text.startsWith("sources/") && Files.isRegularFile(folder.resolve(text)), name + ": " + text);
                }
            }
        }
    }

    @Test
    void theArchiveHoldsExactlyTheRecordsOfTheOneFile() throws IOException {
        GeneratedRecords one = GeneratedRecords.read(summary.oneFile());
        Map<String, Map<String, Map<String, Object>>> merged = merged(summary.archive());
        int records = 0;
        for (String list : GeneratedRecords.LISTS) {
            var expected = new LinkedHashMap<String, Map<String, Object>>();
            for (Map<String, Object> r : one.list(list)) {
                expected.put(GeneratedRecords.id(r), list.equals("sources") ? withoutFile(r) : r);
            }
            var actual = new HashMap<String, Map<String, Object>>();
            merged.get(list).forEach((id, r) -> actual.put(id, list.equals("sources") ? withoutFile(r) : r));
            assertEquals(expected, actual, list);
            records += list.equals("sources") ? 0 : actual.size();
        }
        assertEquals(SPEC.records(), records);
    }

    @Test
    void eventFilesReferToTheGazetteerAndReDefineSomeOfItsPlaces() throws IOException {
        Map<String, JsonNode> files = files(summary.archive());
        Set<String> gazetteer = ids(files.get("places.json").get("places"));
        int referredAcross = 0;
        int redefined = 0;
        for (var file : files.entrySet()) {
            if (file.getKey().equals("places.json")) {
                assertTrue(file.getValue().get("events").isEmpty(), "the gazetteer holds no events");
                continue;
            }
            assertFalse(file.getValue().get("events").isEmpty(), file.getKey());
            Set<String> own = ids(file.getValue().get("places"));
            assertTrue(gazetteer.containsAll(own), "a re-defined place is a gazetteer place: " + file.getKey());
            redefined += own.size();
            for (JsonNode event : file.getValue().get("events")) {
                String place = event.path("place").asText(null);
                if (place != null) {
                    assertTrue(gazetteer.contains(place), place);
                    referredAcross += own.contains(place) ? 0 : 1;
                }
            }
        }
        assertTrue(referredAcross > SPEC.files(), "events name places defined only in the gazetteer: " + referredAcross);
        assertTrue(redefined >= SPEC.files() - 2, "nearly every event file re-defines a place: " + redefined);
    }

    @Test
    void theBadVariantDiffersOnlyByItsConflictsAndItsUnresolvedReference() throws IOException {
        assertEquals(3, summary.conflicts().size());
        var changed = new HashSet<String>();
        Map<String, JsonNode> bad = files(summary.badArchive());
        for (ArchiveGenerator.Conflict c : summary.conflicts()) {
            assertEquals("names.en", c.field());
            assertEquals("places.json", c.otherFile());
            JsonNode ours = at(bad.get(c.file()), c.path());
            JsonNode theirs = at(bad.get("places.json"), c.otherPath());
            assertEquals(c.placeId(), ours.get("id").asText());
            assertEquals(theirs.get("id"), ours.get("id"));
            assertEquals(theirs.get("names").get("pl"), ours.get("names").get("pl"));
            assertNotEquals(theirs.get("names").get("en"), ours.get("names").get("en"));
            changed.add(c.file());
        }
        ArchiveGenerator.Unresolved u = summary.unresolved();
        assertEquals(u.placeId(), at(bad.get(u.file()), u.path()).asText());
        for (JsonNode file : bad.values()) {
            assertFalse(ids(file.get("places")).contains(u.placeId()), "defined nowhere: " + u.placeId());
        }
        changed.add(u.file());
        assertEquals(4, changed.size(), "four files, each with one mistake");
        for (String name : summary.files()) {
            long mismatch = Files.mismatch(summary.archive().resolve(name), summary.badArchive().resolve(name));
            assertEquals(changed.contains(name), mismatch >= 0, name);
        }
    }

    @Test
    void theSameSpecGivesTheSameBytes() throws IOException {
        var again = ArchiveGenerator.generate(SPEC, dir.resolve("again"));
        assertEquals(-1, Files.mismatch(summary.oneFile(), again.oneFile()));
        for (String name : summary.files()) {
            assertEquals(-1, Files.mismatch(summary.archive().resolve(name), again.archive().resolve(name)), name);
            assertEquals(-1, Files.mismatch(summary.badArchive().resolve(name), again.badArchive().resolve(name)), name);
        }
        assertEquals(summary.conflicts(), again.conflicts());
        assertEquals(summary.unresolved(), again.unresolved());
    }

    /** Every record of the archive by list and id; a record defined in several files must be the same in each. */
    private static Map<String, Map<String, Map<String, Object>>> merged(Path archive) throws IOException {
        var merged = new HashMap<String, Map<String, Map<String, Object>>>();
        GeneratedRecords.LISTS.forEach(l -> merged.put(l, new HashMap<>()));
        for (Path file : ArchiveLoader.dataFiles(archive)) {
            GeneratedRecords records = GeneratedRecords.read(file);
            for (String list : GeneratedRecords.LISTS) {
                for (Map<String, Object> r : records.list(list)) {
                    Map<String, Object> before = merged.get(list).putIfAbsent(GeneratedRecords.id(r), r);
                    if (before != null) {
                        assertEquals(before, r, "defined twice, differently: " + list + " " + GeneratedRecords.id(r));
                    }
                }
            }
        }
        return merged;
    }

    private static Map<String, Object> withoutFile(Map<String, Object> source) {
        var copy = GeneratedRecords.copy(source);
        assertNotNull(copy.remove("file"));
        return copy;
    }

    private static Map<String, JsonNode> files(Path folder) throws IOException {
        var files = new LinkedHashMap<String, JsonNode>();
        try (Stream<Path> all = Files.list(folder)) {
            for (Path p : (Iterable<Path>) all.filter(p -> p.toString().endsWith(".json")).sorted()::iterator) {
                files.put(p.getFileName().toString(), JSON.readTree(p.toFile()));
            }
        }
        return files;
    }

    private static Set<String> ids(JsonNode list) {
        var ids = new HashSet<String>();
        list.forEach(r -> ids.add(r.get("id").asText()));
        return ids;
    }

    /** The node at a path such as {@code events[0].participants[2].place}. */
    private static JsonNode at(JsonNode root, String path) {
        JsonNode node = root;
        for (String step : path.split("\\.")) {
            var parts = new ArrayList<>(List.of(step.split("\\[")));
            node = node.get(parts.remove(0));
            for (String index : parts) {
                node = node.get(Integer.parseInt(index.substring(0, index.length() - 1)));
            }
        }
        return node;
    }

    private static JsonSchema schema() throws IOException {
        try (InputStream in = ArchiveGeneratorTest.class.getResourceAsStream(SCHEMA)) {
            assertNotNull(in, "not on the classpath: " + SCHEMA);
            var config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).pathType(PathType.JSON_PATH).build();
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(JSON.readTree(in), config);
        }
    }
}
