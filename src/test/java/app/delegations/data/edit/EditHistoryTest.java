package app.delegations.data.edit;

import static app.delegations.data.edit.EditArchive.KRAKOW;
import static app.delegations.data.edit.EditArchive.LVIV;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Undo gives the inverse of the last change, redo the change again; a new change forgets what was undone. */
class EditHistoryTest {
    private final Change first = Change.of(RecordEdit.replace(KRAKOW, EditArchive.renamed(KRAKOW, "Cracow")));
    private final Change second = Change.of(RecordEdit.replace(LVIV, EditArchive.renamed(LVIV, "Lvov")));

    @Test
    void undoAndRedoWalkTheChanges() {
        var h = new EditHistory();
        assertFalse(h.canUndo());
        h.committed(first);
        h.committed(second);
        assertEquals(Optional.of(second.inverse()), h.undo());
        assertTrue(h.canRedo());
        assertEquals(List.of(first), h.done());
        assertEquals(Optional.of(second), h.redo());
        assertEquals(List.of(first, second), h.done());
        assertFalse(h.canRedo());
    }

    @Test
    void aNewChangeForgetsWhatWasUndone() {
        var h = new EditHistory();
        h.committed(first);
        h.undo();
        h.committed(second);
        assertFalse(h.canRedo());
        assertEquals(List.of(second), h.done());
    }
}
