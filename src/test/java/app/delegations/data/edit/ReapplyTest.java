package app.delegations.data.edit;

import static app.delegations.data.edit.EditArchive.CONGRESS;
import static app.delegations.data.edit.EditArchive.KRAKOW;
import static app.delegations.data.edit.EditArchive.LVIV;
import static app.delegations.data.edit.EditArchive.POLAND;
import static app.delegations.data.edit.EditArchive.UKRAINE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.delegations.model.Dataset;
import app.delegations.model.Event;
import app.delegations.model.Names;
import app.delegations.model.Place;
import app.delegations.model.Text;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Unsaved changes put again on an archive a colleague changed meanwhile: per field, mine where only I changed,
 * theirs where only they did; what both changed differently, and a record deleted on one side and changed on the
 * other, is a conflict, never a silent drop.
 */
class ReapplyTest {
    private static final Event VISIT = described(CONGRESS, new Text("Rozmowy o współpracy kulturalnej.",
            "Talks on cultural co-operation."));

    private static Event described(Event e, Text description) {
        return new Event(e.id(), e.kind(), e.title(), e.parent(), e.start(), e.end(), e.order(), e.venue(), e.place(),
                description, e.participants(), e.people(), e.organisations(), e.evidence());
    }

    private static Event titled(Event e, String en) {
        return new Event(e.id(), e.kind(), new Names(e.title().pl(), en, e.title().nativeName()), e.parent(),
                e.start(), e.end(), e.order(), e.venue(), e.place(), e.description(), e.participants(), e.people(),
                e.organisations(), e.evidence());
    }

    private static Dataset theirs(List<Place> places, Event... events) {
        return EditArchive.file(List.of(POLAND, UKRAINE), places, List.of(events));
    }

    private static Dataset theirs(Event... events) {
        return theirs(List.of(KRAKOW, LVIV), events);
    }

    @Test
    void myTitleAndTheirDescriptionOfTheSameRecordBothStand() {
        Event mine = titled(VISIT, VISIT.title().en() + " (edited in app)");
        Event colleague = described(VISIT, new Text("Rozmowy o współpracy kulturalnej i gospodarczej (kolega).",
                VISIT.description().en()));

        Reapply merged = Reapply.of(List.of(RecordEdit.replace(VISIT, mine)), theirs(colleague));

        assertEquals(List.of(), merged.conflicts());
        Event result = (Event) merged.keepingTheirs().orElseThrow().edits().get(0).after();
        assertEquals("Kongres (edited in app)", result.title().en(), "my change is applied");
        assertEquals("Rozmowy o współpracy kulturalnej i gospodarczej (kolega).", result.description().pl(),
                "their change is kept");
        assertEquals(colleague, merged.keepingTheirs().orElseThrow().edits().get(0).before(),
                "undoing it brings back their record, not the one I started from");
        assertEquals(merged.keepingTheirs(), merged.keepingMine(), "nothing to choose");
    }

    @Test
    void aFieldBothChangedDifferentlyIsAConflictWithBothValuesAndTheOfficerChoosesWhose() {
        Event mine = described(titled(VISIT, "Mine"), new Text(VISIT.description().pl(), "My description."));
        Event colleague = titled(VISIT, "Theirs");

        Reapply merged = Reapply.of(List.of(RecordEdit.replace(VISIT, titled(VISIT, "First try")),
                RecordEdit.replace(titled(VISIT, "First try"), mine)), theirs(colleague));

        assertEquals(List.of(new Reapply.Conflict(colleague, "title.en", "Mine", "Theirs")), merged.conflicts());
        Event keptTheirs = (Event) merged.keepingTheirs().orElseThrow().edits().get(0).after();
        assertEquals("Theirs", keptTheirs.title().en());
        assertEquals("My description.", keptTheirs.description().en(), "my other change stays either way");
        Event keptMine = (Event) merged.keepingMine().orElseThrow().edits().get(0).after();
        assertEquals("Mine", keptMine.title().en());
        assertEquals("My description.", keptMine.description().en());
    }

    @Test
    void theSameChangeOnBothSidesOrAChangeUndoneIsNoConflictAndNoEdit() {
        Event same = titled(VISIT, "Same");
        assertTrue(Reapply.of(List.of(RecordEdit.replace(VISIT, same)), theirs(same))
                .keepingTheirs().isEmpty());
        Reapply undone = Reapply.of(List.of(RecordEdit.replace(VISIT, same),
                RecordEdit.replace(same, VISIT)), theirs(titled(VISIT, "Theirs")));
        assertEquals(List.of(), undone.conflicts());
        assertTrue(undone.keepingTheirs().isEmpty(), "their record is left as they saved it");
    }

    @Test
    void aRecordTheyDeletedThatIChangedIsAConflictKeptDeletedOrPutBack() {
        Place mine = EditArchive.renamed(LVIV, "Lvov");

        Reapply merged = Reapply.of(List.of(RecordEdit.replace(LVIV, mine)), theirs(List.of(KRAKOW)));

        assertEquals(1, merged.conflicts().size());
        Reapply.Conflict c = merged.conflicts().get(0);
        assertTrue(c.deletion());
        assertEquals(mine, c.mine());
        assertEquals(null, c.theirs());
        assertTrue(merged.keepingTheirs().isEmpty(), "their deletion stands");
        assertEquals(Change.of(RecordEdit.add(mine)), merged.keepingMine().orElseThrow());
    }

    @Test
    void aRecordIDeletedThatTheyChangedIsAConflictKeptOrDeleted() {
        Place colleague = EditArchive.renamed(LVIV, "Lemberg");

        Reapply merged = Reapply.of(List.of(RecordEdit.remove(LVIV)), theirs(List.of(KRAKOW, colleague)));

        assertEquals(List.of(new Reapply.Conflict(colleague, "", null, colleague)), merged.conflicts());
        assertTrue(merged.conflicts().get(0).deletion());
        assertTrue(merged.keepingTheirs().isEmpty(), "their changed record stays");
        assertEquals(Change.of(RecordEdit.remove(colleague)), merged.keepingMine().orElseThrow());
    }

    @Test
    void aDeleteOfARecordNobodyElseTouchedAndANewRecordAreTakenAsTheyAre() {
        Place odesa = EditArchive.place("odesa", "Odessa", "Odesa", "UA");

        Reapply merged = Reapply.of(List.of(RecordEdit.remove(LVIV), RecordEdit.add(odesa)),
                theirs(titled(VISIT, "Theirs")));

        assertEquals(List.of(), merged.conflicts());
        assertEquals(new Change(List.of(RecordEdit.remove(LVIV), RecordEdit.add(odesa))),
                merged.keepingTheirs().orElseThrow());
        assertFalse(merged.keepingMine().isEmpty());
    }
}
