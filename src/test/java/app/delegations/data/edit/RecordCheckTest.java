package app.delegations.data.edit;

import static app.delegations.data.edit.EditArchive.CONGRESS;
import static app.delegations.data.edit.EditArchive.LVIV;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.delegations.model.Event;
import app.delegations.model.EventKind;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The loader's problems with a change, each placed on the record and field its JSON path names. */
class RecordCheckTest {
    @TempDir
    Path dir;
    private ArchiveDraft draft;

    @BeforeEach
    void open() {
        draft = ArchiveDraft.of(EditArchive.open(EditArchive.write(dir, "archive")));
    }

    @Test
    void removingAPlaceAnotherFilesEventNamesIsAnErrorOnThatEventsField() {
        Change change = Change.of(RecordEdit.remove(LVIV));
        RecordCheck.Checked checked = EditArchive.check().check(draft.apply(change), change);
        assertFalse(checked.ok());
        FieldProblem p = checked.problems().get(0);
        assertEquals(CONGRESS.id(), ((Event) p.record()).id(), p.toString());
        assertEquals("participants[1].place", p.field());
        assertEquals("2016-congress.json", p.problem().file());
    }

    @Test
    void aNewEventsUnknownParentIsOnItsParentField() {
        Event orphan = EditArchive.event("visit", EventKind.VISIT, "Wizyta", "no-such-event",
                LocalDate.of(2025, 3, 12), "krakow", List.of());
        Change change = Change.of(RecordEdit.add(orphan));
        List<FieldProblem> problems = EditArchive.check().check(draft.apply(change), change).problems();
        assertEquals(1, problems.size(), problems::toString);
        assertEquals(orphan, problems.get(0).record());
        assertEquals("parent", problems.get(0).field());
    }

    @Test
    void aValidChangeGivesTheMergedRecords() {
        Change change = Change.of(RecordEdit.replace(LVIV, EditArchive.renamed(LVIV, "Lvov")));
        RecordCheck.Checked checked = EditArchive.check().check(draft.apply(change), change);
        assertTrue(checked.ok());
        assertEquals(List.of(), checked.problems());
        assertEquals("Lvov", checked.draft().dataset().place("lviv").orElseThrow().names().en());
    }
}
