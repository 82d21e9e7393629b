package app.delegations.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.delegations.text.Bundle;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The corpus in src/test/resources/bad: each file gives exactly the problems listed for it in
 * bad/expectations.tsv (message, path, line and column), no dataset, and nothing else.
 */
class BadFilesTest {

    static Map<String, List<String>> expectations() throws IOException {
        var map = new LinkedHashMap<String, List<String>>();
        for (String line : Files.readAllLines(TestFiles.resource("bad/expectations.tsv"), StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int tab = line.indexOf('\t');
            map.computeIfAbsent(line.substring(0, tab), k -> new ArrayList<>()).add(line.substring(tab + 1));
        }
        return map;
    }

    static Stream<Arguments> corpus() throws IOException {
        return expectations().entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void eachBadFileGivesExactlyItsLocatedProblems(String name, List<String> expected) {
        Path file = TestFiles.resource("bad/" + name);
        LoadResult result = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> new DatasetLoader().load(file));

        assertFalse(result.ok(), "a bad file gives no dataset");
        assertEquals(LoadResult.Status.INVALID, result.status());
        String prefix = file + ":";
        List<String> actual = result.problems().stream().map(BadFilesTest::pinned)
                .map(s -> s.startsWith(prefix) ? s.substring(prefix.length()) : "(other file) " + s)
                .collect(Collectors.toList());
        assertEquals(expected, actual);
        assertTrue(result.problems().stream().allMatch(p -> p.line() >= 1 && p.column() >= 1), "every problem is located");
    }

    /**
     * A problem as the corpus pins it: {@code FILE:LINE:COLUMN: [warning: ]PATH: message}, with the exact JSON path
     * of the value (people read the place in words, {@link Problem#where}, which other tests check).
     */
    private static String pinned(Problem p) {
        String words = p.where(Bundle.english());
        String formatted = p.format();
        return words.isEmpty() || p.path().isEmpty() ? formatted
                : formatted.replaceFirst(java.util.regex.Pattern.quote(words + ": "),
                        java.util.regex.Matcher.quoteReplacement(p.path() + ": "));
    }

    @Test
    void everyFileOfTheCorpusHasExpectations() throws IOException {
        var files = new TreeSet<String>();
        try (Stream<Path> list = Files.list(TestFiles.resource("bad"))) {
            list.filter(Files::isRegularFile).map(p -> p.getFileName().toString())
                    .filter(n -> !n.equals("expectations.tsv")).forEach(files::add);
        }
        assertEquals(files, new TreeSet<>(expectations().keySet()));
        assertTrue(files.size() >= 45, "the corpus holds the hostile and semantic cases: " + files.size());
    }
}
