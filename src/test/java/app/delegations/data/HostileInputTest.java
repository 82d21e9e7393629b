package app.delegations.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.delegations.text.Bundle;
import app.delegations.text.Msg;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile files made at run time (too big to commit): each gets one located, plain problem, in bounded time
 * and memory (the test JVM has a 1 GB heap).
 */
class HostileInputTest {
    private static final long MB = 1 << 20;

    @TempDir
    Path dir;

    private final DatasetLoader loader = new DatasetLoader();

    private Path write(String name, byte[] bytes) throws IOException {
        Path p = dir.resolve(name);
        Files.write(p, bytes);
        return p;
    }

    private static void assertOnly(LoadResult r, int line, int column, String message) {
        assertEquals(LoadResult.Status.INVALID, r.status(), r.problems().toString());
        assertEquals(1, r.problems().size(), r.problems().toString());
        Problem p = r.problems().get(0);
        assertEquals(message, p.message());
        assertEquals(line + ":" + column, p.line() + ":" + p.column());
    }

    @Test
    void twoHundredThousandNestedBrackets() throws IOException {
        Path f = write("nested.json", "[".repeat(200_000).getBytes(StandardCharsets.US_ASCII));
        LoadResult r = Bounded.load(5, 16 * MB, () -> loader.load(f));
        assertOnly(r, 1, 1, "expected the data file (an object { … }), found a list [ … ]: a data file holds one "
                + "JSON object { … }");

        Path inList = write("nested-in-list.json", ("{\"schemaVersion\": 1, \"places\": " + "[".repeat(200_000))
                .getBytes(StandardCharsets.US_ASCII));
        LoadResult r2 = Bounded.load(5, 16 * MB, () -> loader.load(inList));
        assertEquals(List.of("1:33: place 1: expected a place (an object { … }), found a list [ … ]: write a "
                + "place (an object { … }) here",
                "1:95: the data is nested more than 64 levels deep (objects and lists inside each other); a data file "
                        + "needs far fewer: check that this is a data file of this app: its objects and lists are "
                        + "nested only a few levels deep"), r2.problems().stream().map(HostileInputTest::at).toList());
    }

    @Test
    void twoHundredThousandNestedObjectsInsideAField() throws IOException {
        Path f = write("nested-objects.json", ("{\"schemaVersion\": 1, \"places\": [" + "{\"a\":".repeat(200_000))
                .getBytes(StandardCharsets.US_ASCII));
        LoadResult r = Bounded.load(5, 16 * MB, () -> loader.load(f));
        assertEquals(1, r.problems().size(), r.problems().toString());
        assertTrue(r.problems().get(0).message().startsWith("the data is nested more than 64 levels deep"));
    }

    @Test
    void sixtyMegabyteStringInAKnownField() throws IOException {
        var sb = new StringBuilder(61_000_000).append("{\n  \"schemaVersion\": 1,\n  \"$schema\": \"");
        sb.append("x".repeat(60_000_000)).append("\"\n}\n");
        Path f = write("long-string.json", sb.toString().getBytes(StandardCharsets.US_ASCII));
        sb.setLength(0);
        LoadResult r = Bounded.load(10, 200 * MB, () -> loader.load(f));
        assertOnly(r, 3, 14, "a text in quotes is longer than 1,000,000 characters: shorten the text to at most "
                + "1,000,000 characters");
    }

    @Test
    void sixtyMegabyteStringInAnUnknownFieldIsSkippedNotHeld() throws IOException {
        String json = "{\"schemaVersion\": 1, \"junk\": \"" + "é".repeat(30_000_000) + "\"}";
        Path f = write("long-unknown.json", json.getBytes(StandardCharsets.UTF_8));
        LoadResult r = Bounded.load(10, 200 * MB, () -> loader.load(f));
        assertEquals(List.of("1:1: missing required fields \"sources\", \"countries\", \"places\", \"venues\", "
                + "\"organisations\", \"people\" and \"events\": add the fields \"sources\", \"countries\", "
                + "\"places\", \"venues\", \"organisations\", \"people\" and \"events\"", "1:22: unknown field "
                + "\"junk\": the data file has the "
                + "fields $schema, schemaVersion, sources, countries, places, venues, organisations, people, events"),
                r.problems().stream().map(HostileInputTest::at).toList());
    }

    @Test
    void numberWithTwoHundredThousandDigits() throws IOException {
        Path f = write("long-number.json", ("{\n  \"schemaVersion\": " + "9".repeat(200_000) + "\n}")
                .getBytes(StandardCharsets.US_ASCII));
        LoadResult r = Bounded.load(5, 64 * MB, () -> loader.load(f));
        assertOnly(r, 2, 20, "a number is longer than 50 characters: write the number in at most 50 characters");
    }

    @Test
    void hugeExponentIsNotInfinity() throws IOException {
        Path f = write("exponent.json", Files.readString(TestFiles.fixture()).replace("\"lat\": "
                + "50.0647", "\"lat\": 1e999")
                .getBytes(StandardCharsets.UTF_8));
        FixtureLoadTest.copyFixtureSources(dir);
        LoadResult r = Bounded.load(5, 64 * MB, () -> loader.load(f));
        assertOnly(r, 37, 31, "latitude 1e999 is out of range: it must be between -90 and 90");
    }

    @Test
    void fileOverTheSizeLimitIsNotRead() throws IOException {
        Path f = dir.resolve("huge.json");
        try (var raf = new RandomAccessFile(f.toFile(), "rw")) {
            raf.setLength(300 * MB); // sparse: no disk, and the loader must not read it
        }
        LoadResult r = Bounded.load(5, 16 * MB, () -> loader.load(f));
        assertEquals(LoadResult.Status.INVALID, r.status());
        assertEquals(List.of(f + ": the file is 300 MB; the most this app reads is 256 MB: split the data into "
                + "files of at most 256 MB and open them together as an archive folder"),
                r.problems().stream().map(Problem::format).toList());
    }

    @Test
    void aFolderIsNotAFile() {
        LoadResult r = Bounded.load(5, 16 * MB, () -> loader.load(dir));
        assertEquals(LoadResult.Status.UNREADABLE, r.status());
        assertEquals(List.of(dir + ": this is a folder, not a data file: choose a .json data file inside it, or "
                + "open the folder as an archive"),
                r.problems().stream().map(Problem::format).toList());
    }

    @Test
    void aMissingFile() {
        Path f = dir.resolve("nothing-here.json");
        LoadResult r = Bounded.load(5, 16 * MB, () -> loader.load(f));
        assertEquals(LoadResult.Status.UNREADABLE, r.status());
        assertEquals(List.of(f + ": there is no such file"), r.problems().stream().map(Problem::format).toList());
    }

    /**
     * An unreadable file, made so even as root (where chmod 000 does not stop reading): a named pipe with no
     * writer. Opening it would block forever; the loader must see it is not a regular file and not open it.
     */
    @Test
    void aNamedPipeIsNotOpened() throws Exception {
        Path fifo = dir.resolve("pipe.json");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).inheritIO().start();
        assertEquals(0, mkfifo.waitFor());
        LoadResult r = Bounded.load(5, 16 * MB, () -> loader.load(fifo));
        assertEquals(LoadResult.Status.UNREADABLE, r.status());
        assertEquals(List.of(fifo + ": this is not a regular file (it is a device, a named pipe or a socket), so it "
                + "is not read: choose a .json data file"), r.problems().stream().map(Problem::format).toList());
    }

    /**
     * chmod 000. When the system refuses the read (any user but root), the result is "permission denied";
     * as root (CI) the system lets root read anyway, and the file then simply loads — both are checked, and
     * the wording of the refusal is pinned below without depending on the user.
     */
    @Test
    void aFileWithoutReadPermission() throws IOException {
        FixtureLoadTest.copyFixtureSources(dir);
        Path f = dir.resolve("locked.json");
        Files.copy(TestFiles.fixture(), f);
        Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("---------"));
        LoadResult r = Bounded.load(5, 16 * MB, () -> loader.load(f));
        if (Files.isReadable(f)) {
            assertEquals(LoadResult.Status.LOADED, r.status(), "root reads a chmod 000 file");
        } else {
            assertEquals(LoadResult.Status.UNREADABLE, r.status());
            assertEquals(List.of(f + ": cannot read this file: permission denied"),
                    r.problems().stream().map(Problem::format).toList());
        }
    }

    @Test
    void permissionDeniedIsSaidInPlainWords() {
        assertEquals("permission denied", english(IoReason.of(new AccessDeniedException("/x/locked.json"))));
        assertEquals("a part of the path is not a folder",
                english(IoReason.of(new NotDirectoryException("/x"))));
        assertEquals("input/output error", english(IoReason.of(new IOException("java.io.IOException: boom"))));
    }

    @Test
    void aPathThroughAFileIsUnreadable() throws IOException {
        Path f = write("plain.json", "{}".getBytes(StandardCharsets.US_ASCII));
        LoadResult r = Bounded.load(5, 16 * MB, () -> loader.load(f.resolve("inside.json")));
        assertEquals(LoadResult.Status.UNREADABLE, r.status());
        assertEquals(List.of(f.resolve("inside.json") + ": cannot read this file: not a directory: check that the "
                + "file exists and that you may read it, then open it again"),
                r.problems().stream().map(Problem::format).toList());
    }

    @Test
    void aSourceLinkedFromOutsideTheDataFolderIsRefused() throws IOException {
        Path data = Files.createDirectories(dir.resolve("data"));
        Path outside = Files.writeString(dir.resolve("secret.txt"), "Gości z Polski");
        Files.createDirectories(data.resolve("sources"));
        Files.createSymbolicLink(data.resolve("sources/note-2019.txt"), outside);
        Path f = data.resolve("d.json");
        Files.copy(TestFiles.fixture(), f);
        LoadResult r = Bounded.load(5, 64 * MB, () -> loader.load(f));
        assertOnly(r, 7, 15, "the source file \"sources/note-2019.txt\" leads outside the data file's folder "
                + "(through a symbolic link): copy the file into the data file's folder and write the name of the "
                + "copy here");
    }

    @Test
    void aDataFileReachedThroughALinkReadsTheSourcesBesideTheRealFile() throws IOException {
        Path link = dir.resolve("linked.json");
        Files.createSymbolicLink(link, TestFiles.fixture());
        LoadResult r = Bounded.load(5, 64 * MB, () -> loader.load(link));
        assertEquals(List.of(), r.problems());
        assertEquals(link.toString(), r.file(), "problems name the file as given");
    }

    @Test
    void aSourceThatIsNotUtf8() throws IOException {
        Path f = dir.resolve("d.json");
        Files.copy(TestFiles.fixture(), f);
        Files.createDirectories(dir.resolve("sources"));
        Files.write(dir.resolve("sources/note-2019.txt"), "Go\u015bci z Polski".getBytes("windows-1250"));
        LoadResult r = Bounded.load(5, 64 * MB, () -> loader.load(f));
        assertOnly(r, 7, 15, "the source file \"sources/note-2019.txt\" is not valid UTF-8 text (line 1, column 3 of "
                + "that file): the byte 0x9C here does not form a character (was the file saved in another encoding, "
                + "such as Windows-1250?); save it as UTF-8 (in most editors: Save as… → Encoding: UTF-8)");
    }

    @Test
    void aSourceThatIsAFolderOrTooLarge() throws IOException {
        Path f = dir.resolve("d.json");
        Files.copy(TestFiles.fixture(), f);
        Files.createDirectories(dir.resolve("sources/note-2019.txt"));
        assertOnly(loader.load(f), 7, 15, "the source file \"sources/note-2019.txt\" is not a regular file: name "
                + "an ordinary text file");

        Files.delete(dir.resolve("sources/note-2019.txt"));
        try (var raf = new RandomAccessFile(dir.resolve("sources/note-2019.txt").toFile(), "rw")) {
            raf.setLength(17 * MB);
        }
        LoadResult r = Bounded.load(5, 16 * MB, () -> loader.load(f));
        assertOnly(r, 7, 15, "the source file \"sources/note-2019.txt\" is larger than 16 MB, the most this app reads "
                + "for a source: split the text into files of at most 16 MB, each cited as a source of its own");
    }

    @Test
    void quotesBeforeTheSourcesListAreStillChecked() throws IOException {
        FixtureLoadTest.copyFixtureSources(dir);
        String json = Files.readString(TestFiles.fixture());
        int from = json.indexOf("  \"sources\": [");
        int to = json.indexOf("  \"countries\": [");
        String sources = json.substring(from, to);
        String reordered = json.substring(0, from) + json.substring(to, json.lastIndexOf('}')).stripTrailing() + ",\n"
                + sources.stripTrailing().replaceAll(",$", "") + "\n}\n";
        Path ok = Files.writeString(dir.resolve("reordered.json"), reordered);
        LoadResult r = loader.load(ok);
        assertEquals(List.of(), r.problems());
        assertEquals(new DatasetLoader().load(TestFiles.fixture()).dataset().orElseThrow().places(),
                r.dataset().orElseThrow().places(), "the quotes' ranges are found as in the usual order");

        Path bad = Files.writeString(dir.resolve("reordered-bad.json"),
                reordered.replace("\"quote\": \"stolicę Litwy\"", "\"quote\": \"stolica Litwy\""));
        LoadResult b = loader.load(bad);
        assertEquals(1, b.problems().size(), b.problems().toString());
        assertEquals("countries[1].evidence[0].quote", b.problems().get(0).path());
        assertEquals(14, b.problems().get(0).line());
    }

    @Test
    void problemsAreCappedAtOneHundredAndTheRestCounted() throws IOException {
        FixtureLoadTest.copyFixtureSources(dir);
        String json = Files.readString(TestFiles.fixture());
        var places = new StringBuilder();
        for (int i = 0; i < 150; i++) {
            places.append("    { \"id\": \"p").append(i).append("\", \"kind\": \"town\", \"names\": { \"pl\": \"a\", "
                    + "\"en\": \"a\", \"native\": \"a\" }, \"country\": \"PL\", \"evidence\": [ { \"basis\": "
                    + "\"reference\", \"reason\": { \"pl\": \"r\", \"en\": \"r\" } } ] },\n");
        }
        Path f = Files.writeString(dir.resolve("many.json"), json.replace("  \"places\": [\n", "  \"places\": [\n"
                + places));
        int firstLine = 2 + (int) json.substring(0, json.indexOf("  \"places\": [")).lines().count();
        LoadResult r = Bounded.load(5, 64 * MB, () -> loader.load(f));
        assertEquals(101, r.problems().size());
        assertEquals(150, r.problemCount());
        assertEquals(50, r.notShown());
        assertEquals(f + ": … and 50 more problems not shown", r.problems().get(100).format());
        assertTrue(r.problems().get(0).message().startsWith("unknown value \"town\""));
        assertEquals(firstLine, r.problems().get(0).line());
        assertEquals(firstLine + 99, r.problems().get(99).line(), "the first hundred, in file order");
    }

    @Test
    void hundredThousandRecordsLoadInBoundedTimeAndMemory() throws IOException {
        Path f = LargeDataset.write(dir, 100_000);
        long size = Files.size(f);
        LoadResult r = Bounded.load(20, 12 * size, () -> loader.load(f));
        assertEquals(List.of(), r.problems());
        assertEquals(50_000, r.dataset().orElseThrow().places().size());
        assertEquals(50_000, r.dataset().orElseThrow().events().size());
    }

    @Test
    void nothingButValidUtf8WithNoObjectAtAll() throws IOException {
        Path f = write("just-text.json", "Gości z Polski".getBytes(StandardCharsets.UTF_8));
        LoadResult r = Bounded.load(5, 16 * MB, () -> loader.load(f));
        assertFalse(r.ok());
        assertEquals("1:1: this file is not valid JSON: unknown word \"Gości\": text must be in double quotes, and "
                + "the only words JSON allows are true, false and null", at(r.problems().get(0)));
    }

    private static String at(Problem p) {
        return p.format().substring(p.file().length() + 1);
    }

    private static String english(Msg m) {
        return m == null ? null : Bundle.english().text(m);
    }
}
