package app.delegations;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Small classes of one responsibility: a source file of {@code src/main/java} longer than {@value #MAX_LINES}
 * lines (all its lines, as {@code wc -l} counts them) says in its class javadoc why it is longer. The reason is
 * a sentence that starts with <b>"Longer than"</b> or <b>"Past 250 lines"</b> and says <b>"because"</b>, e.g.
 * "Longer than most classes because the per-place entries are kept in parallel arrays, read in one pass." or
 * "Past 250 lines because it is one table from Jackson's wording to ours, read best whole." The test reads the
 * sources (a javadoc is not in the bytecode), so it runs from the project folder, as Maven runs it.
 */
class ClassSizeTest {

    static final int MAX_LINES = 250;

    private static final Path SOURCES = Path.of("src/main/java");

    /** The declaration of the top-level type: a line that starts (unindented) with modifiers and the kind. */
    private static final Pattern TOP_LEVEL_TYPE = Pattern.compile(
            "(?m)^(?:(?:public|protected|private|abstract|final|sealed|non-sealed|static|strictfp)\\s+)*"
                    + "(?:class|interface|enum|record|@interface)\\s");

    /** An annotation, as it may stand between the javadoc and the declaration. */
    private static final Pattern ANNOTATION = Pattern.compile("@[\\w.]+(?:\\([^)]*\\))?");

    /** The reason: a sentence starting "Longer than" or "Past 250 lines" that says "because". */
    private static final Pattern REASON = Pattern.compile(
            "(?:^|[.!?:;]\\s)\\s*(?:Longer than|Past " + MAX_LINES + " lines)\\b[^.!?]*\\bbecause\\b");

    @Test
    void everyClassOverTheLimitSaysWhyInItsJavadoc() throws IOException {
        List<String> unexplained = new ArrayList<>();
        for (Path file : mainSources()) {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            if (lines.size() > MAX_LINES && !explainsItsSize(String.join("\n", lines))) {
                unexplained.add(SOURCES.relativize(file) + " (" + lines.size() + " lines)");
            }
        }
        assertTrue(unexplained.isEmpty(), () -> unexplained.size() + " classes over " + MAX_LINES + " lines do "
                + "not say why in their javadoc (a sentence starting \"Longer than\" or \"Past " + MAX_LINES
                + " lines\" that says \"because\"); split them by responsibility, or give the reason:\n  "
                + String.join("\n  ", unexplained) + "\n");
    }

    @Test
    void theReasonIsFoundOnlyInTheClassJavadoc() {
        assertTrue(explainsItsSize("package p;\n\n/**\n * Parses.\n * Longer than most classes because the\n"
                + " * table is read best whole.\n */\n@SuppressWarnings(\"x\")\npublic final class A {}\n"));
        assertTrue(explainsItsSize("/** A table. Past 250 lines because it is one table. */\nrecord R() {}\n"));
        assertFalse(explainsItsSize("/** Parses. */\nclass A {\n /** Longer than x because y. */ void f() {}\n}\n"),
                "a method's javadoc is not the class's");
        assertFalse(explainsItsSize("/** Longer than most classes. */\nclass A {}\n"), "a reason says because");
        assertFalse(explainsItsSize("class A {}\n"), "no javadoc, no reason");
    }

    @Test
    void theSourcesAreFound() throws IOException {
        assertTrue(mainSources().size() > 100, "the main sources are read from " + SOURCES.toAbsolutePath());
    }

    /** Whether the javadoc right before the top-level type (annotations may stand between) gives the reason. */
    private static boolean explainsItsSize(String source) {
        Matcher declaration = TOP_LEVEL_TYPE.matcher(source);
        if (!declaration.find()) {
            return false;
        }
        String before = source.substring(0, declaration.start());
        int end = before.lastIndexOf("*/");
        int start = end < 0 ? -1 : before.lastIndexOf("/**", end);
        if (start < 0 || !ANNOTATION.matcher(before.substring(end + 2)).replaceAll("").isBlank()) {
            return false;
        }
        String text = before.substring(start + 3, end).replaceAll("(?m)^\\s*\\*", " ");
        return REASON.matcher(text.replaceAll("\\s+", " ").trim()).find();
    }

    private static List<Path> mainSources() throws IOException {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            return files.filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> !p.getFileName().toString().equals("module-info.java"))
                    .filter(p -> !p.getFileName().toString().equals("package-info.java"))
                    .sorted().toList();
        }
    }
}
