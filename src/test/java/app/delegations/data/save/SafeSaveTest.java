package app.delegations.data.save;

import static app.delegations.data.save.SaveFiles.data;
import static app.delegations.data.save.SaveFiles.read;
import static app.delegations.data.save.SaveFiles.stamp;
import static app.delegations.data.save.SaveFiles.write;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import app.delegations.data.ArchiveLoader;
import app.delegations.data.DatasetLoader;
import app.delegations.data.LoadProgress;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.CopyOption;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SafeSaveTest {
    @TempDir
    Path archive;

    private final TestClock clock = new TestClock();

    @Test
    void savingWritesOnlyTheGivenFilesAndGivesTheStampsTheNextSaveExpects() throws IOException {
        Path a = write(archive.resolve("a.json"), data("a", 3, "v1"));
        Path b = write(archive.resolve("b.json"), data("b", 3, "v1"));
        Files.setLastModifiedTime(b, FileTime.fromMillis(1_000_000));
        var save = new SafeSave(archive);

        SaveResult result = save.save(Map.of(a, data("a", 3, "v2")), Map.of(a, stamp(a), b, stamp(b)));

        assertFalse(result.refused());
        assertArrayEquals(data("a", 3, "v2"), read(a));
        assertEquals(Map.of(a, stamp(a)), result.saved());
        assertArrayEquals(data("b", 3, "v1"), read(b));
        assertEquals(1_000_000, Files.getLastModifiedTime(b).toMillis(), "b is not even touched");
        assertTrue(save.save(Map.of(a, data("a", 3, "v3")), result.saved()).saved().containsKey(a),
                "the stamps returned are what the next save expects");
        assertTrue(new DatasetLoader().load(a).ok());
    }

    @Test
    void aFileChangedDeletedOrCreatedOnDiskSinceItWasReadRefusesTheSaveAndNothingIsWritten() throws IOException {
        Path a = write(archive.resolve("a.json"), data("a", 3, "v1"));
        Path b = write(archive.resolve("b.json"), data("b", 3, "v1"));
        Path c = archive.resolve("c.json");
        Path d = write(archive.resolve("d.json"), data("d", 3, "v1"));
        Map<Path, FileStamp> opened = Map.of(a, stamp(a), b, stamp(b), d, stamp(d));
        write(a, data("a", 3, "colleague")); // same size, other bytes
        Files.setLastModifiedTime(a, FileTime.fromMillis(opened.get(a).modified()));
        Files.delete(b);
        write(c, data("c", 3, "colleague"));

        SaveResult result = new SafeSave(archive).save(Map.of(a, data("a", 3, "v2"), b, data("b", 3, "v2"),
                c, data("c", 3, "v2"), d, data("d", 3, "v2")), opened);

        assertTrue(result.refused());
        assertEquals(Map.of(), result.saved());
        Map<Path, DiskChange.Kind> kinds = result.changes().stream().collect(Collectors.toMap(DiskChange::file,
                DiskChange::kind));
        assertEquals(Map.of(a, DiskChange.Kind.MODIFIED, b, DiskChange.Kind.DELETED, c, DiskChange.Kind.CREATED),
                kinds);
        assertArrayEquals(data("a", 3, "colleague"), read(a), "the colleague's version stays");
        assertFalse(Files.exists(b));
        assertArrayEquals(data("c", 3, "colleague"), read(c));
        assertArrayEquals(data("d", 3, "v1"), read(d), "an unchanged file is not written either");
        assertEquals(List.of("a.json", "c.json", "d.json"), names(archive), "no temporary file, no backup");
    }

    @Test
    void theFilesAndTheirStampsMayBeNamedByPathsWrittenDifferently() throws IOException {
        Path a = write(archive.resolve("a.json"), data("a", 3, "v1"));
        Path written = archive.resolve("sub/../a.json");

        SaveResult result = new SafeSave(archive).save(Map.of(written, data("a", 3, "v2")), Map.of(a, stamp(a)));

        assertFalse(result.refused());
        assertEquals(Set.of(written), result.saved().keySet(), "the result names the file as it was given");
        assertArrayEquals(data("a", 3, "v2"), read(a));
    }

    @Test
    void aColleaguesSaveInTheMomentsOfOursStopsOursAtThatFileAndKeepsTheirs() throws IOException {
        Path a = write(archive.resolve("a.json"), data("a", 3, "v1"));
        Path b = write(archive.resolve("b.json"), data("b", 3, "v1"));
        Path c = write(archive.resolve("c.json"), data("c", 3, "v1"));
        Map<Path, FileStamp> opened = Map.of(a, stamp(a), b, stamp(b), c, stamp(c));
        clock.whenAsked(2, () -> write(b, data("b", 3, "colleague!"))); // as b's backup is named

        SaveResult result = new SafeSave(archive, clock, Files::move).save(Map.of(a, data("a", 3, "v2"), b,
                data("b", 3, "v2"), c, data("c", 3, "v2")), opened);

        assertTrue(result.refused());
        assertEquals(List.of(b), result.changes().stream().map(DiskChange::file).toList());
        assertEquals(DiskChange.Kind.MODIFIED, result.changes().get(0).kind());
        assertEquals(Set.of(a), result.saved().keySet(), "a was saved before");
        assertArrayEquals(data("a", 3, "v2"), read(a));
        assertArrayEquals(data("b", 3, "colleague!"), read(b));
        assertArrayEquals(data("c", 3, "v1"), read(c), "nothing after b is written");
        assertEquals(List.of(".backups", "a.json", "b.json", "c.json"), names(archive));
        assertEquals(List.of(), new Backups(archive).of(b));
    }

    @Test
    void aFileTouchedButWithTheSameBytesHasNotChanged() throws IOException {
        Path a = write(archive.resolve("a.json"), data("a", 3, "v1"));
        FileStamp opened = stamp(a);
        Files.setLastModifiedTime(a, FileTime.fromMillis(opened.modified() + 60_000));

        SaveResult result = new SafeSave(archive).save(Map.of(a, data("a", 3, "v2")), Map.of(a, opened));

        assertFalse(result.refused());
        assertArrayEquals(data("a", 3, "v2"), read(a));
    }

    @Test
    void aDataFileThatIsALinkStaysALinkAndTheFileItLeadsToIsSavedWithItsBackup(@TempDir Path elsewhere)
            throws IOException {
        Path shared = write(elsewhere.resolve("shared.json"), data("a", 2, "v1"));
        Path a = Files.createSymbolicLink(archive.resolve("a.json"), shared);
        var save = new SafeSave(archive, clock, Files::move);

        SaveResult result = save.save(Map.of(a, data("a", 2, "v2")), Map.of(a, stamp(a)));

        assertFalse(result.refused());
        assertTrue(Files.isSymbolicLink(a), "the archive still names the shared file, as format leaves it");
        assertArrayEquals(data("a", 2, "v2"), read(shared));
        List<Path> backups = save.backups().of(a);
        assertEquals(1, backups.size());
        assertFalse(Files.isSymbolicLink(backups.get(0)));
        assertArrayEquals(data("a", 2, "v1"), read(backups.get(0)));
        assertEquals(List.of("shared.json"), names(elsewhere), "no temporary file is left beside the shared one");
        assertTrue(save.save(Map.of(a, data("a", 2, "v3")), result.saved()).saved().containsKey(a));
        assertArrayEquals(data("a", 2, "v3"), read(shared));
    }

    @Test
    void eachSaveKeepsThePreviousVersionAndTheLastTenAreKept() throws IOException {
        Path a = write(archive.resolve("a.json"), data("a", 2, "v0"));
        var save = new SafeSave(archive, clock, Files::move);
        FileStamp stamp = stamp(a);
        for (int v = 1; v <= 13; v++) {
            clock.advance(v == 5 ? 0 : 1500); // two saves in one millisecond keep both versions
            stamp = save.save(Map.of(a, data("a", 2, "v" + v)), Map.of(a, stamp)).saved().get(a);
        }

        List<Path> backups = save.backups().of(a);
        assertEquals(Backups.KEEP, backups.size());
        for (int i = 0; i < backups.size(); i++) {
            assertArrayEquals(data("a", 2, "v" + (i + 3)), read(backups.get(i)), "oldest first: v3 … v12");
        }
        assertEquals(archive.resolve(".backups/a.json"), backups.get(0).getParent());
        assertEquals("2026-12-06T09-00-06.000Z.json", backups.get(0).getFileName().toString(), "saved at 6 s");
        assertEquals("2026-12-06T09-00-06.001Z.json", backups.get(1).getFileName().toString(),
                "saved in the same millisecond: named one later");
        assertTrue(Backups.time(backups.get(9)).isAfter(Backups.time(backups.get(8))));
        assertArrayEquals(data("a", 2, "v13"), read(a));
        assertEquals(List.of("a.json"), ArchiveLoader.dataFiles(archive).stream().map(p -> p.getFileName()
                .toString()).toList(), "backups are not data files");
    }

    @Test
    void backupsAreNamedInOrderEvenWhenTheClockGoesBack() throws IOException {
        Path a = write(archive.resolve("a.json"), data("a", 2, "v0"));
        var save = new SafeSave(archive, clock, Files::move);
        FileStamp stamp = stamp(a);
        for (int v = 1; v <= 3; v++) {
            clock.advance(v == 3 ? -3_600_000 : 10);
            stamp = save.save(Map.of(a, data("a", 2, "v" + v)), Map.of(a, stamp)).saved().get(a);
        }
        List<Path> backups = save.backups().of(a);
        assertEquals(3, backups.size());
        assertArrayEquals(data("a", 2, "v2"), read(backups.get(2)), "the newest version replaced sorts last");
    }

    @Test
    void aCrashesLeftoversAreNoDataFilesAndTheNextSaveDeletesThem() throws IOException {
        Path a = write(archive.resolve("a.json"), data("a", 2, "v1"));
        Path leftover = write(archive.resolve("a.json.tmp-0123456789abcdef"), "{\"schemaVers".getBytes(
                StandardCharsets.UTF_8));
        write(archive.resolve(".backups/a.json/2026-01-01T00-00-00.000Z.json"), data("a", 2, "v0"));
        write(archive.resolve(".recovery/1/manifest.json"), "{}".getBytes(StandardCharsets.UTF_8));

        assertEquals(List.of(a), ArchiveLoader.dataFiles(archive));
        new SafeSave(archive).save(Map.of(a, data("a", 2, "v2")), Map.of(a, stamp(a)));

        assertFalse(Files.exists(leftover));
        assertEquals(List.of(".backups", ".recovery", "a.json"), names(archive));
    }

    @Test
    void anArchiveWithACrashesLeftoversBackupsAndRecoveryOpensAsItsDataFilesAlone() throws IOException {
        write(archive.resolve("a.json"), data("a", 2, "v1"));
        write(archive.resolve("a.json.tmp-0123456789abcdef"), bytes("{\"schemaVers"));
        write(archive.resolve(".backups/a.json/2026-01-01T00-00-00.000Z.json"), data("a", 2, "v0"));
        write(archive.resolve(".recovery/0000000001/0"), data("a", 2, "v2"));

        var loaded = new ArchiveLoader(new DatasetLoader()).open(archive, LoadProgress.NONE);

        assertTrue(loaded.result().ok(), () -> loaded.result().problems().toString());
        assertEquals(List.of(archive.resolve("a.json")), loaded.files());
    }

    @Test
    void aMoveRefusedWhileAnotherProgramHoldsTheFileIsTriedAgain() throws IOException {
        Path a = write(archive.resolve("a.json"), data("a", 2, "v1"));
        var refusals = new ArrayList<Path>();
        Replacement.Mover held = (from, to, options) -> {
            if (refusals.size() < 2) {
                refusals.add(to);
                throw new AccessDeniedException(to.toString(), null, "held by another process");
            }
            Files.move(from, to, options);
        };

        SaveResult result = new SafeSave(archive, clock, held).save(Map.of(a, data("a", 2, "v2")),
                Map.of(a, stamp(a)));

        assertEquals(List.of(a, a), refusals);
        assertFalse(result.refused());
        assertArrayEquals(data("a", 2, "v2"), read(a));
    }

    @Test
    void aFileHeldForTooLongIsNotSavedAndStaysAsItWas() throws IOException {
        Path a = write(archive.resolve("a.json"), data("a", 2, "v1"));
        Path b = write(archive.resolve("b.json"), data("b", 2, "v1"));
        Replacement.Mover held = (from, to, options) -> {
            if (to.equals(b.toAbsolutePath())) {
                throw new AccessDeniedException(to.toString());
            }
            Files.move(from, to, options);
        };
        var save = new SafeSave(archive, clock, held);

        SaveFailed failed = assertThrows(SaveFailed.class, () -> save.save(Map.of(a, data("a", 2, "v2"),
                b, data("b", 2, "v2")), Map.of(a, stamp(a), b, stamp(b))));

        assertEquals(b, failed.file());
        assertEquals(Set.of(a), failed.saved().keySet(), "a, before b in name order, was saved");
        assertArrayEquals(data("a", 2, "v2"), read(a));
        assertArrayEquals(data("b", 2, "v1"), read(b));
        assertEquals(List.of(), save.backups().of(b), "no backup of a version still in place");
        assertEquals(List.of(".backups", "a.json", "b.json"), names(archive), "no temporary file");
    }

    @Test
    void whereTheStoreCannotMoveAtomicallyTheOldVersionIsAnIndependentBackupBeforeTheFileIsReplaced()
            throws IOException {
        Path a = write(archive.resolve("a.json"), data("a", 2, "v1"));
        var checked = new ArrayList<Boolean>();
        var save = new SafeSave(archive, clock, (from, to, options) -> {
            if (Arrays.asList(options).contains(StandardCopyOption.ATOMIC_MOVE)) {
                throw new AtomicMoveNotSupportedException(from.toString(), to.toString(), "a share");
            }
            Path backup = new Backups(archive).of(to).get(0);
            checked.add(!Files.isSameFile(backup, to));
            Files.move(from, to, options);
        });

        save.save(Map.of(a, data("a", 2, "v2")), Map.of(a, stamp(a)));

        assertEquals(List.of(true), checked, "the backup is a copy, not a second name of the file");
        assertArrayEquals(data("a", 2, "v2"), read(a));
        assertArrayEquals(data("a", 2, "v1"), read(save.backups().of(a).get(0)));
    }

    @Test
    void whereTheStoreCanNeitherRenameTheNewVersionIsCopiedOverTheFileAfterTheBackup() throws IOException {
        Path a = write(archive.resolve("a.json"), data("a", 2, "v1"));
        var save = new SafeSave(archive, clock, (from, to, options) -> {
            if (Arrays.asList(options).contains(StandardCopyOption.ATOMIC_MOVE)) {
                throw new AtomicMoveNotSupportedException(from.toString(), to.toString(), "a share");
            }
            throw new FileSystemException(to.toString(), null, "cannot rename here");
        });

        SaveResult result = save.save(Map.of(a, data("a", 2, "v2")), Map.of(a, stamp(a)));

        assertEquals(Map.of(a, stamp(a)), result.saved());
        assertArrayEquals(data("a", 2, "v2"), read(a));
        assertArrayEquals(data("a", 2, "v1"), read(save.backups().of(a).get(0)));
        assertEquals(List.of(".backups", "a.json"), names(archive), "no temporary file");
    }

    @Test
    void aNewFileAndASourceTextInASubfolderAreSavedWithTheirBackupsInTheArchivesBackups() throws IOException {
        Path note = archive.resolve("sources/note.txt");
        Path events = archive.resolve("events.json");
        var save = new SafeSave(archive, clock, Files::move);
        SaveResult first = save.save(Map.of(note, bytes("Kyiv, 12 March"), events, data("e", 1, "v1")), Map.of());
        clock.advance(1000);
        save.save(Map.of(note, bytes("Kyiv, 12 March 2025")), first.saved());

        assertEquals("Kyiv, 12 March 2025", Files.readString(note));
        List<Path> backups = save.backups().of(note);
        assertEquals(1, backups.size());
        assertEquals(archive.resolve(".backups/sources/note.txt/2026-12-06T09-00-01.000Z.txt"), backups.get(0));
        assertEquals("Kyiv, 12 March", Files.readString(backups.get(0)));
    }

    @Test
    void aFileOutsideTheArchiveIsNotSaved() {
        Path outside = archive.resolveSibling("elsewhere.json");
        assertThrows(IllegalArgumentException.class, () -> new SafeSave(archive).save(Map.of(outside,
                bytes("x")), Map.of()));
        assertFalse(Files.exists(outside));
    }

    @Test
    void aSavedFileKeepsItsPermissions() throws IOException {
        Path a = write(archive.resolve("a.json"), data("a", 2, "v1"));
        assumeTrue(Files.getFileAttributeView(a, PosixFileAttributeView.class) != null, "POSIX permissions");
        Files.setPosixFilePermissions(a, PosixFilePermissions.fromString("rw-rw-r--"));

        new SafeSave(archive).save(Map.of(a, data("a", 2, "v2")), Map.of(a, stamp(a)));

        assertEquals("rw-rw-r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(a)));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> in = Files.list(folder)) {
            return in.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    /** A clock that stands still until told to move. */
    static final class TestClock extends Clock {
        private Instant now = Instant.parse("2026-12-06T09:00:00Z");
        private int asked;
        private int when;
        private Runnable then;

        /** Runs {@code action} when the time is asked for the {@code n}-th time (from 1). */
        void whenAsked(int n, Runnable action) {
            when = asked + n;
            then = action;
        }

        void advance(long millis) {
            now = now.plusMillis(millis);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            if (++asked == when) {
                then.run();
            }
            return now;
        }
    }
}
