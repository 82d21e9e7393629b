package app.delegations.ui.edit;

import static app.delegations.data.edit.EditArchive.KRAKOW;
import static app.delegations.data.edit.EditArchive.LVIV;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.delegations.data.Archive;
import app.delegations.data.Problem;
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
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Officer7 MINOR-N: I have an unsaved change in a file that a colleague leaves broken on the share (a stray comma).
 * Save writes nothing and says the file is changed <em>and damaged</em>, with where it cannot be read; it does not
 * offer a reload that is bound to fail (Enter cancels), and says to wait for the fix or save elsewhere. My change
 * stays; once the colleague fixes the file, saving works again as for any colleague's change.
 */
class DamagedFileSaveTest {
    @TempDir
    Path dir;
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private Path folder;
    private EditSession session;
    private EditCommands commands;

    /** The archive opened in {@code language}, Lviv renamed "Lvov" in English (unsaved, in places.json). */
    private void openAndRenameLviv(UiLanguage language) {
        folder = EditArchive.write(dir, "archive");
        RecordCheck check = EditArchive.check();
        session = new EditSession(check, (data, changed) -> { });
        var saving = new ArchiveSaving(session, check, EditArchive.loader(), CanonicalWriter::write, dialogs,
                () -> Messages.of(language), Runnable::run, p -> { });
        var autosave = new Autosave(session, saving, check, new Recovery(), (period, task) -> () -> { }, dialogs,
                () -> Messages.of(language));
        var later = new ArrayList<Runnable>();
        commands = new EditCommands(session, saving, autosave, dialogs, () -> Messages.of(language), later::add,
                p -> { });
        Archive archive = EditArchive.open(folder);
        commands.shown(archive.result().datasetOrNull(), archive);
        later.forEach(Runnable::run);
        assertTrue(session.commit(Change.of(RecordEdit.replace(lviv(), EditArchive.renamed(lviv(), "Lvov")))).join());
    }

    private Place lviv() {
        return session.dataset().place("lviv").orElseThrow();
    }

    /** A colleague's save of places.json with a stray comma after the schema version: where the loader says. */
    private Problem colleagueBreaksPlaces() throws IOException {
        Path file = folder.resolve("places.json");
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(text.contains("\"schemaVersion\": 1,"), text);
        Files.writeString(file, text.replace("\"schemaVersion\": 1,", "\"schemaVersion\": 1,,"));
        List<Problem> errors = EditArchive.open(folder).result().errors();
        assertEquals(1, errors.size(), errors.toString());
        assertEquals("places.json", errors.get(0).file());
        assertTrue(errors.get(0).line() > 1, "located: " + errors.get(0));
        return errors.get(0);
    }

    private void colleagueFixesPlaces(String pl) throws IOException {
        var theirs = new Place(LVIV.id(), LVIV.kind(), new Names(pl, LVIV.names().en(), LVIV.names().nativeName()),
                LVIV.country(), LVIV.coordinates(), LVIV.note(), LVIV.evidence());
        Files.write(folder.resolve("places.json"), CanonicalWriter.write(EditArchive.file(
                List.of(EditArchive.POLAND, EditArchive.UKRAINE), List.of(KRAKOW, theirs), List.of())));
    }

    @Test
    void aBrokenFileIsToldAsDamagedWithWhereAndNoReloadIsOfferedSoEnterCancels() throws IOException {
        openAndRenameLviv(UiLanguage.ENGLISH);
        Problem broken = colleagueBreaksPlaces();

        assertFalse(commands.save(), "nothing saved: the file changed on disk");
        assertEquals(1, dialogs.askedCarefully.size(), "asked so that Enter cancels: " + dialogs.asked);
        RecordingDialogs.Choice asked = dialogs.askedCarefully.get(0);
        assertEquals("Changed on disk", asked.title());
        assertEquals(List.of("Save as…", "Cancel"), asked.choices(), "no reload: it cannot read the file");
        assertEquals("Nothing was saved: 1 file was changed on disk by someone else since it was read, and the"
                + " archive cannot be read as it is now:\n"
                + "• places.json — changed and damaged (cannot be read: line " + broken.line() + ", column "
                + broken.column() + ")\n\n"
                + "Until the archive on disk is fixed, it cannot be read again and your changes cannot be re-applied"
                + " to it. Wait for the fix and save again (Ctrl+S), or save your version in another folder (Save"
                + " as…). Your changes stay in the window.", asked.message());
        assertEquals(List.of(), dialogs.problems, "no problem table of a reload bound to fail");
        assertEquals("Lvov", lviv().names().en(), "my change stays");
        assertTrue(session.dirty());
    }

    @Test
    void theDamagedFileIsToldInPolish() throws IOException {
        openAndRenameLviv(UiLanguage.POLISH);
        Problem broken = colleagueBreaksPlaces();

        assertFalse(commands.save());
        RecordingDialogs.Choice asked = dialogs.askedCarefully.get(0);
        assertEquals(List.of("Zapisz jako…", "Anuluj"), asked.choices());
        assertEquals("Nic nie zapisano: ktoś inny zmienił na dysku 1 plik od czasu jego wczytania, a archiwum w"
                + " obecnej postaci nie da się wczytać:\n"
                + "• places.json — zmieniony i uszkodzony (nie da się go wczytać: wiersz " + broken.line()
                + ", kolumna " + broken.column() + ")\n\n"
                + "Dopóki archiwum na dysku nie zostanie naprawione, nie da się go wczytać ponownie ani nanieść na"
                + " nie twoich zmian. Poczekaj, aż zostanie naprawione, i zapisz ponownie (Ctrl+S) albo zapisz swoją wersję w"
                + " innym folderze (Zapisz jako…). Twoje zmiany nadal są w oknie.", asked.message());
    }

    @Test
    void onceTheColleagueFixesTheFileSaveOffersTheReloadAgainAndKeepsBothChanges() throws IOException {
        openAndRenameLviv(UiLanguage.ENGLISH);
        colleagueBreaksPlaces();
        assertFalse(commands.save());
        colleagueFixesPlaces("Lwów (kolega)");

        dialogs.choices.add(0); // reload and re-apply, the default again
        assertFalse(commands.save());
        RecordingDialogs.Choice asked = dialogs.asked.get(dialogs.asked.size() - 1);
        assertEquals(List.of("Reload and re-apply", "Save as…", "Cancel"), asked.choices());
        assertTrue(asked.message().endsWith("\n• places.json — changed"), asked.message());
        assertTrue(commands.save());
        Names onDisk = EditArchive.open(folder).result().datasetOrNull().place("lviv").orElseThrow().names();
        assertEquals(new Names("Lwów (kolega)", "Lvov", LVIV.names().nativeName()), onDisk,
                "the colleague's fix and my change are both saved");
    }
}
