package app.delegations.data.edit;

import static app.delegations.data.edit.EditArchive.CONGRESS;
import static app.delegations.data.edit.EditArchive.KRAKOW;
import static app.delegations.data.edit.EditArchive.LVIV;
import static app.delegations.data.edit.EditArchive.SESSION;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.delegations.data.Archive;
import app.delegations.data.write.CanonicalWriter;
import app.delegations.model.Basis;
import app.delegations.model.Citation;
import app.delegations.model.EventKind;
import app.delegations.model.Event;
import app.delegations.model.Place;
import app.delegations.model.Source;
import app.delegations.model.Text;
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

/** Where an edit goes in the files of an archive, and that the files written load as the draft shows them. */
class ArchiveDraftTest {
    @TempDir
    Path dir;
    private Path folder;
    private ArchiveDraft draft;

    @BeforeEach
    void open() {
        folder = EditArchive.write(dir, "archive");
        Archive archive = EditArchive.open(folder);
        assertTrue(archive.result().ok(), () -> archive.result().problems().toString());
        draft = ArchiveDraft.of(archive);
    }

    private ArchiveDraft checked(ArchiveDraft d) {
        RecordCheck.Checked c = EditArchive.check().check(d, null);
        assertTrue(c.ok(), () -> c.problems().toString());
        return c.draft();
    }

    @Test
    void aRecordDefinedInTwoFilesIsChangedInBoth() {
        Place renamed = EditArchive.renamed(KRAKOW, "Cracow");
        ArchiveDraft next = checked(draft.apply(Change.of(RecordEdit.replace(KRAKOW, renamed))));
        assertEquals(Set.of("2016-congress.json", "places.json"), next.changedFiles());
        assertEquals("Cracow", next.dataset().place("krakow").orElseThrow().names().en());
        assertTrue(next.dirty());
    }

    @Test
    void whatIsUnsavedIsEachRecordAsLastSavedAgainstAsItStandsOnceEach() {
        Place odesa = EditArchive.place("odesa", "Odessa", "Odesa", "UA");
        ArchiveDraft saved = checked(draft.apply(Change.of(RecordEdit.add(odesa)))).saved();
        assertEquals(List.of(), saved.unsavedEdits(), "a save leaves nothing unsaved");
        Place cracow = EditArchive.renamed(KRAKOW, "Cracow");
        ArchiveDraft next = checked(checked(saved.apply(Change.of(RecordEdit.replace(odesa,
                EditArchive.renamed(odesa, "Odessa"))))).apply(new Change(List.of(
                RecordEdit.replace(KRAKOW, cracow), RecordEdit.remove(SESSION)))));
        assertEquals(Set.of(RecordEdit.replace(odesa, EditArchive.renamed(odesa, "Odessa")),
                RecordEdit.replace(KRAKOW, cracow), RecordEdit.remove(SESSION)), Set.copyOf(next.unsavedEdits()),
                "the new place from as saved, Kraków once though two files define it");
        assertEquals(3, next.unsavedEdits().size());
    }

    @Test
    void theChangedFilesAreTheirCanonicalBytesAndLoadAsShown() throws IOException {
        ArchiveDraft next = checked(draft.apply(Change.of(RecordEdit.replace(LVIV, EditArchive.renamed(LVIV, "Lvov")))));
        Map<String, byte[]> bytes = next.changedBytes(CanonicalWriter::write);
        assertEquals(Set.of("places.json"), bytes.keySet());
        Files.write(folder.resolve("places.json"), bytes.get("places.json"));
        Archive reread = EditArchive.open(folder);
        assertTrue(reread.result().ok());
        assertEquals(next.dataset().places(), reread.result().datasetOrNull().places());
        assertEquals(next.dataset().events(), reread.result().datasetOrNull().events());
    }

    @Test
    void aNewEventGoesIntoAFileNamedByItsDateAndIdWithTheNewPlaceItNames() {
        Place kyiv = EditArchive.place("kyiv", "Kijów", "Kyiv", "UA");
        Place odesa = EditArchive.place("odesa", "Odessa", "Odesa", "UA");
        Event visit = EditArchive.event("kyiv-visit", EventKind.VISIT, "Wizyta", null, LocalDate.of(2025, 3, 12),
                "krakow", List.of("kyiv"));
        ArchiveDraft next = checked(draft.apply(Change.of(RecordEdit.add(kyiv), RecordEdit.add(visit),
                RecordEdit.add(odesa))));
        assertEquals(List.of("2025-03-12-kyiv-visit.json"), next.filesDefining(Event.class, "kyiv-visit"));
        assertEquals(List.of("2025-03-12-kyiv-visit.json"), next.filesDefining(Place.class, "kyiv"));
        assertEquals(List.of(ArchiveDraft.GAZETTEER), next.filesDefining(Place.class, "odesa"));
        assertEquals(Set.of("2025-03-12-kyiv-visit.json", ArchiveDraft.GAZETTEER), next.changedFiles());
    }

    @Test
    void aNewSessionGoesIntoTheFileOfItsEvent() {
        Event session = EditArchive.event("closing", EventKind.SESSION, "Zamknięcie", CONGRESS.id(),
                LocalDate.of(2016, 11, 28), "krakow", List.of());
        session = new Event(session.id(), session.kind(), session.title(), session.parent(), session.start(),
                session.end(), 2, null, "krakow", null, List.of(), List.of(), List.of(), session.evidence());
        ArchiveDraft next = checked(draft.apply(Change.of(RecordEdit.add(session))));
        assertEquals(List.of("2016-congress.json"), next.filesDefining(Event.class, "closing"));
    }

    @Test
    void undoingANewEventDropsItsFileThatWasNeverSaved() {
        Event visit = EditArchive.event("kyiv-visit", EventKind.VISIT, "Wizyta", null, LocalDate.of(2025, 3, 12),
                "krakow", List.of());
        Change add = Change.of(RecordEdit.add(visit));
        ArchiveDraft added = checked(draft.apply(add));
        ArchiveDraft undone = checked(added.apply(add.inverse()));
        assertFalse(undone.fileNames().contains("2025-03-12-kyiv-visit.json"));
        assertFalse(undone.dirty());
        assertTrue(undone.dataset().event("kyiv-visit").isEmpty());
    }

    @Test
    void undoAfterSaveMakesTheDraftDirtyAgain() {
        Place renamed = EditArchive.renamed(LVIV, "Lvov");
        Change change = Change.of(RecordEdit.replace(LVIV, renamed));
        ArchiveDraft saved = checked(draft.apply(change)).saved();
        assertFalse(saved.dirty());
        ArchiveDraft undone = checked(saved.apply(change.inverse()));
        assertEquals(Set.of("places.json"), undone.changedFiles());
    }

    @Test
    void aNewSourceIsATextFileToWrite() {
        var source = new Source("kyiv-note", "sources/kyiv-note.txt",
                new Text("Notatka", "Note"), null, null, "pl", null, "Delegacja z Kijowa.");
        var cited = new Citation(Basis.STATED, List.of(), "kyiv-note",
                "Delegacja z Kijowa", null, -1, -1);
        Place kyiv = new Place("kyiv", KRAKOW.kind(), EditArchive.place("kyiv", "Kijów", "Kyiv", "UA").names(), "UA",
                null, null, List.of(cited));
        ArchiveDraft next = checked(draft.apply(Change.of(RecordEdit.add(source), RecordEdit.add(kyiv))));
        assertEquals(Map.of("sources/kyiv-note.txt", "Delegacja z Kijowa."), next.sourceTexts());
        assertEquals(0, next.dataset().place("kyiv").orElseThrow().evidence().get(0).start());
    }
}
