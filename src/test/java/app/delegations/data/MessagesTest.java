package app.delegations.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import app.delegations.text.Bundle;
import app.delegations.text.Msg;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The wording and place of the messages not covered by the corpus in src/test/resources/bad. */
class MessagesTest {

    private static String first(byte[] bytes) {
        LoadResult r = DatasetLoader.parse("t.json", bytes, SourceFiles.bundled("/nowhere/"), LoadProgress.NONE);
        Bounded.assertPlain(r);
        Problem p = r.problems().get(0);
        return p.format().substring("t.json:".length());
    }

    private static String first(String json) {
        return first(json.getBytes(StandardCharsets.UTF_8));
    }

    /** The problem at {@code path}, as "LINE:COLUMN: path: message". */
    private static String at(String json, String path) {
        LoadResult r = DatasetLoader.parse("t.json", json.getBytes(StandardCharsets.UTF_8),
                SourceFiles.bundled("/nowhere/"), LoadProgress.NONE);
        return r.problems().stream().filter(p -> p.path().equals(path)).findFirst().orElseThrow()
                .format().substring("t.json:".length());
    }

    /** Syntax errors, each in the value of "$schema" (a text the loader reads in full) or at the top. */
    static Stream<Arguments> syntax() {
        return Stream.of(
            Arguments.of("{\"$schema\":\"x\ny\"}", "1:14: this file is not valid JSON: a line break inside a text in "
                    + "quotes must be written as \\n: join the lines, or write \\n where the line should break"),
            Arguments.of("{\"$schema\":\"x\ty\"}", "1:14: this file is not valid JSON: a tab inside a text in quotes "
                    + "must be written as \\t: replace the tab with \\t or a space"),
            Arguments.of("{\"$schema\":\"x\u0007\"}", "1:14: this file is not valid JSON: a control character (code 7) "
                    + "inside a text in quotes must be written as an escape: delete the invisible character (or "
                    + "write it as \\uXXXX)"),
            Arguments.of("{\"$schema\":\"\\x\"}", "1:14: this file is not valid JSON: \\x is not an escape JSON knows "
                    + "(write \\\\ for a backslash): write a backslash as \\\\, or delete it"),
            Arguments.of("{\"$schema\":\"\\u12g4\"}", "1:17: this file is not valid JSON: \\u must be followed by four "
                    + "hexadecimal digits: write four hexadecimal digits after \\u, e.g. \\u00e9"),
            Arguments.of("{\"$schema\":07}", "1:12: this file is not valid JSON: a number cannot start with 0 "
                    + "(write 7, "
                    + "not 07): delete the leading 0"),
            Arguments.of("{\"$schema\":+7}", "1:12: this file is not valid JSON: a number cannot start with + "
                    + "(write 7, "
                    + "not +7): delete the +"),
            Arguments.of("{\"$schema\":1.}", "1:12: this file is not valid JSON: this number is not written as JSON "
                    + "requires (e.g. 12, -3.5, 1.5e3): write the number in digits, with a minus and a decimal "
                    + "point if needed, e.g. -3.5"),
            Arguments.of("{\"$schema\":[1}", "1:14: this file is not valid JSON: } closes an object, but the list [ "
                    + "opened on line 1 is not closed yet (missing ]): add the missing ] before the }"),
            Arguments.of("{\"$schema\":1]", "1:13: this file is not valid JSON: ] closes a list, but the object { "
                    + "opened "
                    + "on line 1 is not closed yet (missing }): add the missing } before the ]"),
            Arguments.of("{\"$schema\" 1}", "1:12: this file is not valid JSON: a colon : is missing after the field "
                    + "name (found '1'): add : after the field name"),
            Arguments.of("{a:1}", "1:2: this file is not valid JSON: expected a field name in double quotes, "
                    + "found 'a': "
                    + "write the field name in double quotes, e.g. \"id\""),
            Arguments.of("{\"$schema\":Infinity}", "1:12: this file is not valid JSON: Infinity is not a number JSON "
                    + "allows (leave out a field that has no value): write a number, or leave the field out"),
            Arguments.of("{\"$schema\":-Infinity}", "1:12: this file is not valid JSON: -Infinity is not a number JSON "
                    + "allows (leave out a field that has no value): write a number, or leave the field out"),
            Arguments.of("{\"$schema\":[1 2]}", "1:15: this file is not valid JSON: a comma is missing between two "
                    + "values in a list (found '2'): add a comma after the previous value"),
            Arguments.of("{\"$schema\":'x'}", "1:12: this file is not valid JSON: text must be in double quotes \", "
                    + "not single quotes ': replace the single quotes with double quotes \""),
            Arguments.of("{\"$schema\":\u0001}", "1:12: this file is not valid JSON: a control character (code 1) is "
                    + "not allowed here: delete the invisible character"),
            Arguments.of("]", "1:1: this file is not valid JSON: ] closes nothing: there is no matching [ before it"),
            Arguments.of("{\"$schema\":[", "1:13: the file ends in the middle of a list [ … ] (opened on line 1) — it "
                    + "may have been cut off: add the missing ] at the end, or open a complete copy of the file"),
            Arguments.of("{", "1:2: the file ends in the middle of an object { … } (opened on line 1) — it may have "
                    + "been cut off: add the missing } at the end, or open a complete copy of the file"),
            Arguments.of("{\"$schema\":", "1:12: the file ends in the middle of an object { … } — it may have been "
                    + "cut off: add the missing } at the end, or open a complete copy of the file"),
            Arguments.of("{\"$schema\":\"abc", "1:16: the file ends in the middle of a text in quotes — it may have "
                    + "been cut off: add the closing \" of the text, or open a complete copy of the file"),
            Arguments.of("{\"$schema\":ł}", "1:12: this file is not valid JSON: a text must be in double quotes: ł is "
                    + "written without them: put it in double quotes \"…\""),
            Arguments.of("{\"$schema\": [1, łódź]}", "1:17: this file is not valid JSON: a text must be in double "
                    + "quotes: łódź is written without them: put it in double quotes \"…\""),
            Arguments.of("{\"$schema\":\"x\",\uFEFF\"schemaVersion\":1}", "1:17: this file is not valid JSON: U+FEFF "
                    + "(an invisible byte-order mark) inside the file: delete it (a byte-order mark may only stand at "
                    + "the very start of a file)"),
            Arguments.of("\uFEFF\uFEFF{}", "1:1: this file is not valid JSON: U+FEFF (an invisible byte-order mark) "
                    + "inside the file: delete it (a byte-order mark may only stand at the very start of a file)"),
            Arguments.of("{\"$schema\":\"abc, \"schemaVersion\": 1}", "1:12: this file is not valid JSON: a text is "
                    + "not closed: the closing \" of the text that starts here is missing"),
            Arguments.of("{\"$schema\":\n  \"abc,\n \"schemaVersion\": 1}", "2:3: this file is not valid JSON: a text "
                    + "is not closed: the closing \" of the text that starts here is missing"),
            Arguments.of("\"just text\"", "1:1: expected the data file (an object { … }), found a single value: a "
                    + "data file holds one JSON object { … }"));
    }

    /** A syntax error ends the reading, so it is the last problem (a type error may come before it). */
    @ParameterizedTest
    @MethodSource("syntax")
    void syntaxMessages(String json, String expected) {
        LoadResult r = DatasetLoader.parse("t.json", json.getBytes(StandardCharsets.UTF_8),
                SourceFiles.bundled("/nowhere/"), LoadProgress.NONE);
        Bounded.assertPlain(r);
        assertEquals(expected, r.problems().get(r.problems().size() - 1).format().substring("t.json:".length()));
    }

    @Test
    void schemaVersionMessages() {
        assertEquals("1:19: schemaVersion: expected the whole number 1, found the number 1.0: write the whole "
                + "number 1 here",
                at("{\"schemaVersion\": 1.0}", "schemaVersion"));
        assertEquals("1:19: schemaVersion: version 0 of the format is not supported: this app reads version 1",
                at("{\"schemaVersion\": 0}", "schemaVersion"));
        assertEquals("1:19: schemaVersion: expected the whole number 1, found the number 99999999999: write the "
                + "whole number 1 here",
                at("{\"schemaVersion\": 99999999999}", "schemaVersion"));
    }

    @Test
    void encodings() {
        assertEquals("1:1: this file is UTF-16 text, not UTF-8: save it as UTF-8 (in most editors: Save as… → "
                + "Encoding: "
                + "UTF-8)", first("{}".getBytes(StandardCharsets.UTF_16BE)));
        assertEquals("1:1: this file is UTF-16 text, not UTF-8: save it as UTF-8 (in most editors: Save as… → "
                + "Encoding: "
                + "UTF-8)", first("{}".getBytes(StandardCharsets.UTF_16LE)));
        assertEquals("1:1: this file is UTF-32 text, not UTF-8: save it as UTF-8 (in most editors: Save as… → "
                + "Encoding: "
                + "UTF-8)", first(new byte[] {0, 0, 0, '{', 0, 0, 0, '}'}));
        assertEquals("1:1: this file is UTF-32 text, not UTF-8: save it as UTF-8 (in most editors: Save as… → "
                + "Encoding: "
                + "UTF-8)", first(new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 0, '{', 0, 0, 0}));
        String notUtf8 = "this file is not valid UTF-8 text: the byte 0x%s here does not form a character (was "
                + "the file "
                + "saved in another encoding, such as Windows-1250?); save it as UTF-8 (in most editors: Save as… → "
                + "Encoding: UTF-8)";
        assertEquals("1:3: " + String.format(notUtf8, "C0"), first(new byte[] {'{', '"', (byte) 0xC0, (byte) 0xAF}),
                "an overlong form");
        assertEquals("1:3: " + String.format(notUtf8, "ED"), first(new byte[] {'{', '"', (byte) 0xED, (byte) 0xA0,
            (byte) 0x80}), "a UTF-16 surrogate written as UTF-8");
        assertEquals("1:3: " + String.format(notUtf8, "F4"), first(new byte[] {'{', '"', (byte) 0xF4, (byte) 0x90,
            (byte) 0x80, (byte) 0x80}), "past U+10FFFF");
        assertEquals("2:2: " + String.format(notUtf8, "C5"), first(new byte[] {'{', '\n', '"', (byte) 0xC5}),
                "a sequence cut off at the end");
        assertEquals("1:1: the file is empty: it holds only a byte-order mark (an invisible mark that text starts "
                + "here); a data file holds one JSON object { … }: write the data into it as one JSON object { … "
                + "}, or choose another file", first(new byte[] {(byte) 0xEF, (byte) 0xBB,
                    (byte) 0xBF}), "only a byte-order mark: valid UTF-8, and empty");
        assertEquals("1:3: this file contains a NUL byte: it looks like binary data, not text",
                first(new byte[] {'{', ' ', 0, '}'}));
    }

    @Test
    void columnsCountCharactersNotBytes() {
        String json = "{\"$schema\": \"żółć\", \"schemaVersion\": \"x\"}";
        assertEquals("1:38: schemaVersion: expected the whole number 1, found the text \"x\": write the whole "
                + "number 1 here", at(json, "schemaVersion"));
        assertEquals("1:38: schemaVersion: expected the whole number 1, found the text \"x\": write the whole "
                + "number 1 here",
                at(json.replace("\"żółć\"", "\"\ud83d\ude00\ud83d\ude00\ud83d\ude00\ud83d\ude00\""), "schemaVersion"),
                "code points, not UTF-16 units or bytes");
        assertEquals("2:1: schemaVersion: expected the whole number 1, found the text \"x\": write the whole "
                + "number 1 here",
                at("{\"schemaVersion\":\r\"x\"}", "schemaVersion"), "a lone CR ends a line");
        assertEquals("2:1: schemaVersion: expected the whole number 1, found the text \"x\": write the whole "
                + "number 1 here",
                at("{\"schemaVersion\":\r\n\"x\"}", "schemaVersion"), "CRLF is one line end");
    }

    @Test
    void dates() {
        assertEquals(LocalDate.of(2016, 2, 29), Dates.parse("2016-02-29"));
        assertNull(Dates.parse("2015-02-29"));
        assertEquals("expected a date like 2016-11-30, found \"2015-02-29\" (there is no 29 February in 2015): "
                + "write a date that exists (February 2015 has 28 days)",
                english(Dates.explain("2015-02-29")));
        assertEquals("expected a date like 2016-11-30, found \"2016-13-01\" (there is no month 13): write the "
                + "month as 01 to 12",
                english(Dates.explain("2016-13-01")));
        assertEquals("expected a date like 2016-11-30, found \"2016-04-31\" (there is no 31 April): write a date "
                + "that exists (April has 30 days)",
                english(Dates.explain("2016-04-31")));
        assertEquals("expected a date like 2016-11-30, found \"30.11.2016\": write the date as year-month-day in "
                + "digits, e.g. 2016-11-30", english(Dates.explain("30.11.2016")));
        assertEquals("expected a date like 2016-11-30, found \"2016-11-30T10:00\": write the date as "
                + "year-month-day in digits, e.g. 2016-11-30", english(Dates.explain("2016-11-30T10:00")));
        assertEquals("expected a date like 2016-11-30, found \"0000-01-01\" (there is no year 0): write a year "
                + "from 0001 on",
                english(Dates.explain("0000-01-01")));
    }

    @Test
    void suggestions() {
        assertEquals(" (did you mean \"country\"?)", Suggest.didYouMean("cuntry", List.of("id", "kind", "country")));
        assertEquals(" (did you mean \"country\"?)", Suggest.didYouMean("contry", List.of("country", "coordinates")));
        assertEquals(" (did you mean \"PL\"?)", Suggest.didYouMean("pl", List.of("PL", "RU")));
        assertEquals(" (did you mean \"kind\"?)", Suggest.didYouMean("kidn", List.of("id", "kind")), "a swap is "
                + "one edit");
        assertEquals("", Suggest.didYouMean("weather", List.of("id", "kind", "country")));
    }

    @Test
    void sourceFileNames() {
        assertNull(english(SourceFiles.checkName("sources/note.txt")));
        assertEquals("is outside the data file's folder: \"..\" is not allowed",
                english(SourceFiles.checkName("sources/../../etc/passwd")));
        assertEquals("is an absolute path: give it relative to the data file's folder",
                english(SourceFiles.checkName("C:/Windows/win.ini")));
        assertEquals("uses \\ between folder names: use /", english(SourceFiles.checkName("sources\\note.txt")));
        assertEquals("is not a plain relative path (it has an empty or \".\" part): write a path like "
                + "notes/visit-2019.txt, without empty or \".\" parts",
                english(SourceFiles.checkName("./sources/note.txt")));
        assertEquals("has a control character in its name: write the name without it (and rename the file if its "
                + "name has it)", english(SourceFiles.checkName("note\u0000.txt")));
        assertEquals("has an empty name: write the name of the file that holds the text of the source, relative "
                + "to the data file's folder", english(SourceFiles.checkName("")));
    }

    @Test
    void quoteIndexFoldsWhitespaceBothWays() {
        var index = new QuoteIndex("Udział w Kongresie\n\nwzięli  przedstawiciele\u00a015 miast");
        long r = index.find("Kongresie wzięli przedstawiciele 15");
        assertEquals(9, r >>> 32);
        assertEquals("Kongresie\n\nwzięli  przedstawiciele\u00a015",
                "Udział w Kongresie\n\nwzięli  przedstawiciele\u00a015 miast".substring((int) (r >>> 32), (int) r));
        assertEquals(-1, index.find("Kongres ie"));
        assertEquals(-1, index.find("   "));
        assertEquals("it matches the source up to \"Udział w Kongresie\", then the source has \" wzięli prze\" where "
                + "the quote has \"m\": copy the quote word for word from the text of the "
                + "source", english(index.mismatch("Udział w Kongresiem")));
    }

    private static String english(Msg m) {
        return m == null ? null : Bundle.english().text(m);
    }
}
