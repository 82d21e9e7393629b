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

import app.delegations.data.ArchiveLoader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecoveryTest {
    @TempDir
    Path archive;

    private final SafeSaveTest.TestClock clock = new SafeSaveTest.TestClock();
    private final Recovery recovery = new Recovery(clock);

    @Test
    void unsavedEditsWrittenBeforeACrashAreFoundWithTheVersionsTheyStartedFrom() throws IOException {
        Path visits = write(archive.resolve("visits.json"), data("v", 2, "on disk"));
        FileStamp opened = stamp(visits);

        recovery.write(archive, Map.of("visits.json", data("v", 2, "edited"), "sources/note.txt",
                bytes("Kyiv, 12 March 2025")), Map.of("visits.json", opened));

        Recovered found = recovery.find(archive).orElseThrow();
        assertEquals(Instant.parse("2026-12-06T09:00:00Z"), found.written());
        assertArrayEquals(data("v", 2, "edited"), found.files().get("visits.json"));
        assertEquals("Kyiv, 12 March 2025", new String(found.files().get("sources/note.txt"),
                StandardCharsets.UTF_8));
        assertEquals(Map.of("visits.json", opened, "sources/note.txt", FileStamp.ABSENT), found.bases());
        assertEquals(List.of(), found.changedSince(archive));
        assertArrayEquals(data("v", 2, "on disk"), read(visits), "the archive itself is not touched");
        assertEquals(List.of(visits), ArchiveLoader.dataFiles(archive), "the recovery copy is no data file");
    }

    @Test
    void restoredEditsAreSavedThroughSafeSaveUnlessTheFileChangedOnDiskSince() throws IOException {
        Path visits = write(archive.resolve("visits.json"), data("v", 2, "on disk"));
        recovery.write(archive, Map.of("visits.json", data("v", 2, "edited")), Map.of("visits.json",
                stamp(visits)));
        Recovered found = recovery.find(archive).orElseThrow();

        SaveResult saved = new SafeSave(archive).save(found.paths(archive), found.expected(archive));
        assertFalse(saved.refused());
        assertArrayEquals(data("v", 2, "edited"), read(visits));

        write(visits, data("v", 2, "colleague"));
        List<DiskChange> changes = found.changedSince(archive);
        assertEquals(1, changes.size());
        assertEquals(DiskChange.Kind.MODIFIED, changes.get(0).kind());
        assertTrue(new SafeSave(archive).save(found.paths(archive), found.expected(archive)).refused());
    }

    @Test
    void eachWriteReplacesThePreviousCopy() throws IOException {
        recovery.write(archive, Map.of("a.json", bytes("first")));
        clock.advance(30_000);
        recovery.write(archive, Map.of("a.json", bytes("second"), "b.json", bytes("new")));

        Recovered found = recovery.find(archive).orElseThrow();
        assertEquals("second", new String(found.files().get("a.json"), StandardCharsets.UTF_8));
        assertEquals(Instant.parse("2026-12-06T09:00:30Z"), found.written());
        assertEquals(List.of("0000000002"), names(archive.resolve(Recovery.FOLDER)));
    }

    @Test
    void aCopyCutShortByACrashIsPassedOverForTheLastWholeOne() throws IOException {
        recovery.write(archive, Map.of("a.json", bytes("whole")));
        Path root = archive.resolve(Recovery.FOLDER);
        write(root.resolve("0000000002/0"), bytes("no manifest yet")); // killed before the manifest's rename
        write(root.resolve("0000000003/0"), bytes("bytes cut"));
        Files.writeString(root.resolve("0000000003/manifest.json"), Files.readString(root.resolve(
                "0000000001/manifest.json")).replace("whole", "x"));
        Files.writeString(root.resolve("0000000001/0"), "whole"); // unchanged
        write(root.resolve("0000000004/manifest.json"), bytes("{\"recovery\": 1, \"written\": \"yesterday\""));

        assertEquals("whole", new String(recovery.find(archive).orElseThrow().files().get("a.json"),
                StandardCharsets.UTF_8));
        recovery.write(archive, Map.of("a.json", bytes("later")));
        assertEquals(List.of("0000000005"), names(root), "the next write clears the broken copies");
    }

    @Test
    void discardedOrSavedEditsAreNoLongerOffered() throws IOException {
        assertTrue(recovery.find(archive).isEmpty());
        recovery.write(archive, Map.of("a.json", bytes("edited")));
        recovery.discard(archive);
        assertTrue(recovery.find(archive).isEmpty());
        assertFalse(Files.exists(archive.resolve(Recovery.FOLDER)));

        recovery.write(archive, Map.of("a.json", bytes("edited")));
        recovery.write(archive, Map.of());
        assertTrue(recovery.find(archive).isEmpty(), "nothing unsaved: nothing to offer");
    }

    @Test
    void aNameLeadingOutOfTheArchiveIsRefused() {
        for (String name : List.of("../a.json", "/tmp/a.json", ".recovery/a.json", ".backups/a.json/x.json",
                "")) {
            assertThrows(IllegalArgumentException.class, () -> recovery.write(archive, Map.of(name, bytes("x"))),
                    name);
        }
        assertTrue(recovery.find(archive).isEmpty());
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> in = Files.list(folder)) {
            return in.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
