package app.delegations.ui.edit;

import static app.delegations.data.edit.EditArchive.KRAKOW;
import static app.delegations.data.edit.EditArchive.LVIV;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.delegations.data.Archive;
import app.delegations.data.edit.ArchiveDraft;
import app.delegations.data.edit.Change;
import app.delegations.data.edit.EditArchive;
import app.delegations.data.edit.RecordCheck;
import app.delegations.data.edit.RecordEdit;
import app.delegations.data.save.Recovery;
import app.delegations.data.write.CanonicalWriter;
import app.delegations.model.Names;
import app.delegations.model.Place;
import app.delegations.ui.RecordingDialogs;
import app.delegations.ui.common.Messages;
import app.delegations.ui.common.UiLanguage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The tester's story (officer2 D5): I edit one field of a record, a colleague saves another field of it on the
 * share, my Save is refused, and Reload and re-apply must keep both; where we both changed one field, the window
 * says so with both values and I choose whose — never a silent drop that the next Save writes.
 */
class ReapplyStoryTest {
    @TempDir
    Path dir;
    private Path folder;
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private EditSession session;
    private EditCommands commands;

    @BeforeEach
    void open() {
        folder = EditArchive.write(dir, "archive");
        RecordCheck check = EditArchive.check();
        session = new EditSession(check, (data, changed) -> { });
        var saving = new ArchiveSaving(session, check, EditArchive.loader(), CanonicalWriter::write, dialogs,
                () -> Messages.of(UiLanguage.ENGLISH), Runnable::run, p -> { });
        var autosave = new Autosave(session, saving, check, new Recovery(), (period, task) -> () -> { }, dialogs,
                () -> Messages.of(UiLanguage.ENGLISH));
        var later = new ArrayList<Runnable>();
        commands = new EditCommands(session, saving, autosave, dialogs, () -> Messages.of(UiLanguage.ENGLISH),
                later::add, p -> { });
        Archive archive = EditArchive.open(folder);
        commands.shown(archive.result().datasetOrNull(), archive);
        later.forEach(Runnable::run);
    }

    private Place lviv() {
        return session.dataset().place("lviv").orElseThrow();
    }

    /** I rename Lviv in English (unsaved). */
    private void myEnglishName(String en) {
        assertTrue(session.commit(Change.of(RecordEdit.replace(lviv(), EditArchive.renamed(lviv(), en)))).join());
    }

    /** A colleague saves places.json with Lviv's names changed. */
    private void theirNames(String pl, String en) throws IOException {
        var theirs = new Place(LVIV.id(), LVIV.kind(), new Names(pl, en, LVIV.names().nativeName()), LVIV.country(),
                LVIV.coordinates(), LVIV.note(), LVIV.evidence());
        Files.write(folder.resolve("places.json"), CanonicalWriter.write(EditArchive.file(
                List.of(EditArchive.POLAND, EditArchive.UKRAINE), List.of(KRAKOW, theirs), List.of())));
    }

    private Names onDisk() {
        return EditArchive.open(folder).result().datasetOrNull().place("lviv").orElseThrow().names();
    }

    @Test
    void myFieldAndTheColleaguesOtherFieldOfTheSameRecordAreBothSavedAfterReloadAndReapply() throws IOException {
        myEnglishName("Lviv (edited in app)");
        theirNames("Lwów (kolega)", "Lviv");

        dialogs.choices.add(0); // reload and re-apply
        assertFalse(commands.save(), "refused: the file changed on disk");
        assertEquals(1, dialogs.asked.size(), "nothing to choose field by field: " + dialogs.asked);
        assertEquals(new Names("Lwów (kolega)", "Lviv (edited in app)", LVIV.names().nativeName()), lviv().names(),
                "the window shows both changes");
        assertTrue(session.dirty());

        assertTrue(commands.save());
        assertEquals("Lwów (kolega)", onDisk().pl(), "the colleague's change is not overwritten");
        assertEquals("Lviv (edited in app)", onDisk().en());

        assertTrue(session.undo().join());
        assertEquals(new Names("Lwów (kolega)", "Lviv", LVIV.names().nativeName()), lviv().names(),
                "an undo takes back my change, not the colleague's");
    }

    @Test
    void aFieldWeBothChangedIsToldWithBothValuesAndTheirsKeptWhenChosen() throws IOException {
        myEnglishName("Lvov");
        theirNames(LVIV.names().pl(), "Lemberg");

        dialogs.choices.add(0); // reload and re-apply
        dialogs.choices.add(0); // keep theirs
        assertFalse(commands.save());
        assertEquals(2, dialogs.asked.size());
        RecordingDialogs.Choice asked = dialogs.asked.get(1);
        assertEquals(List.of("Keep _theirs", "Keep _mine", "Cancel"), asked.choices());
        assertTrue(asked.message().contains("In 1 case below you and someone else changed the same thing"),
                asked.message());
        assertTrue(asked.message().endsWith("\n• place Lemberg (lviv), field names.en:\n    your value: “Lvov”\n"
                + "    their value (on disk): “Lemberg”"), asked.message());
        assertEquals("Lemberg", lviv().names().en());
        assertFalse(session.dirty(), "nothing of mine is left to save");
    }

    @Test
    void aFieldWeBothChangedTakesMineWhenChosenAndSaves() throws IOException {
        myEnglishName("Lvov");
        theirNames("Lwów (kolega)", "Lemberg");

        dialogs.choices.add(0); // reload and re-apply
        dialogs.choices.add(1); // keep mine
        assertFalse(commands.save());
        assertEquals(new Names("Lwów (kolega)", "Lvov", LVIV.names().nativeName()), lviv().names());
        assertTrue(commands.save());
        assertEquals(new Names("Lwów (kolega)", "Lvov", LVIV.names().nativeName()), onDisk());
    }

    @Test
    void enterOnTheConflictQuestionCancelsRatherThanDroppingEitherValue() throws IOException {
        myEnglishName("Lvov");
        theirNames(LVIV.names().pl(), "Lemberg");

        dialogs.choices.add(0); // reload and re-apply
        assertFalse(commands.save());
        assertEquals(1, dialogs.askedCarefully.size(), "the conflict question is asked so that Enter cancels: "
                + dialogs.asked);
        RecordingDialogs.Choice asked = dialogs.askedCarefully.get(0);
        assertEquals("Changed on both sides", asked.title());
        assertEquals("Cancel", asked.choices().get(asked.choices().size() - 1), "Cancel is the default");
        assertTrue(asked.message().contains("“Keep mine”: your value replaces theirs. “Keep theirs”: your value is "
                + "dropped. “Cancel” changes nothing."), asked.message());
        assertEquals("Lvov", lviv().names().en(), "Enter: still my value, unsaved");
    }

    @Test
    void cancellingTheChoiceLeavesEverythingAsItWas() throws IOException {
        myEnglishName("Lvov");
        theirNames(LVIV.names().pl(), "Lemberg");

        dialogs.choices.add(0); // reload and re-apply, then the recording dialogs cancel
        assertFalse(commands.save());
        assertEquals("Lvov", lviv().names().en(), "still my version, unsaved");
        assertTrue(session.dirty());
        assertEquals("Lemberg", onDisk().en());
    }

    @Test
    void aRecordTheColleagueDeletedThatIChangedIsToldAndPutBackWhenIKeepMine() throws IOException {
        Place odesa = EditArchive.place("odesa", "Odessa", "Odesa", "UA");
        assertTrue(session.commit(Change.of(RecordEdit.add(odesa))).join());
        assertTrue(commands.save());
        Path file = folder.resolve(ArchiveDraft.GAZETTEER);
        assertTrue(Files.exists(file), "the new place went into the gazetteer");
        assertTrue(session.commit(Change.of(RecordEdit.replace(odesa, EditArchive.renamed(odesa, "Odessa")))).join());
        Files.write(file, CanonicalWriter.write(EditArchive.file(List.of(), List.of(), List.of()))); // they delete it

        dialogs.choices.add(0); // reload and re-apply
        dialogs.choices.add(1); // keep mine: Odesa is put back with my name
        assertFalse(commands.save());
        assertEquals(2, dialogs.asked.size(), dialogs.asked.toString());
        assertTrue(dialogs.asked.get(1).message().endsWith(
                "\n• place Odessa (odesa): deleted by someone else, changed by you"),
                dialogs.asked.get(1).message());
        assertEquals("Odessa", session.dataset().place("odesa").orElseThrow().names().en());
        assertTrue(commands.save());
        assertTrue(EditArchive.open(folder).result().datasetOrNull().place("odesa").isPresent());
    }

    @Test
    void aRecordTheColleagueChangedThatIDeletedIsToldAndKeptAsTheySavedItByDefault() throws IOException {
        Place odesa = EditArchive.place("odesa", "Odessa", "Odesa", "UA");
        assertTrue(session.commit(Change.of(RecordEdit.add(odesa))).join());
        assertTrue(commands.save());
        assertTrue(session.commit(Change.of(RecordEdit.remove(odesa))).join());
        Files.write(folder.resolve(ArchiveDraft.GAZETTEER), CanonicalWriter.write(EditArchive.file(List.of(),
                List.of(EditArchive.renamed(odesa, "Odesa (kolega)")), List.of())));

        dialogs.choices.add(0); // reload and re-apply
        dialogs.choices.add(0); // keep theirs
        assertFalse(commands.save());
        assertTrue(dialogs.asked.get(1).message().endsWith(
                "\n• place Odesa (kolega) (odesa): deleted by you, changed by someone else"),
                dialogs.asked.get(1).message());
        assertEquals("Odesa (kolega)", session.dataset().place("odesa").orElseThrow().names().en());
    }
}
