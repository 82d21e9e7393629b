package app.delegations.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.delegations.data.DatasetLoader;
import app.delegations.data.LoadResult;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.ref.WeakReference;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code delegations validate}: exit status, problems on stderr as FILE:LINE:COLUMN: message, one summary line. */
class ValidateCommandTest {

    @TempDir
    Path dir;

    static CommandRun run(String... args) {
        return CommandRun.of(ValidateCommand::run, args);
    }

    static String resource(String name) {
        try {
            return Path.of(ValidateCommandTest.class.getResource("/" + name).toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aValidFileExitsZeroWithItsContents() {
        String f = resource("fixtures/valid/delegations.json");
        CommandRun r = run(f);
        assertEquals(0, r.exit());
        assertEquals(List.of(), r.err());
        assertEquals(List.of(f + ": valid (3 places, 2 countries, 3 events)"), r.out());
    }

    @Test
    void aCountryTheFileNamesWithoutDefiningItComesFromTheWorldList() throws IOException {
        Path valid = Path.of(resource("fixtures/valid/delegations.json"));
        String json = Files.readString(valid);
        Files.createDirectories(dir.resolve("sources"));
        try (var notes = Files.list(valid.resolveSibling("sources"))) {
            for (Path note : notes.toList()) {
                Files.copy(note, dir.resolve("sources").resolve(note.getFileName()));
            }
        }
        Path f = Files.writeString(dir.resolve("kyiv.json"), json.replaceFirst("\"country\": "
                + "\"PL\"", "\"country\": \"UA\""));
        CommandRun r = run(f.toString());
        assertEquals(0, r.exit(), () -> String.join("\n", r.err()));
        assertTrue(r.out().get(0).endsWith(": valid (3 places, 3 countries, 3 events)"), () -> r.out().toString());
    }

    @Test
    void theBundledDataFileIsValid() {
        CommandRun r = run("data/congress-2016.json");
        assertEquals(List.of(), r.err());
        assertEquals(List.of("data/congress-2016.json: valid (15 places, 8 countries, 7 events)"), r.out());
        assertEquals(0, r.exit());
    }

    @Test
    void anInvalidFileExitsOneWithLocatedProblemsOnStderr() {
        String f = resource("bad/unknown-country.json");
        CommandRun r = run(f);
        assertEquals(1, r.exit());
        assertEquals(List.of(f + ":47:18: place 2 (Vilnius) › country: \"XX\" is not a country defined in this file: define a "
                + "country with the id \"XX\" in this file, or correct the id"), r.err());
        assertEquals(List.of(f + ": invalid (1 problem)"), r.out());
    }

    @Test
    void everyProblemLineHasFileLineColumn() {
        String f = resource("bad/bad-id.json");
        CommandRun r = run(f);
        assertEquals(1, r.exit());
        assertEquals(2, r.err().size());
        for (String line : r.err()) {
            assertTrue(line.matches(Pattern.quote(f) + ":\\d+:\\d+: .+"), line);
        }
        assertEquals(List.of(f + ": invalid (2 problems)"), r.out());
    }

    @Test
    void severalFilesGiveOneSummaryLine() {
        String good = resource("fixtures/valid/delegations.json");
        CommandRun r = run(good, resource("bad/latitude-91.json"), resource("bad/bad-id.json"));
        assertEquals(1, r.exit());
        assertEquals(3, r.err().size());
        assertEquals(List.of("2 of 3 files have errors (3 problems)"), r.out());

        CommandRun all = run(good, good);
        assertEquals(0, all.exit());
        assertEquals(List.of("all 2 files are valid"), all.out());
    }

    @Test
    void aFileThatCannotBeReadExitsTwo() {
        Path missing = dir.resolve("missing.json");
        CommandRun r = run(missing.toString());
        assertEquals(2, r.exit());
        assertEquals(List.of(missing + ": there is no such file"), r.err());
        assertEquals(List.of(missing + ": cannot be read"), r.out());


        CommandRun mixed = run(resource("bad/latitude-91.json"), missing.toString(), resource("fixtures/valid/delegations.json"));
        assertEquals(2, mixed.exit(), "unreadable wins over invalid");
        assertEquals(List.of("1 of 3 files cannot be read; 1 has errors (2 problems)"), mixed.out());
    }

    @Test
    void warningsDoNotMakeAFileInvalid() throws IOException {
        Files.createDirectories(dir.resolve("sources"));
        Files.copy(Path.of(resource("fixtures/valid/sources/note-2019.txt")), dir.resolve("sources/note-2019.txt"));
        String json = Files.readString(Path.of(resource("fixtures/valid/delegations.json")));
        Path f = Files.writeString(dir.resolve("warn.json"), json.replace("  \"sources\": [\n", "  \"sources\": [\n"
                + "    { \"id\": \"unused\", \"file\": \"sources/note-2019.txt\", \"title\": { \"pl\": \"x\", "
                + "\"en\": \"x\" },"
                + " \"language\": \"pl\" },\n"));
        CommandRun r = run(f.toString());
        assertEquals(0, r.exit());
        assertEquals(List.of(f + ":5:5: warning: source 1 (x): the source \"unused\" is not cited by any record: "
                + "cite it in the \"evidence\" of a record, or delete the source"), r.err());
        assertEquals(List.of(f + ": valid, 1 warning (3 places, 2 countries, 3 events)"), r.out());
    }

    @Test
    void usageErrorsExitTwo() {
        CommandRun none = run();
        assertEquals(2, none.exit());
        assertEquals("delegations validate: no file given", none.err().get(0));
        assertTrue(none.err().contains("Usage: delegations validate [--lang pl|en] FILE|FOLDER..."));

        CommandRun option = run("--strict", resource("fixtures/valid/delegations.json"));
        assertEquals(2, option.exit());
        assertEquals("delegations validate: unknown option --strict", option.err().get(0));
        assertEquals(List.of(), option.out());

        CommandRun help = run("--help");
        assertEquals(0, help.exit());
        assertEquals("Usage: delegations validate [--lang pl|en] FILE|FOLDER...", help.out().get(0));
    }

    @Test
    void doubleDashEndsOptions() throws IOException {
        Path f = dir.resolve("-odd-name.json");
        Files.writeString(f, "{}");
        CommandRun r = run("--", f.toString());
        assertEquals(1, r.exit());
        assertEquals(List.of(f + ":1:1: missing required fields \"schemaVersion\", \"sources\", \"countries\", "
                + "\"places\", \"venues\", \"organisations\", \"people\" and \"events\": add the fields "
                + "\"schemaVersion\", \"sources\", \"countries\", \"places\", \"venues\", \"organisations\", "
                + "\"people\" and \"events\""), r.err());
    }

    /** No character that a terminal acts on: controls (C0, DEL, C1) and bidirectional overrides or isolates. */
    private static void assertNothingATerminalActsOn(List<String> lines) {
        for (String line : lines) {
            for (char c : line.toCharArray()) {
                assertFalse(c < 0x20 || c >= 0x7F && c <= 0x9F || c >= 0x202A && c <= 0x202E
                        || c >= 0x2066 && c <= 0x2069, String.format("U+%04X in %s", (int) c, line));
            }
        }
    }

    @Test
    void controlCharactersFromAFileReachTheTerminalOnlyAsVisibleEscapes() throws IOException {
        String json = Files.readString(Path.of(resource("fixtures/valid/delegations.json")));
        // an unknown field named ESC ] 0 ; pwned BEL (retitles a terminal), one with a C1 CSI + "2J" (clears it)
        // and a right-to-left override, written raw (JSON allows them) and as JSON escapes
        Files.createDirectories(dir.resolve("sources"));
        Files.copy(Path.of(resource("fixtures/valid/sources/note-2019.txt")), dir.resolve("sources/note-2019.txt"));
        Path f = Files.writeString(dir.resolve("evil.json"), "{\n  \"\\u001b]0;pwned\\u0007\": 1, \"\u009b2J\": 2,"
                + " \"x\u202Eyz\\u2066\": 3, \"del\u007f\": 4," + json.substring(json.indexOf('{') + 1));
        CommandRun r = run(f.toString());
        assertEquals(1, r.exit());
        assertEquals(4, r.err().size(), r.err().toString());
        assertNothingATerminalActsOn(r.err());
        assertTrue(r.err().get(0).contains("\\u001B]0;pwned\\u0007"), r.err().get(0));
        assertTrue(r.err().get(1).contains("\\u009B2J"), r.err().get(1));
        assertTrue(r.err().get(2).contains("x\\u202Eyz\\u2066"), r.err().get(2));
        assertTrue(r.err().get(3).contains("del\\u007F"), r.err().get(3));

        Path named = Files.copy(f, dir.resolve("\u001b[2J\u001b]0;pwned\u0007.json"));
        CommandRun byName = run(named.toString());
        assertNothingATerminalActsOn(byName.err());
        assertNothingATerminalActsOn(byName.out());
        assertEquals(List.of(dir + "/\\u001B[2J\\u001B]0;pwned\\u0007.json: invalid (4 problems)"), byName.out());

        CommandRun option = run("--\u001b[2J");
        assertNothingATerminalActsOn(option.err());
        assertEquals("delegations validate: unknown option --\\u001B[2J", option.err().get(0));
    }

    @Test
    void polishLettersAndQuotesArePrintedAsTheyAre() {
        assertEquals("Kraków „Wilno” — ł", TerminalText.escape("Kraków „Wilno” — ł"));
        assertEquals("a\\u000Ab\\u0009c\\u202Dd", TerminalText.escape("a\nb\tc\u202Dd"));
    }

    /**
     * Each file's data is let go once its problems are printed: with 30 large files, holding them all ran out of
     * memory. The loader here is the real one; the test keeps only weak references to what it returned.
     */
    @Test
    void eachFileIsReleasedOnceItIsReported() {
        var loader = new DatasetLoader();
        var returned = new ArrayList<WeakReference<Object>>();
        var stillHeld = new ArrayList<Integer>();
        Function<Path, LoadResult> load = p -> {
            for (int i = 0; i < returned.size(); i++) {
                if (!collected(returned.get(i))) {
                    stillHeld.add(i);
                }
            }
            var result = loader.load(p);
            returned.add(new WeakReference<>(result));
            return result;
        };
        String good = resource("fixtures/valid/delegations.json");
        String bad = resource("bad/latitude-91.json");
        var args = new ArrayList<String>();
        for (int i = 0; i < 10; i++) {
            args.add(i % 3 == 2 ? bad : good);
        }
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        int exit = ValidateCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), load);
        assertEquals(List.of(), stillHeld, "files still held when the next one was read");
        assertEquals(1, exit);
        assertEquals("3 of 10 files have errors (3 problems)\n", out.toString(StandardCharsets.UTF_8));
    }

    /** True once the referent is collected; runs the collector a few times (it clears weak references it finds). */
    private static boolean collected(WeakReference<Object> ref) {
        for (int i = 0; i < 10 && ref.get() != null; i++) {
            System.gc();
        }
        return ref.get() == null;
    }

    /**
     * The launcher's main class as a separate process, with no display: the real exit status, and not one
     * JavaFX class loaded on the way (the class-loading log of the child JVM is checked).
     */
    @Test
    void runsAsAProcessWithoutDisplayAndWithoutJavaFx() throws Exception {
        Path classLog = dir.resolve("classes.log");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        var command = new ArrayList<>(List.of(java, "-Xlog:class+load=info:file=" + classLog,
                "-Duser.language=en", "-Duser.country=GB", "-cp",
                System.getProperty("java.class.path"), "app.delegations.Main", "validate",
                resource("fixtures/valid/delegations.json"), resource("bad/unknown-country.json")));
        var pb = new ProcessBuilder(command);
        pb.environment().remove("DISPLAY");
        pb.environment().remove("WAYLAND_DISPLAY");
        pb.redirectOutput(dir.resolve("out.txt").toFile());
        pb.redirectError(dir.resolve("err.txt").toFile());
        Process p = pb.start();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "validate finished");
        assertEquals(1, p.exitValue());
        assertEquals(List.of("1 of 2 files has errors (1 problem)"), Files.readAllLines(dir.resolve("out.txt")));
        assertEquals(List.of(resource("bad/unknown-country.json")
                        + ":47:18: place 2 (Vilnius) › country: \"XX\" is not a country defined in this file: define a "
                        + "country with "
                        + "the id \"XX\" in this file, or correct the id"),
                Files.readAllLines(dir.resolve("err.txt")));
        String loaded = Files.readString(classLog);
        assertTrue(loaded.contains("app.delegations.cli.ValidateCommand"), "the log lists the app's classes");
        assertFalse(loaded.contains("javafx."), "no JavaFX class is loaded by validate");
        assertFalse(loaded.contains("app.delegations.DesktopLauncher"));
        assertTrue(new File(java).canExecute());
    }

    /** --lang pl: problems and summary in Polish, counts in Polish plural forms. */
    @Test
    void problemsAndSummaryInPolishWithLangPl() {
        CommandRun r = run("--lang", "pl", resource("bad/unknown-country.json"), resource("bad/latitude-91.json"));
        assertEquals(1, r.exit());
        assertEquals(List.of(resource("bad/unknown-country.json") + ":47:18: miejsce 2 (Wilno) › country: w tym pliku nie "
                        + "zdefiniowano kraju o identyfikatorze \"XX\": dodaj w tym pliku definicję kraju o "
                        + "identyfikatorze "
                        + "\"XX\" albo popraw identyfikator",
                resource("bad/latitude-91.json") + ":37:31: miejsce 1 (Kraków) › coordinates.lat: szerokość geograficzna 91 jest "
                        + "poza zakresem: musi wynosić od -90 do 90"), r.err());
        assertEquals(List.of("2 z 2 plików mają błędy (2 problemy)"), r.out());
        assertEquals(List.of("data/congress-2016.json: poprawny (15 miejsc, 8 krajów, 7 wydarzeń)"),
                run("--lang=pl", "data/congress-2016.json").out());
        CommandRun bad = run("--lang", "de", resource("bad/empty.json"));
        assertEquals(2, bad.exit());
        assertEquals("delegations validate: --lang takes pl or en", bad.err().get(0));
    }

    /** Without --lang, the language of the system: Polish on a Polish system, English elsewhere. */
    @Test
    void theLanguageFollowsTheSystemWithoutLang() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("pl-PL"));
            assertEquals(List.of(resource("bad/empty.json") + ":1:1: plik jest pusty: plik danych zawiera jeden obiekt "
                    + "JSON { … }"), run(resource("bad/empty.json")).err());
            assertEquals(List.of(resource("bad/empty.json") + ":1:1: the file is empty: a data file holds one JSON "
                    + "object { … }"), run("--lang", "en", resource("bad/empty.json")).err());
            Locale.setDefault(Locale.forLanguageTag("de-DE"));
            assertEquals(List.of(resource("bad/empty.json") + ": invalid (1 problem)"),
                    run(resource("bad/empty.json")).out(), "English for any language but Polish");
        } finally {
            Locale.setDefault(before);
        }
    }

    /**
     * A faulty record is named as the window's problem table names it, in the language asked for: "wydarzenie 1
     * (IV Międzynarodowy Kongres …) › start", counted from 1, not the JSON path "events[0].start" (tester 4, D10).
     */
    @Test
    void aFaultyRecordIsNamedInWordsFromOneAsInTheWindow() throws IOException {
        Path archive = Files.createDirectories(dir.resolve("broken"));
        Files.createDirectories(archive.resolve("sources"));
        try (var notes = Files.list(Path.of("data/sources"))) {
            for (Path note : notes.toList()) {
                Files.copy(note, archive.resolve("sources").resolve(note.getFileName()));
            }
        }
        String congress = Files.readString(Path.of("data/congress-2016.json"));
        int start = congress.indexOf("\"start\": \"2016-11-29\"");
        assertTrue(start > 0);
        Files.writeString(archive.resolve("congress-2016.json"), congress.substring(0, start)
                + "\"start\": \"2016-11-31\"" + congress.substring(start + "\"start\": \"2016-11-29\"".length()));

        List<String> pl = run("--lang", "pl", archive.toString()).err();
        assertEquals(1, pl.size(), pl::toString);
        assertTrue(pl.get(0).matches(Pattern.quote(archive.resolve("congress-2016.json").toString())
                + ":\\d+:\\d+: wydarzenie 1 \\(IV Międzynarodowy Kongres „St\\. Petersburg i Świat Słowiański.*\\) › start: "
                + "oczekiwano daty .+"), pl.get(0));
        assertFalse(pl.get(0).contains("events[0]"), pl.get(0));
        List<String> en = run("--lang", "en", archive.toString()).err();
        assertTrue(en.get(0).contains(": event 1 (IV International Congress"), en.get(0));
        assertTrue(en.get(0).contains(") › start: "), en.get(0));
    }
}
