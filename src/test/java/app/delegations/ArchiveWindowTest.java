package app.delegations;

import static app.delegations.AppTest.fx;
import static app.delegations.AppTest.settled;
import static app.delegations.AppTest.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.delegations.ui.TestArchive;
import app.delegations.ui.places.PlaceRow;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/**
 * An office's archive folder in the window, on the real loaders and the real folder watch: File › Open archive,
 * a file added by a colleague, a half-written save, and the archive remembered at the next start.
 */
class ArchiveWindowTest extends WindowStory {
    @TempDir
    Path dir;

    private List<String> places(App window) {
        return fx(() -> TestWindows.placesView(window).table().getItems().stream().map(PlaceRow::name).sorted()
                .toList());
    }

    private String text(FxRobot robot, String id) {
        Labeled l = robot.lookup(id).queryLabeled();
        return fx(l::getText);
    }

    @Test
    void openAnArchiveFolderItsRecordsAppearTheTitleNamesTheFolder(FxRobot robot) {
        Path office = TestArchive.krakow(dir, "office");
        TestArchive.write(office, "b.json", "LT", "Litwa", "Lithuania", "vilnius", "Wilno");
        openArchive(robot, office);
        assertEquals(List.of("Kraków", "Wilno"), places(app));
        assertEquals("Delegations — office", fx(() -> app.stage().getTitle()));
        assertEquals("archive folder " + office.toAbsolutePath(), text(robot, "#statusFile"));
        assertEquals(List.of(), dialogs.problems);
        assertEquals(List.of(), dialogs.errors);
    }

    @Test
    void openAnArchiveWithAConflictTheProblemNamesBothFilesAndTheCongressStays(FxRobot robot) {
        Path office = TestArchive.krakow(dir, "office");
        TestArchive.write(office, "b.json", "PL", "Polska", "Poland", "krakow", "Cracow"); // the same id, another name
        waitUntil(() -> settled(app));
        List<String> before = places(app);
        fx(() -> dialogs.foldersToChoose.add(office));
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.O).release(KeyCode.O, KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil(() -> settled(app) && !dialogs.problems.isEmpty());
        assertEquals(before, places(app), "the congress stays");
        List<String> lines = dialogs.problems.get(0).problems().stream().map(p -> p.format()).toList();
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("b.json:") && l.contains("a.json:")
                && l.contains("names.pl")), () -> String.join("\n", lines));
    }

    @Test
    void theSearchTypedBeforeOpeningAnArchiveAppliesToItsRecords(FxRobot robot) {
        Path office = TestArchive.krakow(dir, "office");
        TestArchive.write(office, "b.json", "LT", "Litwa", "Lithuania", "vilnius", "Wilno");
        waitUntil(() -> settled(app));
        robot.clickOn("#searchField").write("pl");
        waitUntil(() -> settled(app));
        openArchive(robot, office);
        assertEquals(List.of("Kraków"), places(app), "Kraków is in Poland (PL)");
    }

    @Test
    void aKindTickedBeforeOpeningAnArchiveWithoutThatKindStaysShownToUntick(FxRobot robot) {
        Path office = TestArchive.krakow(dir, "office"); // only a city
        waitUntil(() -> settled(app));
        robot.clickOn("#facet-kind-entity");
        waitUntil(() -> settled(app));
        openArchive(robot, office);
        waitUntil(() -> app.window().lookup("#facet-kind-city") != null);
        assertEquals(List.of(), places(app), "no political entity in the archive");
        CheckBox entity = robot.lookup("#facet-kind-entity").queryAs(CheckBox.class);
        assertTrue(fx(entity::isSelected), "the tick that hides every row is there to see");
        robot.clickOn(entity);
        waitUntil(() -> settled(app));
        assertEquals(List.of("Kraków"), places(app));
    }

    @Test
    void aFileAddedToTheFolderAppearsWithoutARestart(FxRobot robot) {
        Path office = TestArchive.krakow(dir, "office");
        openArchive(robot, office);
        assertEquals(List.of("Kraków"), places(app));
        TestArchive.write(office, "b.json", "LT", "Litwa", "Lithuania", "vilnius", "Wilno"); // a colleague's new file
        waitUntil(() -> settled(app) && TestWindows.placesView(app).table().getItems().size() == 2);
        assertEquals(List.of("Kraków", "Wilno"), places(app));
        assertEquals("2 places", text(robot, "#statusCount"));
        assertEquals("office — read again after a change on disk: b.json", text(robot, "#statusFile"));
    }

    @Test
    void aHalfWrittenFileKeepsWhatIsShownAndSaysWhereTheProblemIs(FxRobot robot) {
        Path office = TestArchive.krakow(dir, "office");
        openArchive(robot, office);
        TestArchive.halfWritten(office, "b.json");
        waitUntil(() -> app.workspace().main().noticeProperty().get() != null);
        assertEquals(List.of("Kraków"), places(app), "what is shown stays");
        String status = text(robot, "#statusFile");
        assertTrue(status.startsWith("The archive office was not reloaded (1 error): b.json:3:"), status);
        assertEquals("1 place", fx(() -> Shown.text(robot.lookup("#statusCount").queryLabeled())),
                "the count stays whole beside the long notice");
        assertEquals(status, fx(() -> robot.lookup("#statusFile").queryLabeled().getTooltip().getText()),
                "a notice cut at the window's edge is read whole under the pointer");
        assertEquals("Delegations — office — archive not reloaded (error in b.json)", fx(() -> app.stage().getTitle()));
        assertEquals(List.of(), dialogs.problems, "no dialog for a save caught half-way");
        robot.clickOn("#statusProblems");
        assertEquals(1, dialogs.problems.size(), "the problems, when asked for");
        assertEquals("b.json", dialogs.problems.get(0).problems().get(0).file());

        TestArchive.write(office, "b.json", "LT", "Litwa", "Lithuania", "vilnius", "Wilno"); // the save completes
        waitUntil(() -> settled(app) && TestWindows.placesView(app).table().getItems().size() == 2);
        assertEquals("office — read again after a change on disk: b.json", text(robot, "#statusFile"),
                "the error's notice is gone; the good re-read is said");
    }

    @Test
    void theArchiveIsReopenedAtTheNextStartAndAGoneOneFallsBackToTheCongressWithANotice(FxRobot robot)
            throws IOException {
        Path office = TestArchive.krakow(dir, "office");
        openArchive(robot, office);
        robot.interact(() -> app.stage().hide()); // closing remembers the archive

        App next = startAgain(robot);
        waitUntil(() -> settled(next));
        assertEquals(List.of("Kraków"), places(next));
        assertEquals("Delegations — office", fx(() -> next.stage().getTitle()));
        robot.interact(() -> next.stage().hide());

        try (Stream<Path> files = Files.list(office)) {
            for (Path f : files.toList()) {
                Files.delete(f);
            }
        }
        Files.delete(office);
        App third = startAgain(robot);
        waitUntil(() -> settled(third));
        assertEquals(15, places(third).size(), "the bundled congress");
        assertEquals("The archive folder " + office.toAbsolutePath() + " no longer exists. Showing instead: "
                + "bundled data (congress-2016.json).", text(robot, "#statusFile"));
        assertEquals(List.of(), dialogs.problems);
        assertEquals(List.of(), dialogs.errors);
        robot.interact(() -> third.stage().hide());
    }

    /** Starts the window again, as a user does, on the preferences the window before left. */
    private App startAgain(FxRobot robot) {
        var config = new AppConfig(prefs, dialogs, AppConfig.loaderSource(), null, true, false);
        return fx(() -> {
            var again = new App(config);
            again.start(new Stage());
            return again;
        });
    }
}
