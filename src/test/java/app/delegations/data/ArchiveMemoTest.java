package app.delegations.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.delegations.data.edit.EditArchive;
import app.delegations.data.write.CanonicalWriter;
import app.delegations.model.Dataset;
import app.delegations.model.Event;
import app.delegations.model.EventKind;
import app.delegations.model.Names;
import app.delegations.model.Place;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Merging an archive again after one file changed, from what the last merge kept ({@link MergeMemo}), gives what a
 * full load of the files as changed gives: the same records, and the same problems when the change brings one in.
 */
class ArchiveMemoTest {
    private static final String VISIT_FILE = "visit-2025.json";
    private static final Event VISIT = EditArchive.event("visit-2025", EventKind.VISIT, "Wizyta", null,
            LocalDate.of(2025, 3, 12), "krakow", List.of("lviv"));

    @TempDir
    Path dir;
    private final ArchiveLoader loader = EditArchive.loader();
    private Path folder;
    private Archive archive;

    @BeforeEach
    void open() throws IOException {
        folder = EditArchive.write(dir, "archive");
        Files.write(folder.resolve(VISIT_FILE), visitFile(List.of(), VISIT));
        archive = loader.open(folder, LoadProgress.NONE);
        assertTrue(archive.result().ok(), archive.result().problems()::toString);
    }

    @Test
    void renamingAnEventInOneFileGivesTheRecordsAFullLoadGives() throws IOException {
        byte[] renamed = visitFile(List.of(), retitled(VISIT, "Visit of the delegation"));
        Archive next = loader.withFiles(archive, Map.of(VISIT_FILE, renamed), Set.of(), Map.of(), LoadProgress.NONE);

        assertNotNull(archive.memo().update(next.archiveParts(), new DatasetLoader().countries(),
                Checkpoint.of(LoadProgress.NONE)), "the rename is merged from the memo, not in full");
        assertSameAsFullLoad(next, renamed);
        assertEquals("Visit of the delegation", next.result().dataset().orElseThrow().event("visit-2025").orElseThrow()
                .title().en());
    }

    @Test
    void anOrderNumberTakenInAnotherFileIsFoundAndGoneWithTheUndo() throws IOException {
        Event child = new Event(VISIT.id(), VISIT.kind(), VISIT.title(), "congress-2016", LocalDate.of(2016, 11, 28),
                LocalDate.of(2016, 11, 28), 1, null, VISIT.place(), null, VISIT.participants(), List.of(), List.of(),
                VISIT.evidence()); // the session in 2016-congress.json has this parent, day and order number
        byte[] clash = visitFile(List.of(), child);
        Archive next = loader.withFiles(archive, Map.of(VISIT_FILE, clash), Set.of(), Map.of(), LoadProgress.NONE);

        assertFalse(next.result().ok());
        assertNull(archive.memo().update(next.archiveParts(), new DatasetLoader().countries(),
                Checkpoint.of(LoadProgress.NONE)), "a problem is the full merge's to find and place");
        assertNull(next.memo());
        assertSameAsFullLoad(next, clash);

        byte[] undone = visitFile(List.of(), VISIT);
        Archive back = loader.withFiles(archive, Map.of(VISIT_FILE, undone), Set.of(), Map.of(), LoadProgress.NONE);
        assertTrue(back.result().ok(), back.result().problems()::toString);
        assertSameAsFullLoad(back, undone);
    }

    @Test
    void anEventMovedUnderAParentInAnotherFileIsCheckedAgainstItsSiblings() throws IOException {
        Event second = new Event(VISIT.id(), VISIT.kind(), VISIT.title(), "congress-2016", LocalDate.of(2016, 11, 28),
                LocalDate.of(2016, 11, 28), 2, null, VISIT.place(), null, VISIT.participants(), List.of(), List.of(),
                VISIT.evidence()); // after the session, the same day: order 2 is free
        byte[] moved = visitFile(List.of(), second);
        Archive next = loader.withFiles(archive, Map.of(VISIT_FILE, moved), Set.of(), Map.of(), LoadProgress.NONE);

        assertNotNull(archive.memo().update(next.archiveParts(), new DatasetLoader().countries(),
                Checkpoint.of(LoadProgress.NONE)), "the events' checks hold: merged from the memo");
        assertSameAsFullLoad(next, moved);
    }

    @Test
    void aPlaceRedefinedDifferentlyFromAnotherFileIsFoundAndGoneWithTheUndo() throws IOException {
        Place lvov = EditArchive.renamed(EditArchive.LVIV, "Lvov"); // places.json defines Lviv
        byte[] differs = visitFile(List.of(lvov), VISIT);
        Archive next = loader.withFiles(archive, Map.of(VISIT_FILE, differs), Set.of(), Map.of(), LoadProgress.NONE);

        assertFalse(next.result().ok());
        assertSameAsFullLoad(next, differs);

        byte[] same = visitFile(List.of(EditArchive.LVIV), VISIT);
        Archive agreed = loader.withFiles(archive, Map.of(VISIT_FILE, same), Set.of(), Map.of(), LoadProgress.NONE);
        assertTrue(agreed.result().ok(), agreed.result().problems()::toString);
        assertSameAsFullLoad(agreed, same);
        byte[] renamed = visitFile(List.of(EditArchive.LVIV), retitled(VISIT, "Visit"));
        Archive again = loader.withFiles(agreed, Map.of(VISIT_FILE, renamed), Set.of(), Map.of(), LoadProgress.NONE);
        assertNotNull(agreed.memo().update(again.archiveParts(), new DatasetLoader().countries(),
                Checkpoint.of(LoadProgress.NONE)), "a record shared with another file, unchanged, keeps the memo");
        assertSameAsFullLoad(again, renamed);
    }

    /**
     * The archive {@code checked} in memory gives what opening the folder with the visit file saved gives: the
     * same problems (where in the file aside: bytes held in memory are placed by their own reader) and records.
     */
    private void assertSameAsFullLoad(Archive checked, byte[] visitBytes) throws IOException {
        Files.write(folder.resolve(VISIT_FILE), visitBytes);
        Archive full = loader.open(folder, LoadProgress.NONE);
        assertEquals(what(full.result().problems()), what(checked.result().problems()));
        assertEquals(full.result().ok(), checked.result().ok());
        if (full.result().ok()) {
            Dataset a = full.result().dataset().orElseThrow();
            Dataset b = checked.result().dataset().orElseThrow();
            assertEquals(List.of(a.sources(), a.countries(), a.places(), a.venues(), a.organisations(), a.people(),
                    a.events()), List.of(b.sources(), b.countries(), b.places(), b.venues(), b.organisations(),
                    b.people(), b.events()));
        }
    }

    private static List<String> what(List<Problem> problems) {
        return problems.stream().map(p -> p.severity() + " " + p.file() + " " + p.path() + " " + p.text()).toList();
    }

    private static byte[] visitFile(List<Place> places, Event visit) {
        return CanonicalWriter.write(EditArchive.file(List.of(), places, List.of(visit)));
    }

    private static Event retitled(Event e, String en) {
        return new Event(e.id(), e.kind(), new Names(e.title().pl(), en, e.title().nativeName()), e.parent(),
                e.start(), e.end(), e.order(), e.venue(), e.place(), e.description(), e.participants(), e.people(),
                e.organisations(), e.evidence());
    }
}
