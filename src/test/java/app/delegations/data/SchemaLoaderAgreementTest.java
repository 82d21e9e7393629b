package app.delegations.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The schema and the loader agree (issue 12, item 20): one corpus of small documents, valid and invalid, goes
 * through both the JSON Schema validator (networknt, draft 2020-12, formats asserted, as in {@link SchemaTest})
 * and the loader; every case on which they differ must be listed, with its reason, in data/README.md's table
 * "Known differences between the schema and the loader", and every case listed there must still differ so.
 * The corpus: the files of src/test/resources/bad, the valid fixture, the bundled file, and variants of one
 * small valid document (below).
 */
class SchemaLoaderAgreementTest {

    private static final Path README = Path.of("data", "README.md");
    private static final String HEADING = "### Known differences between the schema and the loader";
    private static final Pattern ROW = Pattern.compile("^\\| `([^`]+)` \\| (accepts|refuses) \\| (accepts|refuses) \\| (.*\\S.*) \\|$");
    static final String NOTE = "30 listopada 2016 r. przedstawiciele Polski (Kraków) wzięli udział w spotkaniu.\n";
    static final String BASE = """
            {
              "schemaVersion": 1,
              "sources": [{"id": "note", "file": "note.txt", "title": {"pl": "Notatka", "en": "Note"}, "language": "pl"}],
              "countries": [{"code": "PL", "names": {"pl": "Polska", "en": "Poland", "native": "Polska"}, "evidence": [
                {"basis": "stated", "source": "note", "quote": "Polski", "fields": ["names.pl"]},
                {"basis": "reference", "fields": ["code", "names.en", "names.native"], "reason": {"pl": "ISO 3166-1.", "en": "ISO 3166-1."}}]}],
              "places": [{"id": "krakow", "kind": "city", "names": {"pl": "Kraków", "en": "Kraków", "native": "Kraków"},
                "country": "PL", "coordinates": {"lat": 50.06, "lon": 19.94}, "evidence": [
                {"basis": "stated", "source": "note", "quote": "Polski (Kraków)", "fields": ["names", "country"]},
                {"basis": "reference", "fields": ["kind", "coordinates"], "reason": {"pl": "WGS84.", "en": "WGS84."}}]}],
              "venues": [], "organisations": [], "people": [],
              "events": [{"id": "meeting", "kind": "meeting", "title": {"pl": "Spotkanie", "en": "Meeting", "native": "Spotkanie"},
                "start": "2016-11-30", "order": 1,
                "participants": [{"place": "krakow", "role": "participant", "evidence": [
                  {"basis": "stated", "source": "note", "quote": "przedstawiciele Polski (Kraków)"}]}],
                "evidence": [
                  {"basis": "stated", "source": "note", "quote": "30 listopada 2016 r.", "fields": ["start"]},
                  {"basis": "inferred", "fields": ["kind", "title", "order"], "reason": {"pl": "Spotkanie.", "en": "A meeting."}}]}]
            }
            """;

    private static JsonSchema schema;
    private static JsonNode schemaNode;
    /** Parses as strictly as JSON is defined: one document, no duplicate keys. */
    private static final ObjectMapper STRICT = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    @TempDir
    static Path variants;

    @BeforeAll
    static void load() throws IOException {
        schemaNode = new ObjectMapper().readTree(Path.of("data", "schema", "delegations.schema.json").toFile());
        var config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
        schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schemaNode, config);
    }

    /** The variants of the small document: name → what is changed. */
    private static Map<String, Consumer<ObjectNode>> variantEdits() {
        Map<String, Consumer<ObjectNode>> v = new LinkedHashMap<>();
        v.put("valid", d -> { });
        v.put("order-1.0", d -> event(d).set("order", DoubleNode.valueOf(1.0)));
        v.put("schemaVersion-1.0", d -> d.set("schemaVersion", DoubleNode.valueOf(1.0)));
        v.put("order-1.5", d -> event(d).set("order", DoubleNode.valueOf(1.5)));
        v.put("order-1e20", d -> event(d).put("order", BigInteger.TEN.pow(20)));
        v.put("order-1000000", d -> event(d).put("order", 1_000_000));
        v.put("order-1000001", d -> event(d).put("order", 1_000_001));
        v.put("order-0", d -> event(d).put("order", 0));
        v.put("fields-nmes.pl", d -> fields(d, "/places/0/evidence/0/fields").set(0, "nmes.pl"));
        v.put("fields-names.PL", d -> fields(d, "/places/0/evidence/0/fields").set(0, "names.PL"));
        v.put("fields-coordinates-on-an-event", d -> fields(d, "/events/0/evidence/0/fields").add("coordinates"));
        v.put("fields-part-of-a-part", d -> fields(d, "/places/0/evidence/0/fields").set(0, "names.pl.x"));
        v.put("fields-part-of-a-plain-field", d -> fields(d, "/places/0/evidence/1/fields").set(0, "kind.x"));
        v.put("fields-evidence", d -> fields(d, "/places/0/evidence/1/fields").add("evidence"));
        v.put("fields-id", d -> fields(d, "/places/0/evidence/1/fields").add("id"));
        v.put("fields-participants.role", d -> fields(d, "/events/0/evidence/1/fields").add("participants.role"));
        v.put("fields-title.aliases", d -> fields(d, "/events/0/evidence/1/fields").set(1, "title.aliases"));
        v.put("fields-participant-role", d -> ((ObjectNode) d.at("/events/0/participants/0/evidence/0")).putArray("fields").add("role"));
        v.put("fields-participant-kind", d -> ((ObjectNode) d.at("/events/0/participants/0/evidence/0")).putArray("fields").add("kind"));
        v.put("country-XX", d -> country(d, "XX"));
        v.put("country-UK", d -> country(d, "UK"));
        v.put("country-XK", d -> country(d, "XK"));
        v.put("country-pl", d -> country(d, "pl"));
        v.put("name-no-break-space", d -> name(d, "\u00a0"));
        v.put("name-narrow-no-break-space", d -> name(d, "\u202f"));
        v.put("name-ideographic-space", d -> name(d, "\u3000"));
        v.put("name-byte-order-mark", d -> name(d, "\ufeff"));
        v.put("name-tab-and-line-break", d -> name(d, " \t\n"));
        v.put("name-zero-width-space", d -> name(d, "\u200b"));
        v.put("name-information-separator", d -> name(d, "\u001c"));
        v.put("name-space-then-letter", d -> name(d, "\u00a0K"));
        v.put("id-200-characters", d -> event(d).put("id", "a".repeat(200)));
        v.put("id-201-characters", d -> event(d).put("id", "a".repeat(201)));
        v.put("text-1000001-characters", d -> event(d).putObject("description")
                .put("pl", "x".repeat(1_000_001)).put("en", "x"));
        v.put("lat-as-text", d -> ((ObjectNode) d.at("/places/0/coordinates")).put("lat", "50.06"));
        v.put("end-before-start", d -> event(d).put("end", "2016-11-29"));
        v.put("quote-not-in-the-source", d -> ((ObjectNode) d.at("/events/0/evidence/0")).put("quote", "31 listopada"));
        return v;
    }

    private static ObjectNode event(ObjectNode d) {
        return (ObjectNode) d.at("/events/0");
    }

    private static ArrayNode fields(ObjectNode d, String pointer) {
        return (ArrayNode) d.at(pointer);
    }

    private static void country(ObjectNode d, String code) {
        ((ObjectNode) d.at("/countries/0")).put("code", code);
        ((ObjectNode) d.at("/places/0")).put("country", code);
    }

    private static void name(ObjectNode d, String pl) {
        ((ObjectNode) d.at("/places/0/names")).put("pl", pl);
    }

    /** Every document of the corpus, by case name. */
    private static Map<String, Path> corpus() throws IOException {
        Map<String, Path> corpus = new TreeMap<>();
        try (Stream<Path> bad = Files.list(TestFiles.resource("bad"))) {
            bad.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().equals("expectations.tsv"))
                    .forEach(p -> corpus.put("bad/" + p.getFileName(), p));
        }
        corpus.put("fixtures/valid/delegations.json", TestFiles.fixture());
        corpus.put("data/" + DatasetLoader.BUNDLED_NAME, Path.of("data", DatasetLoader.BUNDLED_NAME));
        Files.writeString(variants.resolve("note.txt"), NOTE, StandardCharsets.UTF_8);
        ObjectMapper json = new ObjectMapper();
        for (var e : variantEdits().entrySet()) {
            ObjectNode d = (ObjectNode) json.readTree(BASE);
            e.getValue().accept(d);
            Path file = variants.resolve(e.getKey() + ".json");
            Files.writeString(file, json.writerWithDefaultPrettyPrinter().writeValueAsString(d), StandardCharsets.UTF_8);
            corpus.put(e.getKey(), file);
        }
        return corpus;
    }

    private static boolean schemaAccepts(Path file) {
        JsonNode document;
        try {
            document = STRICT.readTree(Files.readAllBytes(file));
        } catch (IOException e) {
            return false; // not one JSON document: no schema accepts it
        }
        return document != null && !document.isMissingNode() && schema.validate(document).isEmpty();
    }

    private static boolean loaderAccepts(Path file) {
        return new DatasetLoader().load(file).ok();
    }

    private static String verdict(boolean accepts) {
        return accepts ? "accepts" : "refuses";
    }

    /** The known differences data/README.md lists: case → "schema verdict / loader verdict". */
    private static Map<String, String> listedDifferences() throws IOException {
        List<String> lines = Files.readAllLines(README, StandardCharsets.UTF_8);
        int at = lines.indexOf(HEADING);
        assertTrue(at >= 0, "data/README.md has the section " + HEADING);
        Map<String, String> listed = new TreeMap<>();
        for (int i = at + 1; i < lines.size() && !lines.get(i).startsWith("#"); i++) {
            Matcher m = ROW.matcher(lines.get(i));
            if (m.matches()) {
                assertFalse(listed.containsKey(m.group(1)), "listed twice: " + m.group(1));
                listed.put(m.group(1), m.group(2) + " / " + m.group(3));
            }
        }
        return listed;
    }

    @Test
    void theSchemaAndTheLoaderAgreeOnTheCorpusExceptTheListedDifferences() throws IOException {
        Map<String, String> differences = new TreeMap<>();
        int valid = 0;
        Map<String, Path> corpus = corpus();
        for (var e : corpus.entrySet()) {
            boolean bySchema = schemaAccepts(e.getValue());
            boolean byLoader = loaderAccepts(e.getValue());
            if (bySchema != byLoader) {
                differences.put(e.getKey(), verdict(bySchema) + " / " + verdict(byLoader));
            } else if (bySchema) {
                valid++;
            }
        }
        assertTrue(corpus.size() > 90 && valid >= 8, "the corpus holds valid and invalid documents: " + corpus.size()
                + " documents, " + valid + " valid");
        assertEquals(listedDifferences(), differences,
                "disagreements of the schema and the loader (schema / loader) must be the ones data/README.md lists");
    }

    /** The schema's per-kind lists of citable fields are the loader's, and its country codes are the loader's. */
    @Test
    void theSchemasListsAreTheLoaders() {
        Map<String, Fields> kinds = new LinkedHashMap<>();
        kinds.put("country", RecordParsers.COUNTRY);
        kinds.put("place", RecordParsers.PLACE);
        kinds.put("venue", RecordParsers.VENUE);
        kinds.put("organisation", RecordParsers.ORGANISATION);
        kinds.put("person", RecordParsers.PERSON);
        kinds.put("event", EventParser.EVENT);
        kinds.put("participant", EventParser.PARTICIPATION);
        kinds.put("attendance", EventParser.ATTENDANCE);
        kinds.forEach((kind, fields) -> {
            List<String> inSchema = new ArrayList<>();
            schemaNode.at("/$defs/" + kind + "Fields/enum").forEach(n -> inSchema.add(n.asText()));
            assertEquals(CitableFields.of(fields), inSchema, kind);
        });
        var codes = new TreeSet<String>();
        schemaNode.at("/$defs/countryCode/enum").forEach(n -> codes.add(n.asText()));
        assertEquals(new TreeSet<>(RecordParsers.ISO_COUNTRIES), codes);
        assertEquals(Limits.MAX_ID_CHARS, schemaNode.at("/$defs/id/maxLength").asInt());
        assertEquals(Limits.MAX_STRING_CHARS, schemaNode.at("/$defs/nonEmpty/maxLength").asInt());
    }
}
