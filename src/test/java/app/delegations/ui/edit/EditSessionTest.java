package app.delegations.ui.edit;

import static app.delegations.data.edit.EditArchive.CONGRESS;
import static app.delegations.data.edit.EditArchive.KRAKOW;
import static app.delegations.data.edit.EditArchive.LVIV;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.delegations.data.Archive;
import app.delegations.data.edit.Change;
import app.delegations.data.edit.EditArchive;
import app.delegations.data.edit.FieldProblem;
import app.delegations.data.edit.RecordCheck;
import app.delegations.data.edit.RecordEdit;
import app.delegations.data.save.Recovery;
import app.delegations.data.write.CanonicalWriter;
import app.delegations.model.Dataset;
import app.delegations.model.Event;
import app.delegations.model.Names;
import app.delegations.model.Participation;
import app.delegations.model.Place;
import app.delegations.ui.RecordingDialogs;
import app.delegations.ui.common.Messages;
import app.delegations.ui.common.UiLanguage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The edit session as the window drives it, on an archive folder, with recording dialogs and a driven clock. */
class EditSessionTest {
    @TempDir
    Path dir;
    private Path folder;
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final List<Collection<? extends Record>> shownChanges = new ArrayList<>();
    private final List<Runnable> ticks = new ArrayList<>();
    private final List<Path> opened = new ArrayList<>();
    private final List<Runnable> later = new ArrayList<>();
    private EditSession session;
    private EditCommands commands;
    private Autosave autosave;
    private Dataset shown;

    @BeforeEach
    void open() {
        folder = EditArchive.write(dir, "archive");
        start();
    }

    /** A new window on the folder: a session, its saving and autosave, and the archive shown. */
    private void start() {
        RecordCheck check = EditArchive.check();
        session = new EditSession(check, (data, changed) -> {
            shown = data;
            shownChanges.add(changed);
        });
        var saving = new ArchiveSaving(session, check, EditArchive.loader(), CanonicalWriter::write, dialogs,
                () -> Messages.of(UiLanguage.ENGLISH), Runnable::run, opened::add);
        autosave = new Autosave(session, saving, check, new Recovery(), (period, task) -> {
            ticks.add(task);
            return () -> ticks.remove(task);
        }, dialogs, () -> Messages.of(UiLanguage.ENGLISH));
        commands = new EditCommands(session, saving, autosave, dialogs, () -> Messages.of(UiLanguage.ENGLISH),
                later::add, opened::add);
        Archive archive = EditArchive.open(folder);
        commands.shown(archive.result().datasetOrNull(), archive);
        later.forEach(Runnable::run);
        later.clear();
    }

    private Change rename(Place p, String en) {
        return Change.of(RecordEdit.replace(session.dataset().place(p.id()).orElseThrow(),
                EditArchive.renamed(session.dataset().place(p.id()).orElseThrow(), en)));
    }

    private String onDisk(String place) {
        Archive archive = EditArchive.open(folder);
        assertTrue(archive.result().ok(), () -> archive.result().problems().toString());
        return archive.result().datasetOrNull().place(place).orElseThrow().names().en();
    }

    @Test
    void anArchiveIsEditableTheBundledDataIsNot() {
        assertTrue(session.editableProperty().get());
        Change rename = rename(KRAKOW, "Cracow");
        session.shown(Dataset.empty(), null);
        assertFalse(session.editableProperty().get());
        assertFalse(session.commit(rename).join());
    }

    @Test
    void correctANameUndoRedoSave() {
        assertTrue(session.commit(rename(LVIV, "Lvov")).join());
        assertTrue(session.dirty());
        assertEquals("Lvov", shown.place("lviv").orElseThrow().names().en());
        assertTrue(session.undo().join());
        assertFalse(session.dirty());
        assertEquals("Lviv", shown.place("lviv").orElseThrow().names().en());
        assertTrue(session.canRedoProperty().get());
        assertTrue(session.redo().join());
        assertTrue(commands.save());
        assertFalse(session.dirty());
        assertEquals("Lvov", onDisk("lviv"));
        assertTrue(Files.isDirectory(folder.resolve(".backups")), "the version replaced is kept");
    }

    @Test
    void undoAfterSaveHasUnsavedChangesAgain() {
        session.commit(rename(LVIV, "Lvov")).join();
        commands.save();
        assertTrue(session.undo().join());
        assertTrue(session.dirty());
        commands.save();
        assertEquals("Lviv", onDisk("lviv"));
    }

    /** A session whose checks wait in {@code worker} and whose answers wait in {@code ui} until the test runs them. */
    private EditSession queued(List<Runnable> worker, List<Runnable> ui) {
        var s = new EditSession(EditArchive.check(), (data, changed) -> {
            shown = data;
            shownChanges.add(changed);
        }, worker::add, ui::add);
        Archive archive = EditArchive.open(folder);
        s.shown(archive.result().datasetOrNull(), archive);
        return s;
    }

    private static void runAll(List<Runnable> worker, List<Runnable> ui) {
        while (!worker.isEmpty() || !ui.isEmpty()) {
            List<Runnable> due = new ArrayList<>(worker.isEmpty() ? ui : worker);
            (worker.isEmpty() ? ui : worker).clear();
            due.forEach(Runnable::run);
        }
    }

    @Test
    void twoEditsAskedBeforeEitherIsCheckedAreTakenBothInTheOrderAsked() {
        var worker = new ArrayList<Runnable>();
        var ui = new ArrayList<Runnable>();
        session = queued(worker, ui);
        Place lviv = session.dataset().place("lviv").orElseThrow();
        Place lvov = EditArchive.renamed(lviv, "Lvov");
        Place lemberg = EditArchive.renamed(lvov, "Lemberg");

        var first = session.commit(Change.of(RecordEdit.replace(lviv, lvov)));
        var second = session.commit(Change.of(RecordEdit.replace(lvov, lemberg)));
        assertFalse(first.isDone(), "checked off the UI thread: nothing is taken yet");
        assertTrue(session.busyProperty().get());
        assertEquals("Lviv", session.dataset().place("lviv").orElseThrow().names().en());
        runAll(worker, ui);

        assertTrue(first.join());
        assertTrue(second.join(), "the second was checked on the archive as the first left it");
        assertFalse(session.busyProperty().get());
        assertEquals("Lemberg", shown.place("lviv").orElseThrow().names().en());
        var undone = session.undo();
        runAll(worker, ui);
        assertTrue(undone.join());
        assertEquals("Lvov", shown.place("lviv").orElseThrow().names().en(), "undone: the second, the last taken");
    }

    @Test
    void closedWhileAnEditIsCheckedNothingIsApplied() {
        var worker = new ArrayList<Runnable>();
        var ui = new ArrayList<Runnable>();
        session = queued(worker, ui);
        Dataset before = session.dataset();
        shownChanges.clear();

        var renamed = session.commit(rename(LVIV, "Lvov"));
        session.close();
        runAll(worker, ui);

        assertFalse(renamed.join());
        assertSame(before, session.dataset());
        assertEquals(List.of(), shownChanges, "nothing was shown");
        assertFalse(session.dirty());
        assertFalse(session.canUndoProperty().get());
    }

    @Test
    void anEditCheckedWhileAnotherArchiveIsOpenedIsNotTakenIntoIt() {
        var worker = new ArrayList<Runnable>();
        var ui = new ArrayList<Runnable>();
        session = queued(worker, ui);
        var renamed = session.commit(rename(LVIV, "Lvov"));
        Archive other = EditArchive.open(EditArchive.write(dir, "other")); // the same ids, another folder
        session.shown(other.result().datasetOrNull(), other);
        runAll(worker, ui);

        assertFalse(renamed.join(), "the edit was meant for the first archive");
        assertEquals("Lviv", session.dataset().place("lviv").orElseThrow().names().en());
        assertFalse(session.dirty(), "the archive opened has no unsaved change it was never given");
    }

    @Test
    void leavingWhileAnEditIsCheckedWaitsForIt() {
        var worker = new ArrayList<Runnable>();
        var ui = new ArrayList<Runnable>();
        session = queued(worker, ui);
        var saving = new ArchiveSaving(session, EditArchive.check(), EditArchive.loader(), CanonicalWriter::write,
                dialogs, () -> Messages.of(UiLanguage.ENGLISH), Runnable::run, opened::add);
        var leaving = new EditCommands(session, saving, autosave, dialogs, () -> Messages.of(UiLanguage.ENGLISH),
                later::add, opened::add);
        var renamed = session.commit(rename(LVIV, "Lvov"));

        assertFalse(leaving.mayLeave(), "an edit still being checked is not in the draft: the window stays");
        assertEquals(List.of(), dialogs.asked, "not asked to save what is not taken yet");
        assertEquals(List.of("An edit is still being checked. Try again in a moment, once it is in the archive."),
                dialogs.infos);
        runAll(worker, ui);
        assertTrue(renamed.join());
        assertFalse(leaving.mayLeave(), "now unsaved: asked, and cancelled");
        assertEquals(1, dialogs.asked.size());
    }

    @Test
    void aCommitWithdrawnBeforeItsCheckAnswersIsNotTaken() {
        var worker = new ArrayList<Runnable>();
        var ui = new ArrayList<Runnable>();
        session = queued(worker, ui);
        var renamed = session.commit(rename(LVIV, "Lvov"));
        renamed.cancel(false); // the form was cancelled
        runAll(worker, ui);
        assertEquals("Lviv", session.dataset().place("lviv").orElseThrow().names().en());
        assertFalse(session.dirty());
        assertFalse(session.busyProperty().get());
    }

    @Test
    void anEmptyEnglishNameIsPlacedOnItsField() {
        Place lviv = session.dataset().place("lviv").orElseThrow();
        Place blank = new Place("lviv", lviv.kind(), new Names("Lwów", " ", "Львів"), "UA", null, null,
                lviv.evidence());
        List<FieldProblem> problems = session.check(Change.of(RecordEdit.replace(lviv, blank))).join();
        assertEquals(1, problems.size(), problems::toString);
        assertEquals("names.en", problems.get(0).field());
        assertEquals(blank, problems.get(0).record());
        assertFalse(session.commit(Change.of(RecordEdit.replace(lviv, blank))).join());
        assertFalse(session.dirty());
    }

    @Test
    void newIdsAreFoldedAndUnique() {
        assertEquals("lodz", session.newId(Place.class, "Łódź"));
        assertEquals("krakow-2", session.newId(Place.class, "Kraków"));
        assertEquals("krakow", session.newId(Event.class, "Kraków"));
    }

    /**
     * Officer report #3: a form cancelled, or remade in another language, left its id taken ("novi-sad-3" saved
     * though no "novi-sad" existed). Only a record applied takes an id.
     */
    @Test
    void anIdProposedButNeverAppliedIsProposedAgainAndOneAppliedIsNot() {
        assertEquals("odesa", session.newId(Place.class, "Odesa"));
        assertEquals("odesa", session.newId(Place.class, "Odesa"), "the first form cancelled: the same id again");
        assertTrue(session.commit(Change.of(RecordEdit.add(EditArchive.place("odesa", "Odessa", "Odesa", "UA"))))
                .join());
        assertEquals("odesa-2", session.newId(Place.class, "Odesa"), "applied, not yet saved: taken");
    }

    @Test
    void aColleaguesChangeToAnEditedFileIsToldAtSaveAndReapplied() throws IOException {
        session.commit(rename(LVIV, "Lvov")).join();
        byte[] theirs = CanonicalWriter.write(EditArchive.file(List.of(EditArchive.POLAND, EditArchive.UKRAINE),
                List.of(KRAKOW, LVIV, EditArchive.place("odesa", "Odessa", "Odesa", "UA")), List.of()));
        Files.write(folder.resolve("places.json"), theirs);

        dialogs.choices.add(0); // reload and re-apply
        assertFalse(commands.save());
        assertEquals(1, dialogs.asked.size());
        assertTrue(dialogs.asked.get(0).message().contains("places.json"), dialogs.asked.get(0).message());
        assertEquals(3, dialogs.asked.get(0).choices().size());
        assertTrue(session.dirty());
        assertEquals("Lvov", session.dataset().place("lviv").orElseThrow().names().en());
        assertTrue(session.dataset().place("odesa").isPresent(), "their place is kept");

        assertTrue(commands.save());
        assertEquals("Lvov", onDisk("lviv"));
        assertTrue(EditArchive.open(folder).result().datasetOrNull().place("odesa").isPresent());
    }

    @Test
    void cancellingTheConflictWritesNothing() throws IOException {
        session.commit(rename(LVIV, "Lvov")).join();
        byte[] theirs = CanonicalWriter.write(EditArchive.file(List.of(EditArchive.POLAND, EditArchive.UKRAINE),
                List.of(KRAKOW, EditArchive.renamed(LVIV, "Lemberg")), List.of()));
        Files.write(folder.resolve("places.json"), theirs);
        assertFalse(commands.save()); // the recording dialogs cancel
        assertEquals("Lemberg", onDisk("lviv"));
        assertTrue(session.dirty());
    }

    @Test
    void leavingWithUnsavedChangesAsks() {
        assertTrue(commands.mayLeave());
        session.commit(rename(LVIV, "Lvov")).join();
        assertFalse(commands.mayLeave()); // cancel
        assertEquals(List.of("Save", "Discard the changes", "Cancel"), dialogs.asked.get(0).choices());
        dialogs.choices.add(0);
        assertTrue(commands.mayLeave());
        assertEquals("Lvov", onDisk("lviv"));
    }

    @Test
    void deletingAPlaceTakesItOffTheEventsThatNameItAsOneChange() {
        assertFalse(commands.delete(LVIV).join()); // cancelled
        assertTrue(dialogs.asked.get(0).message().contains("congress-2016"), dialogs.asked.get(0).message());
        assertTrue(session.dataset().place("lviv").isPresent());
        assertFalse(session.dirty());

        dialogs.choices.add(0);
        assertTrue(commands.delete(LVIV).join());
        assertTrue(session.dataset().place("lviv").isEmpty());
        Event congress = session.dataset().event(CONGRESS.id()).orElseThrow(() -> new AssertionError(
                "the congress Lviv attended stays"));
        assertEquals(List.of("krakow"), congress.participants().stream().map(Participation::place).toList(),
                "without Lviv");
        assertTrue(session.dataset().event("opening-session").isPresent(), "the congress's session too");
        assertTrue(session.undo().join());
        assertTrue(session.dataset().place("lviv").isPresent());
        assertEquals(CONGRESS, session.dataset().event(CONGRESS.id()).orElseThrow(), "Lviv back among its participants");
        assertFalse(session.dirty());
    }

    @Test
    void unsavedChangesAreCopiedEvery30SecondsAndOfferedAfterACrash() {
        assertTrue(ticks.isEmpty());
        session.commit(rename(LVIV, "Lvov")).join();
        assertEquals(1, ticks.size());
        ticks.get(0).run();
        assertTrue(new Recovery().find(folder).isPresent());

        dialogs.choices.add(0); // restore
        start(); // the app started again after a crash
        assertTrue(session.dirty());
        assertEquals("Lvov", session.dataset().place("lviv").orElseThrow().names().en());
        assertTrue(commands.save());
        assertEquals("Lvov", onDisk("lviv"));
        assertTrue(new Recovery().find(folder).isEmpty(), "a save discards the copy");
    }

    @Test
    void closingTheWindowStopsTheAutosaveTimerAndKeepsTheCopy() {
        session.commit(rename(LVIV, "Lvov")).join();
        assertEquals(1, ticks.size(), "unsaved changes: the timer runs");
        autosave.write();
        autosave.close();
        assertTrue(ticks.isEmpty(), "a timer left running would keep the closed window's data alive");
        assertTrue(new Recovery().find(folder).isPresent(), "the copy stays, to be offered at the next opening");
    }

    @Test
    void aColleaguesChangeToAnotherFileIsTakenAndTheEditsKept() throws IOException {
        session.commit(rename(LVIV, "Lvov")).join();
        shownChanges.clear();
        Path other = folder.resolve("2016-congress.json");
        Files.writeString(other, Files.readString(other).replace("\"Kongres\"", "\"Kongres 2016\""));
        Archive reread = EditArchive.open(folder);
        Dataset answer = commands.shown(reread.result().datasetOrNull(), reread).join();

        assertEquals("Lvov", answer.place("lviv").orElseThrow().names().en(), "the unsaved change is what is shown");
        assertEquals("Kongres 2016", answer.event(CONGRESS.id()).orElseThrow().title().pl());
        assertSame(session.dataset(), answer);
        assertEquals(List.of(), shownChanges, "nothing shown meanwhile: the window shows the answer, once");
        assertTrue(session.dirty());
        assertTrue(commands.save());
        assertEquals("Lvov", onDisk("lviv"));
    }

    /**
     * A saved edit is on disk, no longer unsaved: a colleague's later change to its file replaces it (the backup
     * keeps it), while the edit still unsaved, in another file, stays shown on top and is what a save writes.
     */
    @Test
    void aColleaguesChangeToAFileSavedBeforeReplacesItsRecordsAndTheUnsavedEditsStay() throws IOException {
        session.commit(rename(LVIV, "Lvov")).join(); // places.json
        assertTrue(commands.save());
        Event retitled = EditArchive.event(CONGRESS.id(), CONGRESS.kind(), "Kongres 2016", null, CONGRESS.start(),
                "krakow", List.of("krakow", "lviv"));
        assertTrue(session.commit(Change.of(RecordEdit.replace(CONGRESS, retitled))).join()); // 2016-congress.json
        Files.write(folder.resolve("places.json"), CanonicalWriter.write(EditArchive.file(
                List.of(EditArchive.POLAND, EditArchive.UKRAINE), List.of(KRAKOW, LVIV), List.of())));
        Archive reread = EditArchive.open(folder);
        Dataset answer = commands.shown(reread.result().datasetOrNull(), reread).join();
        later.forEach(Runnable::run);

        assertEquals("Lviv", answer.place("lviv").orElseThrow().names().en(), "the colleague's file, as read");
        assertEquals("Kongres 2016", answer.event(CONGRESS.id()).orElseThrow().title().pl(), "the unsaved edit");
        assertTrue(session.dirty());
        assertTrue(dialogs.problems.isEmpty(), () -> "nothing to tell: " + dialogs.problems);
        assertTrue(commands.save());
        assertEquals("Lviv", onDisk("lviv"), "the save writes only the file still edited");
    }

    @Test
    void anArchiveReadAgainWithNothingUnsavedIsShownAsRead() throws IOException {
        Path other = folder.resolve("2016-congress.json");
        Files.writeString(other, Files.readString(other).replace("\"Kongres\"", "\"Kongres 2016\""));
        Archive reread = EditArchive.open(folder);
        Dataset read = reread.result().datasetOrNull();
        assertSame(read, commands.shown(read, reread).join(), "the records as read, the very object");
        assertSame(read, session.dataset());
        assertFalse(session.dirty());
    }

    @Test
    void anotherArchiveOrAFileIsShownAsRead() {
        session.commit(rename(LVIV, "Lvov")).join();
        Archive other = EditArchive.open(EditArchive.write(dir, "other"));
        Dataset read = other.result().datasetOrNull();
        assertSame(read, commands.shown(read, other).join());
        assertFalse(session.dirty(), "another archive starts afresh");
        Dataset bundled = Dataset.empty();
        assertSame(bundled, commands.shown(bundled, null).join());
    }

    /**
     * The colleague renamed Lviv to Lemberg and defined it in the congress's file too; the officer's Lvov, unsaved
     * in places.json, no longer fits that file.
     */
    private Archive colleagueRenamesLvivInBothFiles() throws IOException {
        Place lemberg = EditArchive.renamed(LVIV, "Lemberg");
        Files.write(folder.resolve("places.json"), CanonicalWriter.write(EditArchive.file(
                List.of(EditArchive.POLAND, EditArchive.UKRAINE), List.of(KRAKOW, lemberg), List.of())));
        Files.write(folder.resolve("2016-congress.json"), CanonicalWriter.write(EditArchive.file(
                List.of(EditArchive.POLAND, EditArchive.UKRAINE), List.of(KRAKOW, lemberg),
                List.of(CONGRESS, EditArchive.SESSION))));
        Archive reread = EditArchive.open(folder);
        assertTrue(reread.result().ok(), () -> reread.result().problems().toString());
        return reread;
    }

    @Test
    void aColleaguesChangeTheUnsavedChangesNoLongerFitIsToldAndTheChangesKept() throws IOException {
        session.commit(rename(LVIV, "Lvov")).join();
        Dataset before = session.dataset();
        shownChanges.clear();
        Archive reread = colleagueRenamesLvivInBothFiles();
        Dataset answer = commands.shown(reread.result().datasetOrNull(), reread).join();

        assertSame(before, answer, "the unsaved changes stay shown as they were");
        assertEquals(List.of(), shownChanges);
        assertEquals(List.of(), dialogs.problems, "told once the window shows the answer");
        later.forEach(Runnable::run);
        assertEquals(1, dialogs.problems.size());
        assertTrue(dialogs.problems.get(0).toString().contains("lviv"), dialogs.problems.toString());
        assertTrue(session.dirty());
        assertEquals("Lvov", session.dataset().place("lviv").orElseThrow().names().en());
    }

    @Test
    void unsavedChangesThatNoLongerFitAnotherFileAreNotSavedOverIt() throws IOException {
        session.commit(rename(LVIV, "Lvov")).join(); // places.json
        Files.write(folder.resolve("2016-congress.json"), CanonicalWriter.write(EditArchive.file(
                List.of(EditArchive.POLAND, EditArchive.UKRAINE), List.of(KRAKOW, LVIV),
                List.of(CONGRESS, EditArchive.SESSION)))); // their file defines Lviv too, as on disk
        Archive reread = EditArchive.open(folder);
        assertTrue(reread.result().ok(), () -> reread.result().problems().toString());
        commands.shown(reread.result().datasetOrNull(), reread).join();
        later.forEach(Runnable::run);
        assertEquals(1, dialogs.problems.size(), "told: Lvov no longer fits their Lviv");

        assertFalse(commands.save(), "the archive would not load: nothing is written");
        assertEquals("Lviv", onDisk("lviv"), "the archive on disk still loads, as their save left it");
        assertEquals(1, dialogs.asked.size(), "the choices of a colleague's change: " + dialogs.asked);
        assertTrue(dialogs.asked.get(0).message().contains("2016-congress.json"), dialogs.asked.get(0).message());
        assertTrue(session.dirty());

        Files.write(folder.resolve("2016-congress.json"), CanonicalWriter.write(EditArchive.file(
                List.of(EditArchive.POLAND), List.of(KRAKOW), List.of(CONGRESS, EditArchive.SESSION)))); // undone
        Archive again = EditArchive.open(folder);
        commands.shown(again.result().datasetOrNull(), again).join();
        assertTrue(session.unfitReading().isEmpty(), "the changes fit the files as read now");
        assertTrue(commands.save());
        assertEquals("Lvov", onDisk("lviv"));
    }

    @Test
    void aReadingAnswersOnceTheEditsAskedBeforeItAreTakenWithThemOnTheFilesAsRead() throws IOException {
        var worker = new ArrayList<Runnable>();
        var ui = new ArrayList<Runnable>();
        session = queued(worker, ui);
        shownChanges.clear();
        var renamed = session.commit(rename(LVIV, "Lvov"));
        Path other = folder.resolve("2016-congress.json");
        Files.writeString(other, Files.readString(other).replace("\"Kongres\"", "\"Kongres 2016\""));
        Archive reread = EditArchive.open(folder);
        var answer = session.shown(reread.result().datasetOrNull(), reread).thenApply(lost -> session.dataset());
        assertFalse(answer.isDone(), "the reading waits for the edit asked before it, then for its own check");
        runAll(worker, ui);

        assertTrue(renamed.join());
        assertEquals("Lvov", answer.join().place("lviv").orElseThrow().names().en());
        assertEquals("Kongres 2016", answer.join().event(CONGRESS.id()).orElseThrow().title().pl());
        assertEquals(1, shownChanges.size(), "the edit was shown when taken; the reading only answered");
    }

    @Test
    void aReadingOvertakenByANewerOneAnswersNothingOfItsOwn() throws IOException {
        var worker = new ArrayList<Runnable>();
        var ui = new ArrayList<Runnable>();
        session = queued(worker, ui);
        session.commit(rename(LVIV, "Lvov"));
        runAll(worker, ui);
        Path other = folder.resolve("2016-congress.json");
        Files.writeString(other, Files.readString(other).replace("\"Kongres\"", "\"Kongres 2016\""));
        Archive first = EditArchive.open(folder);
        var older = session.shown(first.result().datasetOrNull(), first);
        Files.writeString(other, Files.readString(other).replace("\"Kongres 2016\"", "\"Kongres 2017\""));
        Archive second = EditArchive.open(folder);
        var newer = session.shown(second.result().datasetOrNull(), second);
        runAll(worker, ui);

        assertEquals(List.of(), older.join());
        assertEquals(List.of(), newer.join());
        assertEquals("Kongres 2017", session.dataset().event(CONGRESS.id()).orElseThrow().title().pl());
        assertEquals("Lvov", session.dataset().place("lviv").orElseThrow().names().en());
    }
}
