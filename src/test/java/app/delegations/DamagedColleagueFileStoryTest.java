package app.delegations;

import static app.delegations.AppTest.fx;
import static app.delegations.AppTest.settled;
import static app.delegations.AppTest.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.delegations.data.ArchiveLoader;
import app.delegations.data.DatasetLoader;
import app.delegations.data.LoadProgress;
import app.delegations.data.WorldCountries;
import app.delegations.data.edit.Change;
import app.delegations.data.edit.EditArchive;
import app.delegations.data.edit.RecordEdit;
import app.delegations.model.Place;
import app.delegations.ui.KeepsJvmDefaults;
import app.delegations.ui.RecordingDialogs;
import app.delegations.ui.common.AppPreferences;
import app.delegations.ui.edit.EditSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import javafx.stage.Stage;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The officer's story (officer7 MINOR-N): with an unsaved change in a file, a colleague leaves that file broken on
 * the share, and the window says it could not read the archive again. Ctrl+S writes nothing and says the file is
 * changed and damaged, with where; it offers no reload that is bound to fail, so Enter (the default) cancels and
 * no problem table follows. The change stays; once the colleague has fixed the file, Ctrl+S saves it.
 */
@ExtendWith({KeepsJvmDefaults.class, ApplicationExtension.class})
class DamagedColleagueFileStoryTest {
    private App app;
    private AppPreferences prefs;
    private final RecordingDialogs dialogs = new RecordingDialogs();

    @TempDir
    Path dir;

    @Start
    void start(Stage stage) {
        prefs = TestWindows.englishPrefs();
        app = TestWindows.start(stage, prefs, dialogs);
    }

    @AfterEach
    void tearDown(FxRobot robot) {
        TestWindows.close(robot, app, prefs);
    }

    private EditSession session() {
        return app.editing().session();
    }

    /** The colleague's save of {@code file} (its text), read again as the folder's watch reports it. */
    private void colleagueWrites(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8);
        fx(() -> {
            app.workspace().main().filesChanged(Set.of(file));
            return null;
        });
    }

    @Test
    void saveOverABrokenColleaguesFileSaysDamagedWhereEnterCancelsAndSavesOnceFixed(FxRobot robot)
            throws IOException {
        Path office = EditArchive.write(dir, "office");
        waitUntil(() -> settled(app));
        fx(() -> dialogs.foldersToChoose.add(office));
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.O).release(KeyCode.O, KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil(() -> settled(app) && app.workspace().current().archive() != null);
        CompletableFuture<Boolean> renamed = fx(() -> {
            Place p = session().dataset().place("lviv").orElseThrow();
            return session().commit(Change.of(RecordEdit.replace(p, EditArchive.renamed(p, "Lvov"))));
        });
        waitUntil(renamed::isDone);
        assertTrue(renamed.join());

        Path places = office.resolve("places.json");
        String good = Files.readString(places, StandardCharsets.UTF_8);
        colleagueWrites(places, good.replace("\"schemaVersion\": 1,", "\"schemaVersion\": 1,,"));
        waitUntil(() -> settled(app) && fx(() -> app.stage().getTitle()).contains("archive not reloaded"));

        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL); // Enter: the default, Cancel
        waitUntil(() -> settled(app) && !dialogs.asked.isEmpty());
        assertEquals(1, dialogs.askedCarefully.size(), "asked so that Enter cancels: " + dialogs.asked);
        RecordingDialogs.Choice asked = dialogs.askedCarefully.get(0);
        assertEquals(List.of("Save as…", "Cancel"), asked.choices(), "no reload bound to fail");
        assertTrue(asked.message().contains("\n• places.json — changed and damaged (cannot be read: line "),
                asked.message());
        assertTrue(asked.message().contains("Wait for the fix and save again (Ctrl+S)"), asked.message());
        assertEquals(List.of(), dialogs.problems, "no problem table");
        assertEquals(good, Files.readString(places, StandardCharsets.UTF_8).replace(",,", ","),
                "nothing written over the colleague's file");
        assertEquals("Lvov", fx(() -> session().dataset().place("lviv").orElseThrow().names().en()),
                "the change stays");
        assertTrue(fx(() -> session().dirty()), "still unsaved: " + fx(() -> app.stage().getTitle()));

        colleagueWrites(places, good); // fixed
        waitUntil(() -> settled(app));
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        waitUntil(() -> settled(app) && !fx(() -> session().dirty()));
        assertEquals(1, dialogs.asked.size(), "saved without a question: " + dialogs.asked);
        assertEquals("Lvov", new ArchiveLoader(new DatasetLoader(new WorldCountries())).open(office,
                LoadProgress.NONE).result().datasetOrNull().place("lviv").orElseThrow().names().en());
    }
}
