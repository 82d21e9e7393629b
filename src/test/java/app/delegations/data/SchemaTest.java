package app.delegations.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The bundled data file validates against data/schema/delegations.schema.json with a real JSON Schema
 * validator (networknt, draft 2020-12, format assertions on), and the schema rejects broken variants of the
 * file with the expected messages, so it is not vacuous. Both files are read from the classpath, where the
 * build copies data/ (what the application ships).
 */
class SchemaTest {

    private static final String DATA = DatasetLoader.BUNDLED_ROOT + DatasetLoader.BUNDLED_NAME;
    private static final String SCHEMA = DatasetLoader.BUNDLED_ROOT + "schema/delegations.schema.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode schemaNode;
    private static JsonSchema schema;
    private static JsonNode bundled;

    @BeforeAll
    static void load() throws IOException {
        schemaNode = read(SCHEMA);
        bundled = read(DATA);
        var config = SchemaValidatorsConfig.builder()
                .formatAssertionsEnabled(true)
                .pathType(PathType.JSON_PATH)
                .build();
        schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schemaNode, config);
    }

    private static JsonNode read(String resource) throws IOException {
        try (InputStream in = SchemaTest.class.getResourceAsStream(resource)) {
            assertNotNull(in, "not on the classpath: " + resource);
            return JSON.readTree(in);
        }
    }

    private static Set<String> messages(JsonNode instance) {
        return schema.validate(instance).stream().map(ValidationMessage::getMessage)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void theSchemaIsAValidDraft202012Schema() {
        var factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
        var meta = factory.getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
        assertEquals(Set.of(), meta.validate(schemaNode));
        assertEquals("https://json-schema.org/draft/2020-12/schema", schemaNode.path("$schema").asText());
    }

    @Test
    void theBundledFileValidates() {
        assertEquals(Set.of(), messages(bundled));
    }

    @Test
    void theBundledFileNamesTheSchemaForEditors() {
        assertEquals("schema/delegations.schema.json", bundled.path("$schema").asText());
        assertEquals(1, bundled.path("schemaVersion").asInt());
    }

    /** Each case: what is broken, how, and the one message the validator must give for it. */
    static Stream<Arguments> brokenVariants() {
        return Stream.of(
                broken("a place without its country",
                        d -> place(d, 3).remove("country"),
                        "$.places[3]: required property 'country' not found"),
                broken("a file without schemaVersion",
                        d -> d.remove("schemaVersion"),
                        "$: required property 'schemaVersion' not found"),
                broken("an unsupported schemaVersion",
                        d -> d.put("schemaVersion", 2),
                        "$.schemaVersion: must be the constant value '1'"),
                broken("an unknown place kind",
                        d -> place(d, 0).put("kind", "town"),
                        "$.places[0].kind: does not have a value in the enumeration [\"city\", \"region\", \"entity\"]"),
                broken("an unknown participant role",
                        d -> ((ObjectNode) d.at("/events/0/participants/0")).put("role", "guest"),
                        "$.events[0].participants[0].role: does not have a value in the enumeration [\"host\", \"participant\", \"presenter\"]"),
                broken("a misspelt property",
                        d -> place(d, 0).set("cuntry", place(d, 0).remove("country")),
                        "$.places[0]: property 'cuntry' is not defined in the schema and the schema does not allow additional properties",
                        "$.places[0]: required property 'country' not found"),
                broken("an unknown top-level property",
                        d -> d.put("comment", "x"),
                        "$: property 'comment' is not defined in the schema and the schema does not allow additional properties"),
                broken("a date that does not exist",
                        d -> event(d, 0).put("end", "2016-11-31"),
                        "$.events[0].end: does not match the date pattern must be a valid RFC 3339 full-date"),
                broken("a date with a time",
                        d -> event(d, 0).put("start", "2016-11-29T10:00"),
                        "$.events[0].start: does not match the date pattern must be a valid RFC 3339 full-date",
                        "$.events[0].start: does not match the regex pattern ^[0-9]{4}-[0-9]{2}-[0-9]{2}$"),
                broken("a latitude out of range",
                        d -> ((ObjectNode) place(d, 0).get("coordinates")).put("lat", 91),
                        "$.places[0].coordinates.lat: must have a maximum value of 90"),
                broken("an upper-case id",
                        d -> place(d, 0).put("id", "Sofia"),
                        "$.places[0].id: does not match the regex pattern ^[a-z0-9]+(-[a-z0-9]+)*$"),
                broken("a lower-case country code",
                        d -> place(d, 0).put("country", "bg"),
                        "$.places[0].country: does not have a value in the enumeration " + ISO_CODES),
                broken("a code that is not ISO 3166-1",
                        d -> ((ObjectNode) d.at("/countries/0")).put("code", "UK"),
                        "$.countries[0].code: does not have a value in the enumeration " + ISO_CODES),
                broken("a place without its evidence list",
                        d -> place(d, 0).remove("evidence"),
                        "$.places[0]: required property 'evidence' not found"),
                broken("a stated citation without its quote",
                        d -> citation(d, "/places/0/evidence/0").remove(List.of("quote", "source")),
                        "$.places[0].evidence[0]: required property 'quote' not found",
                        "$.places[0].evidence[0]: required property 'source' not found"),
                broken("a reference citation without a reason",
                        d -> citation(d, "/places/0/evidence/1").remove("reason"),
                        "$.places[0].evidence[1]: required property 'reason' not found"),
                broken("a reference citation with a quote",
                        d -> citation(d, "/places/0/evidence/1").put("source", "note-2016").put("quote", "Sofia"),
                        "$.places[0].evidence[1].quote: schema for 'quote' is false",
                        "$.places[0].evidence[1].source: schema for 'source' is false"),
                broken("a Names without its native name",
                        d -> ((ObjectNode) place(d, 0).get("names")).remove("native"),
                        "$.places[0].names: required property 'native' not found"),
                broken("an empty Polish name",
                        d -> ((ObjectNode) place(d, 0).get("names")).put("pl", " "),
                        "$.places[0].names.pl: does not match the regex pattern " + NOT_BLANK),
                broken("a name of a no-break space only",
                        d -> ((ObjectNode) place(d, 0).get("names")).put("pl", "\u00a0"),
                        "$.places[0].names.pl: does not match the regex pattern " + NOT_BLANK),
                broken("a misspelt cited field",
                        d -> ((ArrayNode) d.at("/places/0/evidence/0/fields")).set(0, "nmes.pl"),
                        "$.places[0].evidence[0].fields[0]: does not have a value in the enumeration " + PLACE_FIELDS),
                broken("an order beyond the loader's limit",
                        d -> event(d, 1).put("order", 1_000_001),
                        "$.events[1].order: must have a maximum value of 1000000"),
                broken("a source file outside the data folder",
                        d -> ((ObjectNode) d.at("/sources/0")).put("file", "../secret.txt"),
                        "$.sources[0].file: does not match the regex pattern ^(?!/)(?![A-Za-z]:)(?!.*(^|/)\\.\\.(/|$))[^\\\\]+$"),
                broken("an order of 0",
                        d -> event(d, 1).put("order", 0),
                        "$.events[1].order: must have a minimum value of 1"));
    }

    private static final String ISO_CODES = RecordParsers.ISO_COUNTRIES.stream().sorted()
            .map(c -> "\"" + c + "\"").collect(Collectors.joining(", ", "[", "]"));
    private static final String NOT_BLANK =
            "[^\\t\\n\\u000b\\f\\r \\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000\\ufeff]";
    private static final String PLACE_FIELDS = CitableFields.of(RecordParsers.PLACE).stream()
            .map(c -> "\"" + c + "\"").collect(Collectors.joining(", ", "[", "]"));

    private static Arguments broken(String what, Consumer<ObjectNode> breakIt, String... expected) {
        return Arguments.of(what, breakIt, new TreeSet<>(List.of(expected)));
    }

    private static ObjectNode place(ObjectNode d, int i) {
        return (ObjectNode) d.get("places").get(i);
    }

    private static ObjectNode event(ObjectNode d, int i) {
        return (ObjectNode) d.get("events").get(i);
    }

    private static ObjectNode citation(ObjectNode d, String pointer) {
        return (ObjectNode) d.at(pointer);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenVariants")
    void aBrokenVariantIsRejectedWithTheExpectedMessage(String what, Consumer<ObjectNode> breakIt, Set<String> expected) {
        ObjectNode copy = bundled.deepCopy();
        breakIt.accept(copy);
        assertEquals(expected, messages(copy), what);
    }

    /** "No source yet": a record, a participant and a person at an event with an empty evidence list are valid. */
    @Test
    void recordsWithNoSourceYetValidate() {
        ObjectNode copy = bundled.deepCopy();
        place(copy, 0).putArray("evidence");
        ((ObjectNode) copy.at("/events/0/participants/0")).putArray("evidence");
        event(copy, 1).putArray("evidence");
        assertEquals(Set.of(), messages(copy));
    }

    @Test
    void theVariantsBreakWhatTheySay() {
        // Guards the cases above against pointing at the wrong record as the file evolves.
        assertEquals("stated", bundled.at("/places/0/evidence/0/basis").asText());
        assertEquals("reference", bundled.at("/places/0/evidence/1/basis").asText());
        assertTrue(bundled.at("/events/0/participants").size() > 0);
        assertTrue(bundled.at("/events/1/order").isInt());
    }

    /** Editors show a field's help from its description: every property has one, directly or through its $ref. */
    @Test
    void everyPropertyOfTheSchemaIsDescribed() {
        List<String> undocumented = new ArrayList<>();
        collectUndocumented(schemaNode, "#", undocumented);
        assertEquals(List.of(), undocumented);
    }

    private static void collectUndocumented(JsonNode node, String where, List<String> undocumented) {
        if (!node.isObject()) {
            return;
        }
        JsonNode properties = node.get("properties");
        if (properties != null && properties.isObject() && !where.contains("/if")) {
            for (Map.Entry<String, JsonNode> property : properties.properties()) {
                if (property.getValue().isObject() && !isDescribed(property.getValue())) {
                    undocumented.add(where + "/properties/" + property.getKey());
                }
            }
        }
        for (Map.Entry<String, JsonNode> child : node.properties()) {
            if (child.getValue().isObject()) {
                collectUndocumented(child.getValue(), where + "/" + child.getKey(), undocumented);
            } else if (child.getValue().isArray()) {
                ArrayNode array = (ArrayNode) child.getValue();
                for (int i = 0; i < array.size(); i++) {
                    collectUndocumented(array.get(i), where + "/" + child.getKey() + "/" + i, undocumented);
                }
            }
        }
    }

    private static boolean isDescribed(JsonNode property) {
        if (property.hasNonNull("description")) {
            return true;
        }
        JsonNode ref = property.get("$ref");
        return ref != null && schemaNode.at(ref.asText().substring(1)).hasNonNull("description");
    }
}
