package app.delegations.cli;

import static app.delegations.cli.ValidateCommandTest.resource;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.delegations.bench.ArchiveGenerator;
import app.delegations.bench.ArchiveSpec;
import app.delegations.data.WorldCountries;
import app.delegations.data.write.CanonicalWriter;
import app.delegations.data.write.FileRecords;
import app.delegations.model.Dataset;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code delegations format}: a hand-edited file is rewritten in canonical form with the same records, only when
 * it is not in that form already; {@code --check} changes nothing; a file that does not load is left alone with
 * its problems printed as validate prints them. Exit status 0, 1 (--check found one) or 2.
 */
class FormatCommandTest {
    @TempDir
    Path dir;

    static CommandRun run(String... args) {
        return CommandRun.of(FormatCommand::run, args);
    }

    /** The valid fixture (hand-laid-out, not canonical) with its notes, copied into the temporary folder. */
    private Path handWritten() throws IOException {
        Path valid = Path.of(resource("fixtures/valid/delegations.json"));
        copyFolder(valid.resolveSibling("sources"), dir.resolve("sources"));
        return Files.copy(valid, dir.resolve("visit.json"));
    }

    @Test
    void aHandWrittenFileIsRewrittenInCanonicalFormWithTheSameRecords() throws IOException {
        Path f = handWritten();
        Dataset before = records(f);
        CommandRun r = run("--lang", "en", f.toString());
        assertEquals(0, r.exit(), () -> r.err().toString());
        assertEquals(List.of(f + ": rewritten in canonical form"), r.out());
        assertEquals(List.of(), r.err());
        assertArrayEquals(CanonicalWriter.write(before), Files.readAllBytes(f));
        Dataset after = records(f);
        assertEquals(List.of(before.sources(), before.countries(), before.places(), before.events()),
                List.of(after.sources(), after.countries(), after.places(), after.events()));
        assertEquals(List.of("sources", "visit.json"), names(dir), "no temporary file is left behind");

        CommandRun again = run("--lang", "en", f.toString());
        assertEquals(0, again.exit());
        assertEquals(List.of(f + ": already in canonical form"), again.out());
    }

    @Test
    void checkListsAFileNotInCanonicalFormExitsOneAndChangesNothing() throws IOException {
        Path f = handWritten();
        byte[] before = Files.readAllBytes(f);
        CommandRun r = run("--check", "--lang=en", f.toString());
        assertEquals(1, r.exit());
        assertEquals(List.of(f + ": not in canonical form"), r.out());
        assertArrayEquals(before, Files.readAllBytes(f));
    }

    @Test
    void checkOfTheBundledFileExitsZero() {
        CommandRun r = run("--check", "--lang", "en", "data/congress-2016.json");
        assertEquals(0, r.exit(), () -> r.out() + " " + r.err());
        assertEquals(List.of("data/congress-2016.json: already in canonical form"), r.out());
    }

    @Test
    void aFileThatDoesNotLoadIsLeftAsItIsWithItsProblemsAsValidatePrintsThemAndExitsTwo() throws IOException {
        Path original = Path.of(resource("bad/unknown-country.json"));
        copyFolder(original.resolveSibling("sources"), dir.resolve("sources"));
        Path bad = Files.copy(original, dir.resolve("unknown-country.json"));
        byte[] before = Files.readAllBytes(bad);
        CommandRun r = run("--lang", "en", bad.toString());
        assertEquals(2, r.exit());
        CommandRun validate = ValidateCommandTest.run("--lang", "en", bad.toString());
        assertEquals(validate.err(), r.err().subList(0, r.err().size() - 1), "the problems, as validate prints them");
        assertTrue(r.err().get(0).startsWith(bad + ":47:18: "), r.err().get(0));
        assertEquals(bad + ": not rewritten, it does not load (1 problem)", r.err().get(r.err().size() - 1));
        assertEquals(List.of(), r.out());
        assertArrayEquals(before, Files.readAllBytes(bad));
    }

    @Test
    void aMissingFileCannotBeReadAndExitsTwo() {
        Path missing = dir.resolve("missing.json");
        CommandRun r = run("--lang", "en", missing.toString());
        assertEquals(2, r.exit());
        assertEquals(missing + ": cannot be read", r.err().get(r.err().size() - 1));
    }

    @Test
    void aFolderIsAnArchiveEachOfItsFilesRewrittenWithItsOwnRecords() throws IOException {
        ArchiveGenerator.Summary generated = ArchiveGenerator.generate(new ArchiveSpec(200, 5, 3), dir);
        Path folder = generated.archive();
        CommandRun r = run("--lang", "en", folder.toString());
        assertEquals(0, r.exit(), () -> r.err().toString());
        assertEquals(6, r.out().size(), r.out()::toString);
        assertEquals("5 of 5 files rewritten in canonical form", r.out().get(5));
        CommandRun check = run("--check", "--lang", "en", folder.toString());
        assertEquals(0, check.exit());
        assertEquals(List.of("all 5 files are already in canonical form"), check.out());
        assertEquals(0, ValidateCommandTest.run(folder.toString()).exit(), "the archive still loads");
    }

    @Test
    void aFolderWithAProblemAcrossItsFilesIsLeftAsItIs() throws IOException {
        ArchiveGenerator.Summary generated = ArchiveGenerator.generate(new ArchiveSpec(200, 5, 3), dir);
        Path bad = generated.badArchive();
        byte[] first = Files.readAllBytes(bad.resolve(generated.files().get(0)));
        CommandRun r = run("--lang", "en", bad.toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().get(r.err().size() - 1).startsWith(bad + ": not rewritten, it does not load ("),
                r.err()::toString);
        assertArrayEquals(first, Files.readAllBytes(bad.resolve(generated.files().get(0))));
    }

    @Test
    void theFilesPermissionsAreKept() throws IOException {
        Path f = handWritten();
        if (Files.getFileAttributeView(f, PosixFileAttributeView.class) == null) {
            return; // no POSIX permissions on this file system
        }
        Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rw-r-----"));
        assertEquals(0, run(f.toString()).exit());
        assertEquals("rw-r-----", PosixFilePermissions.toString(Files.getPosixFilePermissions(f)));
    }

    @Test
    void aSymbolicLinkStaysALinkAndTheFileItPointsToIsRewritten() throws IOException {
        Path f = handWritten();
        Path link;
        try {
            link = Files.createSymbolicLink(dir.resolve("link.json"), f.getFileName());
        } catch (UnsupportedOperationException | IOException e) {
            return; // no symbolic links here (Windows without the right)
        }
        assertEquals(0, run(link.toString()).exit());
        assertTrue(Files.isSymbolicLink(link));
        assertTrue(CanonicalWriter.isCanonical(Files.readAllBytes(f), records(f)));
    }

    @Test
    void polishMessages() throws IOException {
        Path f = handWritten();
        assertEquals(List.of(f + ": nie jest w postaci kanonicznej"), run("--check", "--lang", "pl", f.toString()).out());
        assertEquals(List.of(f + ": sprowadzony do postaci kanonicznej"), run("--lang", "pl", f.toString()).out());
        assertEquals(List.of(f + ": już jest w postaci kanonicznej"), run("--lang", "pl", f.toString()).out());
    }

    @Test
    void usageErrorsExitTwo() {
        CommandRun none = run();
        assertEquals(2, none.exit());
        assertEquals("delegations format: no file given", none.err().get(0));
        assertEquals(2, run("--fix", "x.json").exit());
        assertEquals(2, run("--lang", "de", "x.json").exit());
        CommandRun help = run("--help");
        assertEquals(0, help.exit());
        assertTrue(help.out().get(0).startsWith("Usage: delegations format"));
        assertFalse(help.out().isEmpty());
    }

    /** Through the launcher's main class, as a separate process with no display: the real exit status. */
    @Test
    void runsFromTheLauncherWithoutDisplayAndWithoutJavaFx() throws Exception {
        Path f = handWritten();
        Path classLog = dir.resolve("classes.log");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        var pb = new ProcessBuilder(java, "-Xlog:class+load=info:file=" + classLog, "-cp",
                System.getProperty("java.class.path"), "app.delegations.Main", "format", "--check", "--lang", "en",
                f.toString());
        pb.environment().remove("DISPLAY");
        pb.environment().remove("WAYLAND_DISPLAY");
        pb.redirectOutput(dir.resolve("out.txt").toFile());
        pb.redirectError(dir.resolve("err.txt").toFile());
        Process p = pb.start();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "format finished");
        assertEquals(1, p.exitValue());
        assertEquals(List.of(f + ": not in canonical form"), Files.readAllLines(dir.resolve("out.txt")));
        String loaded = Files.readString(classLog);
        assertTrue(loaded.contains("app.delegations.cli.FormatCommand"), "the log lists the app's classes");
        assertFalse(loaded.contains("javafx."), "no JavaFX class is loaded by format");
    }

    private static Dataset records(Path f) {
        FileRecords read = FileRecords.load(f, new WorldCountries());
        assertTrue(read.ok(), () -> read.result().problems().toString());
        return read.records();
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static void copyFolder(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path f : files.toList()) {
                Files.copy(f, to.resolve(f.getFileName()));
            }
        }
    }
}
