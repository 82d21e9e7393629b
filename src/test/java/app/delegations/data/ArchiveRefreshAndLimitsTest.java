package app.delegations.data;

import static app.delegations.data.ArchiveFiles.country;
import static app.delegations.data.ArchiveFiles.event;
import static app.delegations.data.ArchiveFiles.file;
import static app.delegations.data.ArchiveFiles.place;
import static app.delegations.data.ArchiveFiles.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.delegations.model.Citation;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Refreshing an archive, cancelling it, quoting across files, and the bounds of an archive. */
class ArchiveRefreshAndLimitsTest {
    @TempDir
    Path dir;

    /** How many times each file was read. */
    private final Map<String, AtomicInteger> reads = new ConcurrentHashMap<>();
    private final DatasetLoader datasets = new DatasetLoader();
    private final ArchiveLoader counting = new ArchiveLoader(datasets, (file, name, progress) -> {
        reads.computeIfAbsent(name, k -> new AtomicInteger()).incrementAndGet();
        return datasets.loadPart(file, name, progress);
    });

    private int reads(String name) {
        AtomicInteger n = reads.get(name);
        return n == null ? 0 : n.get();
    }

    private void gazetteerAndEvents(int events) {
        write(dir, "places.json", file("\"countries\": [" + country("PL", "Poland") + "], \"places\": ["
                + place("krakow", "PL", "Krakow") + "]"));
        for (int i = 0; i < events; i++) {
            write(dir, "visit-" + i + ".json", file("\"events\": [" + event("visit-" + i, null, "2025-05-0" + (i + 1),
                    "krakow") + "]"));
        }
    }

    @Test
    void aRefreshReadsOnlyTheChangedAddedAndRemovedFiles() throws IOException {
        gazetteerAndEvents(3);
        Archive a = counting.open(dir, LoadProgress.NONE);
        assertTrue(a.result().ok(), () -> a.result().problems().toString());
        assertEquals(1, reads("visit-1.json"));

        Path changed = write(dir, "visit-1.json", file("\"events\": [" + event("visit-1b", null, "2025-06-01",
                "krakow") + "]"));
        Path added = write(dir, "visit-7.json", file("\"events\": [" + event("visit-7", null, "2025-07-01",
                "krakow") + "]"));
        Path removed = dir.resolve("visit-2.json");
        Files.delete(removed);
        Archive b = counting.refresh(a, Set.of(changed, added, removed), LoadProgress.NONE);

        assertTrue(b.result().ok(), () -> b.result().problems().toString());
        assertEquals(List.of("visit-0", "visit-1b", "visit-7"), b.result().datasetOrNull().events().stream()
                .map(e -> e.id()).toList());
        assertEquals(1, reads("places.json"), "unchanged: not read again");
        assertEquals(1, reads("visit-0.json"));
        assertEquals(2, reads("visit-1.json"));
        assertEquals(1, reads("visit-7.json"));
        assertEquals(1, reads("visit-2.json"));
    }

    @Test
    void aRefreshThatBreaksAReferenceReportsItInTheFileThatHoldsIt() {
        gazetteerAndEvents(2);
        Archive a = counting.open(dir, LoadProgress.NONE);
        Path gazetteer = write(dir, "places.json", file("\"countries\": [" + country("PL", "Poland") + "]"));
        Archive b = counting.refresh(a, Set.of(gazetteer), LoadProgress.NONE);
        assertFalse(b.result().ok());
        assertEquals(List.of("visit-0.json", "visit-1.json"), b.result().errors().stream().map(Problem::file).toList());
        assertEquals(1, reads("visit-0.json"));
    }

    @Test
    void aSourceDefinedOnceIsQuotedFromAnotherFile() throws IOException {
        Files.createDirectories(dir.resolve("sources"));
        Files.writeString(dir.resolve("sources/note.txt"), "Delegates from Krakow met in Kyiv.");
        write(dir, "a-sources.json", file("\"sources\": [{\"id\": \"note\", \"file\": \"sources/note.txt\","
                + " \"title\": {\"pl\": \"N\", \"en\": \"N\"}, \"language\": \"en\"}]"));
        String stated = "[{\"basis\": \"stated\", \"source\": \"note\", \"quote\": \"met in Kyiv\"}]";
        write(dir, "b-places.json", file("\"countries\": [" + country("UA", "Ukraine") + "], \"places\": ["
                + place("kyiv", "UA", "Kyiv", stated) + "]"));
        Archive a = counting.open(dir, LoadProgress.NONE);
        assertTrue(a.result().ok(), () -> a.result().problems().toString());
        Citation c = a.result().datasetOrNull().place("kyiv").orElseThrow().evidence().get(0);
        assertEquals(22, c.start(), "the quote found in the other file's source");
        assertTrue(a.result().problems().isEmpty(), "the source is cited, by another file");
        assertEquals(1, reads("b-places.json"), "its quotes are found in the other file's source when merging");

        Files.writeString(dir.resolve("sources/note.txt"), "Delegates from Krakow and Lviv met in Kyiv.");
        Archive b = counting.refresh(a, Set.of(dir.resolve("a-sources.json")), LoadProgress.NONE);
        assertTrue(b.result().ok());
        assertEquals(1, reads("b-places.json"), "only the file of the source is read again");
        assertEquals(31, b.result().datasetOrNull().place("kyiv").orElseThrow().evidence().get(0).start(),
                "the quote found again in the source as it is now");

        String wrong = "[{\"basis\": \"stated\", \"source\": \"note\", \"quote\": \"met in Lviv\"}]";
        write(dir, "b-places.json", file("\"countries\": [" + country("UA", "Ukraine") + "], \"places\": ["
                + place("kyiv", "UA", "Kyiv", wrong) + "]"));
        Archive c2 = counting.open(dir, LoadProgress.NONE);
        assertEquals(List.of("b-places.json"), c2.result().errors().stream().map(Problem::file).toList());
        assertEquals("places[0].evidence[0].quote", c2.result().errors().get(0).path());
    }

    @Test
    void cancellingStopsTheArchive() {
        gazetteerAndEvents(6);
        var asked = new AtomicInteger();
        Archive a = counting.open(dir, new LoadProgress() {
            @Override
            public void progress(long bytesDone, long bytesTotal) {
            }

            @Override
            public boolean cancelled() {
                return asked.incrementAndGet() > 3;
            }
        });
        assertTrue(a.result().cancelled());
        assertEquals(LoadResult.Status.CANCELLED, a.result().status());
    }

    @Test
    void aFileThatIsNotJsonOrTooLargeIsAProblemOfThatFile() throws IOException {
        gazetteerAndEvents(1);
        write(dir, "notes.json", "Meeting notes, not data");
        try (var f = new RandomAccessFile(dir.resolve("huge.json").toFile(), "rw")) {
            f.setLength(Limits.MAX_FILE_BYTES + 1L); // sparse: no disk used
        }
        Archive a = counting.open(dir, LoadProgress.NONE);
        assertFalse(a.result().ok());
        assertEquals(List.of("huge.json", "notes.json"), a.result().errors().stream().map(Problem::file).toList());
        assertTrue(a.result().errors().get(0).message().startsWith("the file is 257 MB"));
    }

    @Test
    void anArchiveOverItsTotalSizeIsRefusedBeforeAnyFileIsRead() throws IOException {
        for (String name : List.of("a.json", "b.json", "c.json")) {
            try (var f = new RandomAccessFile(dir.resolve(name).toFile(), "rw")) {
                f.setLength(Limits.MAX_ARCHIVE_BYTES / 3 + 1);
            }
        }
        Archive a = counting.open(dir, LoadProgress.NONE);
        assertFalse(a.result().ok());
        assertTrue(reads.isEmpty());
        assertEquals("the data files in this folder total 513 MB; an archive may be at most 512 MB: move the "
                + "files that are not part of this archive to another folder, or split the archive in two",
                a.result().errors().get(0).message());
    }

    @Test
    void aSingleFileTakesACountryItDoesNotDefineFromTheReferenceList() throws IOException {
        Path f = write(dir, "one.json", file("\"countries\": [], \"places\": [" + place("kyiv", "UA", "Kyiv") + "]"));
        assertFalse(new DatasetLoader().load(f).ok());
        LoadResult r = new DatasetLoader(ArchiveFiles.WORLD).load(f);
        assertTrue(r.ok(), () -> r.problems().toString());
        assertEquals(List.of(ArchiveFiles.UKRAINE), r.datasetOrNull().countries());
    }
}
