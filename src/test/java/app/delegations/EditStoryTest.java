package app.delegations;

import static app.delegations.AppTest.fx;
import static app.delegations.AppTest.settled;
import static app.delegations.AppTest.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.delegations.data.Archive;
import app.delegations.data.ArchiveLoader;
import app.delegations.data.DatasetLoader;
import app.delegations.data.LoadProgress;
import app.delegations.data.WorldCountries;
import app.delegations.data.edit.Change;
import app.delegations.data.edit.EditArchive;
import app.delegations.data.edit.RecordEdit;
import app.delegations.data.write.CanonicalWriter;
import app.delegations.model.Dataset;
import app.delegations.model.Place;
import app.delegations.ui.RecordingDialogs;
import app.delegations.ui.edit.EditSession;
import app.delegations.ui.places.PlaceRow;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import javafx.event.Event;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/**
 * Correcting an archive in the window: an officer's edit through the edit session (as a form commits it), undone
 * and redone by their keys, saved with Ctrl+S; a colleague's save in between; quitting with unsaved changes; a
 * delete of an event that others refer to.
 */
class EditStoryTest extends WindowStory {
    private Path office;

    @TempDir
    Path dir;

    @BeforeEach
    void openTheArchive(FxRobot robot) {
        office = EditArchive.write(dir, "office");
        openArchive(robot, office);
    }

    private EditSession session() {
        return app.editing().session();
    }

    private Dataset shown() {
        return fx(() -> app.workspace().current().dataset());
    }

    private String title() {
        return fx(() -> app.stage().getTitle());
    }

    private List<String> places() {
        return fx(() -> TestWindows.placesView(app).table().getItems().stream().map(PlaceRow::name).sorted()
                .toList());
    }

    private void keysSettled(FxRobot robot, KeyCode... codes) {
        robot.press(codes).release(codes);
        waitUntil(() -> settled(app));
    }

    private void rename(String id, String en) {
        CompletableFuture<Boolean> renamed = fx(() -> {
            Place p = session().dataset().place(id).orElseThrow();
            return session().commit(Change.of(RecordEdit.replace(p, EditArchive.renamed(p, en))));
        });
        waitUntil(renamed::isDone);
        assertTrue(renamed.join());
        waitUntil(() -> settled(app));
    }

    private Dataset onDisk() {
        Archive archive = new ArchiveLoader(new DatasetLoader(new WorldCountries())).open(office, LoadProgress.NONE);
        assertEquals(List.of(), archive.result().problems(), "the archive on disk loads without problems");
        return archive.result().datasetOrNull();
    }

    private void fireMenuItem(String id) {
        fx(() -> {
            MenuBar bar = (MenuBar) app.window().lookup("#menuBar");
            for (Menu m : bar.getMenus()) {
                for (MenuItem item : m.getItems()) {
                    if (id.equals(item.getId()) && !item.isDisable()) {
                        item.fire();
                    }
                }
            }
            return null;
        });
        waitUntil(() -> settled(app));
    }

    @Test
    void correctAPlacesEnglishNameUndoRedoSave(FxRobot robot) {
        assertTrue(fx(() -> session().editableProperty().get()), "an archive is editable");
        rename("lviv", "Lvov");
        assertEquals(List.of("Krakow", "Lvov"), places());
        assertEquals("Delegations — office •", title());

        keysSettled(robot, KeyCode.CONTROL, KeyCode.Z);
        assertEquals(List.of("Krakow", "Lviv"), places());
        assertEquals("Delegations — office", title());

        keysSettled(robot, KeyCode.CONTROL, KeyCode.Y);
        assertEquals(List.of("Krakow", "Lvov"), places());

        keysSettled(robot, KeyCode.CONTROL, KeyCode.S);
        assertEquals("Delegations — office", title());
        assertEquals("Lvov", onDisk().place("lviv").orElseThrow().names().en());
        assertEquals(shown().places(), onDisk().places(), "what the window shows is what was saved");
        assertEquals(List.of(), dialogs.asked);
        assertEquals(List.of(), dialogs.errors);
    }

    @Test
    void aColleagueChangedTheFileSaveRefusesAndOffersTheChoices(FxRobot robot) throws IOException {
        rename("lviv", "Lvov");
        byte[] theirs = CanonicalWriter.write(EditArchive.file(List.of(EditArchive.POLAND, EditArchive.UKRAINE),
                List.of(EditArchive.KRAKOW, EditArchive.renamed(EditArchive.LVIV, "Lemberg")), List.of()));
        Files.write(office.resolve("places.json"), theirs);

        keysSettled(robot, KeyCode.CONTROL, KeyCode.S); // the dialogs answer Cancel
        assertEquals(1, dialogs.asked.size());
        RecordingDialogs.Choice asked = dialogs.asked.get(0);
        assertTrue(asked.message().contains("places.json"), asked.message());
        assertEquals(List.of("Reload and re-apply", "Save as…", "Cancel"), asked.choices());
        assertEquals("Lemberg", onDisk().place("lviv").orElseThrow().names().en(), "their file is not overwritten");
        assertTrue(title().endsWith("•"), "the changes are still unsaved");
    }

    @Test
    void quitWithUnsavedChangesIsAsked() {
        rename("lviv", "Lvov");
        fx(() -> {
            Event.fireEvent(app.stage(), new WindowEvent(app.stage(), WindowEvent.WINDOW_CLOSE_REQUEST));
            return null;
        });
        assertEquals(1, dialogs.asked.size());
        assertEquals(List.of("Save", "Discard the changes", "Cancel"), dialogs.asked.get(0).choices());
        assertTrue(fx(() -> app.stage().isShowing()), "Cancel keeps the window open");
        assertEquals("Lviv", onDisk().place("lviv").orElseThrow().names().en());

        fx(() -> {
            dialogs.choices.add(0); // Save
            Event.fireEvent(app.stage(), new WindowEvent(app.stage(), WindowEvent.WINDOW_CLOSE_REQUEST));
            return null;
        });
        assertFalse(fx(() -> app.stage().isShowing()), "saved, the window closes");
        assertEquals("Lvov", onDisk().place("lviv").orElseThrow().names().en());
    }

    @Test
    void aNewArchiveHoldsTheCongressAndIsEditable() {
        Path fresh = dir.resolve("new-office");
        fx(() -> dialogs.foldersToChoose.add(fresh));
        fireMenuItem("menuNewArchive");
        waitUntil(() -> settled(app) && app.workspace().current().archive() != null
                && app.workspace().current().archive().folder().equals(fresh));
        assertTrue(Files.isRegularFile(fresh.resolve("congress-2016.json")));
        assertEquals("Delegations — new-office", title());
        assertTrue(fx(() -> session().editableProperty().get()));
        assertEquals(List.of(), dialogs.errors);
    }

    @Test
    void deleteAnEventThatOthersReferToToldWhichAndNothingHalfDeleted(FxRobot robot) {
        fx(() -> {
            app.workspace().selection().select(shown().event(EditArchive.CONGRESS.id()).orElseThrow());
            return null;
        });
        fireMenuItem("menuDelete"); // the dialogs answer Cancel
        assertEquals(1, dialogs.asked.size());
        assertTrue(dialogs.asked.get(0).message().contains("opening-session"), dialogs.asked.get(0).message());
        assertTrue(shown().event(EditArchive.CONGRESS.id()).isPresent());
        assertTrue(shown().event("opening-session").isPresent(), "nothing half-deleted");
        assertFalse(title().endsWith("•"));

        fx(() -> dialogs.choices.add(0));
        fireMenuItem("menuDelete");
        assertTrue(shown().event(EditArchive.CONGRESS.id()).isEmpty());
        assertTrue(shown().event("opening-session").isEmpty(), "its session went with it");

        keysSettled(robot, KeyCode.CONTROL, KeyCode.Z);
        assertTrue(shown().event(EditArchive.CONGRESS.id()).isPresent());
        assertTrue(shown().event("opening-session").isPresent());
        assertFalse(title().endsWith("•"), "one undo brings all of it back");
    }

    @Test
    void anEditCommittedWhileTheArchiveIsReadAgainIsWhatTheViewsEndShowing() throws IOException {
        Path theirs = office.resolve("kyiv.json"); // a colleague's new file
        Files.write(theirs, CanonicalWriter.write(EditArchive.file(List.of(EditArchive.UKRAINE),
                List.of(EditArchive.place("kyiv", "Kijów", "Kyiv", "UA")), List.of())));
        CompletableFuture<Boolean> renamed = fx(() -> {
            app.workspace().main().filesChanged(Set.of(theirs)); // read again, off the UI thread
            Place p = session().dataset().place("lviv").orElseThrow();
            return session().commit(Change.of(RecordEdit.replace(p, EditArchive.renamed(p, "Lvov"))));
        });
        waitUntil(() -> renamed.isDone() && settled(app) && !app.workspace().main().busy()
                && places().contains("Kyiv"));
        assertTrue(renamed.join());

        assertEquals(List.of("Krakow", "Kyiv", "Lvov"), places(), "the edit and the colleague's file, both");
        assertEquals(fx(() -> session().dataset().places()), shown().places(), "the views show the session's records");
        assertTrue(title().endsWith("•"));
    }

    @Test
    void closingTheWindowWhileAnEditIsCheckedAppliesNothingAndLeavesNoThread() throws InterruptedException {
        Dataset before = fx(() -> session().dataset());
        CompletableFuture<Boolean> renamed = fx(() -> {
            Place p = session().dataset().place("lviv").orElseThrow();
            var f = session().commit(Change.of(RecordEdit.replace(p, EditArchive.renamed(p, "Lvov"))));
            app.stage().hide(); // in the same turn of the UI thread: the check cannot have answered
            return f;
        });
        waitUntil(renamed::isDone);

        assertFalse(renamed.join(), "not taken");
        assertEquals(before, fx(() -> session().dataset()));
        assertFalse(fx(() -> session().dirty()));
        assertFalse(fx(() -> session().canUndoProperty().get()));
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            if (t.getName().equals("delegations-edit-checks")) {
                t.join(10_000);
                assertFalse(t.isAlive(), "the checking thread stopped with the window");
            }
        }
    }
}
