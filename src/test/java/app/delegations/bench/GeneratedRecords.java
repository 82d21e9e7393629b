package app.delegations.bench;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The records of a generated data file by list, in file order, as the trees {@link JsonLayout} prints (maps,
 * lists, strings, {@code BigDecimal} coordinates, {@link Integer}s), so that they can be written
 * again, elsewhere, byte for byte as the generator laid them out. Read one record at a time.
 */
final class GeneratedRecords {
    /** The seven lists of a data file, in the order the generator writes them. */
    static final List<String> LISTS = List.of("sources", "countries", "places", "venues", "organisations", "people",
            "events");

    private static final ObjectReader RECORD = new ObjectMapper()
            .readerFor(new TypeReference<LinkedHashMap<String, Object>>() { })
            .with(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private final Map<String, List<Map<String, Object>>> lists = new LinkedHashMap<>();

    private GeneratedRecords() {
        LISTS.forEach(l -> lists.put(l, new ArrayList<>()));
    }

    static GeneratedRecords read(Path file) throws IOException {
        var records = new GeneratedRecords();
        try (JsonParser p = RECORD.createParser(file.toFile())) {
            expect(p.nextToken(), JsonToken.START_OBJECT, file);
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                List<Map<String, Object>> list = records.lists.get(p.currentName());
                if (p.nextToken() != JsonToken.START_ARRAY || list == null) {
                    p.skipChildren();
                    continue;
                }
                while (p.nextToken() == JsonToken.START_OBJECT) {
                    Map<String, Object> record = RECORD.readValue(p);
                    list.add(record);
                }
            }
        }
        return records;
    }

    List<Map<String, Object>> list(String name) {
        return lists.get(name);
    }

    /** The id of a record: a country's code, any other record's id. */
    static String id(Map<String, Object> record) {
        return (String) record.getOrDefault("id", record.get("code"));
    }

    /** The ids of the sources the citations anywhere in {@code tree} name, added to {@code into}. */
    static void sourcesCited(Object tree, Set<String> into) {
        if (tree instanceof Map<?, ?> map) {
            if (map.containsKey("basis") && map.get("source") instanceof String source) {
                into.add(source);
            }
            map.values().forEach(v -> sourcesCited(v, into));
        } else if (tree instanceof List<?> list) {
            list.forEach(v -> sourcesCited(v, into));
        }
    }

    /** A copy of a record that can be changed without changing the original. */
    static Map<String, Object> copy(Map<String, Object> record) {
        var out = new LinkedHashMap<String, Object>();
        record.forEach((k, v) -> out.put(k, copyValue(v)));
        return out;
    }

    private static Object copyValue(Object v) {
        if (v instanceof Map<?, ?> map) {
            var out = new LinkedHashMap<Object, Object>();
            map.forEach((k, x) -> out.put(k, copyValue(x)));
            return out;
        }
        if (v instanceof List<?> list) {
            var out = new ArrayList<>(list.size());
            list.forEach(x -> out.add(copyValue(x)));
            return out;
        }
        return v;
    }

    private static void expect(JsonToken got, JsonToken wanted, Path file) throws IOException {
        if (got != wanted) {
            throw new IOException(file + ": expected " + wanted + ", found " + got);
        }
    }
}
