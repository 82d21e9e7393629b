package app.delegations.data.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.delegations.data.DatasetLoader;
import app.delegations.data.LoadResult;
import app.delegations.data.Problem;
import app.delegations.data.WorldCountries;
import app.delegations.model.Dataset;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bundled file is in canonical form (this is the check that keeps it so: the README's test command runs it),
 * and the canonical form is the text an editor expects: LF line ends, UTF-8 without a byte-order mark, the
 * written precision of coordinates, the layout of the bundled file.
 */
class CanonicalWriterTest {
    static final Path BUNDLED = Path.of("data/congress-2016.json");

    @TempDir
    Path dir;

    @Test
    void theBundledFileIsInCanonicalForm() throws IOException {
        FileRecords read = FileRecords.load(BUNDLED, new WorldCountries());
        assertTrue(read.ok(), () -> read.result().problems().toString());
        String file = Files.readString(BUNDLED, StandardCharsets.UTF_8);
        String canonical = CanonicalWriter.writeString(read.records());
        assertEquals("", firstDifference(canonical, file), "data/congress-2016.json is not in canonical form (the"
                + " canonical line is shown): run `delegations format data/congress-2016.json`");
        assertTrue(CanonicalWriter.isCanonical(Files.readAllBytes(BUNDLED), read.records()));
    }

    @Test
    void savingTheBundledFileAndReadingItBackGivesTheSameRecords() throws IOException {
        Dataset before = FileRecords.load(BUNDLED, new WorldCountries()).records();
        Path copy = withSources(dir, "saved.json", CanonicalWriter.write(before));
        assertEquals(lists(before), lists(load(copy)));
    }

    @Test
    void theTextHasLfLineEndsNoByteOrderMarkAndEndsWithALineBreak() {
        byte[] bytes = CanonicalWriter.write(FileRecords.load(BUNDLED, new WorldCountries()).records());
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertFalse(text.contains("\r"));
        assertEquals('{', bytes[0], "no byte-order mark");
        assertTrue(text.endsWith("}\n"));
        assertTrue(text.startsWith("{\n  \"$schema\": \"schema/delegations.schema.json\",\n  \"schemaVersion\": 1,\n"));
    }

    @Test
    void coordinatesKeepTheirWrittenPrecision() {
        String text = CanonicalWriter.writeString(FileRecords.load(BUNDLED, new WorldCountries()).records());
        assertTrue(text.contains("\"coordinates\": {\"lat\": 44.7722, \"lon\": 17.1910, \"seat\": \"Banja Luka\"}"),
                "17.1910 stays 17.1910");
        assertTrue(text.contains("\"lat\": 43.5800"));
    }

    @Test
    void anEmptyDatasetHasAllSevenListsEmpty() {
        assertEquals("""
                {
                  "$schema": "schema/delegations.schema.json",
                  "schemaVersion": 1,
                  "sources": [],
                  "countries": [],
                  "places": [],
                  "venues": [],
                  "organisations": [],
                  "people": [],
                  "events": []
                }
                """, CanonicalWriter.writeString(Dataset.empty()));
    }

    /** The first line where {@code a} and {@code b} differ, numbered from 1, with the line of {@code a}; or "". */
    static String firstDifference(String a, String b) {
        String[] x = a.split("\n", -1);
        String[] y = b.split("\n", -1);
        for (int i = 0; i < Math.max(x.length, y.length); i++) {
            String l = i < x.length ? x[i] : "<end>";
            if (!l.equals(i < y.length ? y[i] : "<end>")) {
                return "line " + (i + 1) + ": " + l;
            }
        }
        return "";
    }

    /** Writes {@code bytes} as {@code name} in {@code folder}, with the bundled sources beside it. */
    static Path withSources(Path folder, String name, byte[] bytes) throws IOException {
        Path sources = Files.createDirectories(folder.resolve("sources"));
        try (var notes = Files.list(Path.of("data/sources"))) {
            for (Path note : notes.toList()) {
                Files.copy(note, sources.resolve(note.getFileName()));
            }
        }
        return Files.write(folder.resolve(name), bytes);
    }

    static Dataset load(Path file) {
        LoadResult r = new DatasetLoader(new WorldCountries()).load(file);
        assertEquals(List.of(), r.problems().stream().map(Problem::toString).toList());
        return r.datasetOrNull();
    }

    /** What a dataset holds, list by list, for comparing two (a dataset has no equality of its own). */
    static List<List<?>> lists(Dataset d) {
        return List.of(List.of(d.schemaVersion()), d.sources(), d.countries(), d.places(), d.venues(),
                d.organisations(), d.people(), d.events());
    }
}
