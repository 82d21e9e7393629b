package app.delegations.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generator's own contract: deterministic output, the sizes asked for, quotes that are in their notes. */
class DatasetGeneratorTest {
    private static final List<String> LISTS = List.of("countries", "places", "venues", "organisations", "people", "events");

    @TempDir
    Path dir;

    @Test
    void sameSeedGivesByteIdenticalFilesAndNotes() throws IOException {
        var spec = GeneratorSpec.of(1_000);
        var a = DatasetGenerator.generate(spec, dir.resolve("a"));
        var b = DatasetGenerator.generate(spec, dir.resolve("b"));
        assertEquals(-1, Files.mismatch(a.file(), b.file()), "data files differ");
        List<Path> notes = notes(dir.resolve("a").resolve(spec.stem()));
        assertEquals(a.sources(), notes.size());
        for (Path note : notes) {
            Path other = dir.resolve("b").resolve(spec.stem()).resolve(note.getFileName());
            assertEquals(-1, Files.mismatch(note, other), "notes differ: " + note.getFileName());
        }
    }

    @Test
    void anotherSeedGivesAnotherFile() throws IOException {
        var a = DatasetGenerator.generate(GeneratorSpec.of(1_000), dir);
        var b = DatasetGenerator.generate(new GeneratorSpec(1_000, 7, GeneratorSpec.Mix.STANDARD, 40), dir);
        assertNotEquals(-1, Files.mismatch(a.file(), b.file()));
    }

    @Test
    void listsHaveTheCountedSizesAndAddUpToTheRecordsAskedFor() throws IOException {
        for (var spec : List.of(GeneratorSpec.of(1_000),
                new GeneratorSpec(2_000, 1, GeneratorSpec.Mix.PLACES, 40))) {
            var summary = DatasetGenerator.generate(spec, dir);
            JsonNode root = new ObjectMapper().readTree(summary.file().toFile());
            var c = summary.counts();
            assertEquals(List.of(c.countries(), c.places(), c.venues(), c.organisations(), c.people(), c.events()),
                    LISTS.stream().map(l -> root.get(l).size()).toList());
            assertEquals(spec.records(), LISTS.stream().mapToInt(l -> root.get(l).size()).sum());
            assertEquals(summary.sources(), root.get("sources").size());
        }
    }

    @Test
    void everyQuoteIsInTheNoteItCitesWithWhitespaceRunsMatchingAnyWhitespace() throws IOException {
        var summary = DatasetGenerator.generate(GeneratorSpec.of(1_000), dir);
        JsonNode root = new ObjectMapper().readTree(summary.file().toFile());
        Map<String, String> texts = new HashMap<>();
        for (JsonNode source : root.get("sources")) {
            texts.put(source.get("id").asText(), Files.readString(dir.resolve(source.get("file").asText())));
        }
        List<JsonNode> citations = new ArrayList<>();
        collectCitations(root, citations);
        int quoted = 0;
        boolean wrappedQuote = false;
        for (JsonNode c : citations) {
            if (c.has("quote")) {
                String text = texts.get(c.get("source").asText());
                String quote = c.get("quote").asText();
                String regex = Stream.of(quote.split(" ")).map(Pattern::quote).reduce((x, y) -> x + "\\s+" + y).orElseThrow();
                assertTrue(Pattern.compile(regex).matcher(text).find(), () -> "not in its note: " + c);
                wrappedQuote |= !text.contains(quote);
                quoted++;
            }
        }
        assertTrue(quoted > 1_000, "quotes checked: " + quoted);
        assertTrue(wrappedQuote, "some quote should cross a line break, as in the real note");
    }

    private static void collectCitations(JsonNode node, List<JsonNode> out) {
        if (node.isObject() && node.has("basis")) {
            out.add(node);
        }
        node.forEach(child -> collectCitations(child, out));
    }

    private static List<Path> notes(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.sorted().toList();
        }
    }
}
