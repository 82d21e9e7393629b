package app.delegations.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.delegations.text.Bundle;
import app.delegations.text.Msg;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every problem an officer meets when opening a data file says how to fix it, in English and in Polish: the
 * problem dialog's "How to fix it" column is never blank for an error, and a remedy only uses the arguments its
 * message is given. Past 250 lines because the check of those arguments reads the call sites in the sources.
 */
class RemediesTest {
    private static final Bundle ENGLISH = Bundle.of("en");
    private static final Bundle POLISH = Bundle.of("pl");
    /** An argument left as it was written: {@code {2}} where the message was given fewer arguments. */
    private static final Pattern UNFILLED = Pattern.compile("\\{\\d");

    @TempDir
    Path dir;

    /** The errors of a result whose remedy is missing, blank or not filled in, in one language. */
    private static List<String> withoutRemedy(LoadResult r, Bundle texts) {
        var missing = new ArrayList<String>();
        for (Problem p : r.problems()) {
            if (p.severity() != Problem.Severity.ERROR) {
                continue;
            }
            String fix = texts.fix(p.text());
            if (fix == null || fix.isBlank() || UNFILLED.matcher(fix).find()) {
                missing.add(p.format(texts));
            }
        }
        return missing;
    }

    private static void assertEveryErrorSaysHowToFixIt(String name, LoadResult r) {
        assertFalse(r.problems().isEmpty(), name + " gives problems");
        assertEquals(List.of(), withoutRemedy(r, ENGLISH), name + ": errors without a remedy in English");
        assertEquals(List.of(), withoutRemedy(r, POLISH), name + ": errors without a remedy in Polish");
    }

    @Test
    void everyErrorOfTheBadCorpusSaysHowToFixIt() throws IOException {
        var names = new TreeSet<String>();
        try (Stream<Path> files = Files.list(TestFiles.resource("bad"))) {
            files.filter(Files::isRegularFile).map(f -> f.getFileName().toString())
                    .filter(n -> !n.equals("expectations.tsv")).forEach(names::add);
        }
        assertTrue(names.size() >= 45, "the corpus is there: " + names.size());
        for (String name : names) {
            assertEveryErrorSaysHowToFixIt(name, new DatasetLoader().load(TestFiles.resource("bad/" + name)));
        }
    }

    /** The fixture with one mistake, beside its source texts, as an officer's copy of a data file. */
    private LoadResult withMistake(String name, String from, String to) throws IOException {
        Path fixture = TestFiles.fixture();
        String json = Files.readString(fixture, StandardCharsets.UTF_8);
        assertTrue(json.contains(from), "the fixture has " + from);
        copySources();
        Path file = dir.resolve(name);
        Files.writeString(file, json.replaceFirst(Pattern.quote(from), Matcher.quoteReplacement(to)),
                StandardCharsets.UTF_8);
        LoadResult r = new DatasetLoader().load(file);
        assertEveryErrorSaysHowToFixIt(name, r);
        return r;
    }

    private void copySources() throws IOException {
        Path sources = dir.resolve("sources");
        Files.createDirectories(sources);
        try (Stream<Path> texts = Files.list(TestFiles.fixture().resolveSibling("sources"))) {
            for (Path t : texts.toList()) {
                Files.copy(t, sources.resolve(t.getFileName().toString()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    private static Problem first(LoadResult r) {
        return r.problems().get(0);
    }

    @Test
    void anImpossibleDateSaysHowManyDaysTheMonthHas() throws IOException {
        Problem p = first(withMistake("date.json", "\"start\": \"2019-03-12\"", "\"start\": \"2016-11-31\""));
        assertEquals("oczekiwano daty w postaci 2016-11-30; jest: \"2016-11-31\" (nie ma dnia 31 listopada)",
                POLISH.what(p.text()));
        assertEquals("wpisz istniejącą datę (ostatni dzień listopada to 30)", POLISH.fix(p.text()));
        assertEquals("write a date that exists (November has 30 days)", ENGLISH.fix(p.text()));
    }

    @Test
    void aTwentyNinthOfFebruaryOutsideALeapYearSaysSo() throws IOException {
        Problem p = first(withMistake("leap.json", "\"start\": \"2019-03-12\"", "\"start\": \"2019-02-29\""));
        assertEquals("wpisz istniejącą datę (luty 2019 roku ma 28 dni)", POLISH.fix(p.text()));
        assertEquals("write a date that exists (February 2019 has 28 days)", ENGLISH.fix(p.text()));
    }

    @Test
    void aBadDateInAOneLineFileSaysHowToFixIt() throws IOException {
        String json = Files.readString(TestFiles.fixture(), StandardCharsets.UTF_8);
        copySources();
        Path file = dir.resolve("one-line.json");
        Files.writeString(file, json.replace("\n", " ").replace("\"2019-03-12\"", "\"2019-3-12\""),
                StandardCharsets.UTF_8);
        LoadResult r = new DatasetLoader().load(file);
        assertEveryErrorSaysHowToFixIt("one-line.json", r);
        assertEquals(1, first(r).line(), "a one-line file");
        assertEquals("wpisz datę jako rok-miesiąc-dzień cyframi, np. 2016-11-30", POLISH.fix(first(r).text()));
    }

    @Test
    void anUnknownCountryCodeSaysToDefineTheCountryOrCorrectTheCode() throws IOException {
        Problem p = first(withMistake("country.json", "\"country\": \"LT\"", "\"country\": \"XQ\""));
        assertEquals("w tym pliku nie zdefiniowano kraju o identyfikatorze \"XQ\"", POLISH.what(p.text()));
        assertEquals("dodaj w tym pliku definicję kraju o identyfikatorze \"XQ\" albo popraw identyfikator",
                POLISH.fix(p.text()));
        assertEquals("define a country with the id \"XQ\" in this file, or correct the id", ENGLISH.fix(p.text()));
    }

    @Test
    void aCountryCodeOutsideIsoSaysWhatACodeLooksLike() throws IOException {
        Problem p = first(withMistake("iso.json", "\"code\": \"LT\"", "\"code\": \"XQ\""));
        assertEquals("wpisz dwuliterowy kod kraju według ISO 3166-1, np. \"BG\" dla Bułgarii", POLISH.fix(p.text()));
    }

    @Test
    void aMissingBracketSaysHowToFixIt() throws IOException {
        withMistake("bracket.json", "\"places\": [", "\"places\": ");
        withMistake("bracket-end.json", "\"fields\": [\"start\", \"end\"]", "\"fields\": [\"start\", \"end\"");
    }

    @Test
    void aDuplicateIdSaysWhereTheOtherIsAndThatOneNeedsAnotherId() throws IOException {
        LoadResult r = withMistake("duplicate.json", "\"id\": \"vilnius-county\"", "\"id\": \"vilnius\"");
        Problem p = first(r);
        assertEquals("powtórzony identyfikator \"vilnius\" (ma go już miejsce w wierszu 44)", POLISH.what(p.text()));
        assertEquals("nadaj temu rekordowi inny identyfikator; jeśli oba rekordy opisują to samo, połącz je "
                + "w jeden", POLISH.fix(p.text()));
        assertEquals("duplicate id \"vilnius\" (a place on line 44 has it already)", ENGLISH.what(p.text()));
        assertEquals("give this record another id; if both records describe the same thing, merge them into one",
                ENGLISH.fix(p.text()));
    }

    /**
     * The arguments a message is given where the code names it: {@code Msg.of("key", a, b)} gives it two, and so
     * does {@code Msg.of(newer ? "key.newer" : "key", a, b)} to each key; the fewest over its call sites.
     */
    private static Map<String, Integer> argumentsAtCallSites() throws IOException {
        var counts = new HashMap<String, Integer>();
        Pattern call = Pattern.compile("(Msg\\.count\\()?\"([a-z][a-zA-Z0-9]*(?:\\.[a-zA-Z0-9]+)+)\"");
        List<Path> sources;
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/app/delegations"))) {
            sources = files.filter(f -> f.toString().endsWith(".java")).toList();
        }
        for (Path f : sources) {
            String text = Files.readString(f);
            Matcher m = call.matcher(text);
            while (m.find()) {
                int args = topLevelArguments(text, m.end()) - (m.group(1) != null ? 1 : 0);
                counts.merge(m.group(2), args, Math::min);
            }
        }
        return counts;
    }

    /** How many arguments follow, in the call it stands in, the string literal that ends at {@code from}. */
    private static int topLevelArguments(String text, int from) {
        int depth = 0;
        int commas = 0;
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\'') {
                for (i++; i < text.length() && text.charAt(i) != c; i++) {
                    if (text.charAt(i) == '\\') {
                        i++;
                    }
                }
            } else if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if (c == ')' || c == ']' || c == '}') {
                if (depth == 0) {
                    return commas;
                }
                depth--;
            } else if (c == ',' && depth == 0) {
                commas++;
            }
        }
        return commas;
    }

    private static Properties bundle(String name) throws IOException {
        var p = new Properties();
        try (InputStream in = RemediesTest.class.getResourceAsStream("/app/delegations/i18n/" + name)) {
            assertNotNull(in, name);
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    /** How many arguments a pattern reads: its highest index plus one. */
    private static int arguments(String pattern) {
        return new MessageFormat(pattern).getFormatsByArgumentIndex().length;
    }

    @Test
    void aRemedyUsesOnlyTheArgumentsItsMessageIsGiven() throws IOException {
        Map<String, Integer> given = argumentsAtCallSites();
        Properties en = bundle("messages.properties");
        Properties pl = bundle("messages_pl.properties");
        var wrong = new TreeSet<String>();
        int remedies = 0;
        for (String key : en.stringPropertyNames()) {
            if (!key.endsWith(".fix")) {
                continue;
            }
            remedies++;
            String base = key.substring(0, key.length() - ".fix".length());
            if (!en.containsKey(base)) {
                continue; // not a remedy: a text whose key ends so, like the title of the column of remedies
            }
            assertTrue(pl.containsKey(key), key + " is in Polish too");
            int message = Math.max(arguments(en.getProperty(base)), arguments(pl.getProperty(base)));
            int allowed = given.getOrDefault(base, message);
            for (Properties b : List.of(en, pl)) {
                if (arguments(b.getProperty(key)) > allowed) {
                    wrong.add(key + " reads {" + (arguments(b.getProperty(key)) - 1) + "}, " + base + " is given "
                            + allowed);
                }
            }
        }
        assertTrue(remedies >= 100, "the remedies are there: " + remedies);
        assertEquals(new TreeSet<String>(), wrong);
    }

    /** The same, on the messages the corpus really gives: a remedy reads no argument its message lacks. */
    @Test
    void theRemediesOfTheCorpusAreFilledIn() throws IOException {
        var names = new TreeSet<String>();
        try (Stream<Path> files = Files.list(TestFiles.resource("bad"))) {
            files.filter(Files::isRegularFile).map(f -> f.getFileName().toString())
                    .filter(n -> !n.equals("expectations.tsv")).forEach(names::add);
        }
        for (String name : names) {
            for (Problem p : new DatasetLoader().load(TestFiles.resource("bad/" + name)).problems()) {
                assertFilledIn(name, p.text());
            }
        }
    }

    private static void assertFilledIn(String name, Msg m) {
        for (Bundle b : List.of(ENGLISH, POLISH)) {
            String key = m.keyIn(b.locale()) + ".fix";
            if (b.has(key)) {
                assertTrue(arguments(b.get(key)) <= m.args().size(),
                        name + ": " + key + " reads more than the " + m.args().size() + " arguments of " + m);
            }
        }
        for (Object a : m.args()) {
            if (a instanceof Msg inner) {
                assertFilledIn(name, inner);
            }
        }
    }
}
