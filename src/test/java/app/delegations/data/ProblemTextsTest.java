package app.delegations.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.delegations.text.Bundle;
import app.delegations.text.Msg;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.provider.Arguments;

/**
 * The loader speaks the UI's languages: every problem it gives is a bundle key with arguments (no English
 * sentence made in code), each key is in both bundles, and each renders with its arguments in both languages
 * (no key left showing, no {@code {0}} left unfilled, no MessageFormat quote doubled or swallowed).
 */
class ProblemTextsTest {
    private static final Bundle EN = Bundle.of("en");
    private static final Bundle PL = Bundle.of("pl");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)");

    /** Problems of every kind the corpus and the syntax cases provoke. */
    private static List<Problem> provoked(Path tmp) throws IOException {
        var out = new ArrayList<Problem>();
        var loader = new DatasetLoader();
        try (var files = Files.list(TestFiles.resource("bad"))) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                out.addAll(loader.load(f).problems());
            }
        }
        MessagesTest.syntax().map(Arguments::get).forEach(a -> out.addAll(DatasetLoader.parse("t.json",
                ((String) a[0]).getBytes(StandardCharsets.UTF_8), SourceFiles.bundled("/nowhere/"),
                LoadProgress.NONE).problems()));
        var many = new StringBuilder("{\"schemaVersion\": 1");
        for (int i = 0; i < 130; i++) {
            many.append(", \"x").append(i).append("\": 1");
        }
        out.addAll(DatasetLoader.parse("t.json", many.append('}').toString().getBytes(StandardCharsets.UTF_8),
                SourceFiles.bundled("/nowhere/"), LoadProgress.NONE).problems()); // "… and N more not shown"
        out.addAll(loader.load(tmp.resolve("missing.json")).problems());
        out.addAll(loader.load(tmp).problems());
        out.addAll(DatasetLoader.parse("t.json", ("{\"schemaVersion\": 1, \"countries\": [{\"code\": \"PL\", "
                + "\"names\": {\"pl\": \"Polska\", \"en\": \"Poland\", \"native\": \"Polska\"}, \"evidence\": "
                + "[{\"basis\": \"reference\", \"reason\": \"r\"}], \"founded\": \"2016-02-30\"}]}")
                .getBytes(StandardCharsets.UTF_8), SourceFiles.bundled("/nowhere/"), LoadProgress.NONE).problems());
        return out;
    }

    @Test
    void everyProblemIsAKeyInBothLanguagesAndRendersInEach(@TempDir Path tmp) throws IOException {
        List<Problem> problems = provoked(tmp);
        assertTrue(problems.size() > 80, "the corpus provokes many kinds of problem: " + problems.size());
        var keys = new TreeSet<String>();
        for (Problem p : problems) {
            walk(p.text(), keys);
            for (Bundle b : List.of(EN, PL)) {
                String text = p.message(b);
                assertFalse(text.contains("!" + p.text().key()), text);
                assertFalse(text.matches("(?s).*\\{\\d+\\}.*"), "unfilled: " + text);
                assertFalse(text.contains("''"), "a MessageFormat quote left doubled: " + text);
            }
            assertTrue(!p.message(PL).equals(p.message(EN)) || p.message(EN).startsWith("\""),
                    "said in Polish too: " + p.message(EN));
        }
        for (String key : keys) {
            assertTrue(EN.has(key), "in English: " + key);
            assertTrue(PL.has(key), "in Polish: " + key);
        }
        assertTrue(keys.size() > 60, "many different messages checked: " + keys.size());
    }

    private static void walk(Msg m, TreeSet<String> keys) {
        for (Locale l : List.of(EN.locale(), PL.locale())) {
            keys.add(m.keyIn(l));
        }
        for (Object a : m.args()) {
            assertTrue(a instanceof Msg || a instanceof String || a instanceof Number,
                    m.key() + ": an argument is a value or a word from the bundle, not " + a.getClass());
            if (a instanceof Msg inner) {
                walk(inner, keys);
            }
        }
    }

    /** Both languages use the same arguments, and quotes and braces come out as written. */
    @Test
    void everyKeyUsesTheSameArgumentsInBothLanguagesAndRendersCleanly() {
        for (String key : EN.resources().keySet()) {
            String en = EN.get(key);
            String pl = PL.get(key);
            if (!key.equals("record.name")) { // by design the language's own name of two: {0} Polish, {1} English
                assertEquals(placeholders(en), placeholders(pl), key + ": the same {n} in both languages");
            }
            Object[] args = {3, 4, 5, 6, 7}; // numbers: some patterns format them (choice, number)
            for (String text : List.of(EN.format(key, args), PL.format(key, args))) {
                assertFalse(text.matches("(?s).*\\{\\d.*"), key + ": a placeholder left: " + text);
                assertFalse(text.contains("''"), key + ": a MessageFormat quote left doubled: " + text);
            }
        }
        assertEquals("the field \"x\" appears twice in this object: keep one",
                EN.text(Msg.of("json.duplicateField", "\"x\"")));
        assertEquals("is an absolute path: give it relative to the data file's folder",
                EN.text(Msg.of("sourceFile.absolute")), "an apostrophe is written once");
        assertEquals("give it relative to the data file's folder", EN.fix(Msg.of("sourceFile.absolute")));
        assertEquals("found ':' inside a list [ … ]: a list holds values, not field: value pairs — is a ] missing "
                + "before it?", EN.text(Msg.of("json.colonInList")));
        assertEquals("the file ends in the middle of an object { … } — it may have been cut off",
                EN.format("json.end.object"), "literal braces");
    }

    private static TreeSet<Integer> placeholders(String pattern) {
        var out = new TreeSet<Integer>();
        Matcher m = PLACEHOLDER.matcher(pattern.replaceAll("'[^']*'", ""));
        while (m.find()) {
            out.add(Integer.parseInt(m.group(1)));
        }
        return out;
    }

}
