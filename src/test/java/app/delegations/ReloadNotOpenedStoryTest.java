package app.delegations;

import static app.delegations.AppTest.fx;
import static app.delegations.AppTest.settled;
import static app.delegations.AppTest.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.delegations.ui.TestArchive;
import app.delegations.ui.common.Dialogs;
import app.delegations.ui.places.PlaceRow;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/**
 * An officer's archive is not opened (a file in it is broken), she fixes the file, and File › Reload (F5), or
 * "Try again" in the status bar, opens the archive she asked for, not the data shown instead (tester 4, D7). The
 * problems dialog says what is shown meanwhile: at start-up the bundled data, later the data shown before.
 */
class ReloadNotOpenedStoryTest extends WindowStory {
    @TempDir
    Path dir;

    private static List<String> places(App window) {
        return fx(() -> TestWindows.placesView(window).table().getItems().stream().map(PlaceRow::name).sorted()
                .toList());
    }

    private static String text(App window, String id) {
        return fx(() -> ((Labeled) window.window().lookup(id)).getText());
    }

    private static boolean shown(App window, String id) {
        return fx(() -> {
            Node n = window.window().lookup(id);
            return n.isVisible() && n.isManaged();
        });
    }

    @Test
    void aBrokenArchiveAtStartUpFixedOnDiskIsOpenedByF5(FxRobot robot) {
        Path office = TestArchive.krakow(dir, "office");
        TestArchive.halfWritten(office, "b.json");
        robot.interact(() -> app.stage().hide()); // the officer starts the app on her archive: one window
        var config = new AppConfig(prefs, dialogs, AppConfig.loaderSource(), office, false, false);
        App started = fx(() -> {
            var window = new App(config);
            window.start(new Stage());
            return window;
        });
        try {
            waitUntil(() -> settled(started) && started.workspace().current() != null && !dialogs.problems.isEmpty());
            assertEquals(List.of(Dialogs.Shown.BUNDLED), dialogs.notOpened, "at start-up the bundled data is shown "
                    + "instead: nothing was shown before to stay open");
            assertEquals(15, places(started).size(), "the bundled congress meanwhile");
            String status = text(started, "#statusFile");
            assertTrue(status.startsWith("office was not opened (") && status.contains("). Showing instead: bundled "
                    + "data"), status);
            assertTrue(shown(started, "#statusRetry"), "Try again is offered");

            TestArchive.write(office, "b.json", "LT", "Litwa", "Lithuania", "vilnius", "Wilno"); // she fixes it
            robot.interact(() -> started.stage().requestFocus());
            keys(robot, KeyCode.F5);
            waitUntil(() -> settled(started) && started.workspace().current().archive() != null);
            assertEquals(List.of("Kraków", "Wilno"), places(started), "the archive she asked for");
            assertEquals("Delegations — office", fx(() -> started.stage().getTitle()));
            assertNull(started.workspace().main().noticeProperty().get(), "the red line is gone");
            assertFalse(shown(started, "#statusRetry"));
            assertEquals(1, dialogs.problems.size(), "no new problems");
        } finally {
            robot.interact(() -> started.stage().hide());
        }
    }

    @Test
    void aBrokenArchiveWhileDataIsShownLeavesItAndTryAgainOpensTheFixedArchive(FxRobot robot) {
        Path office = TestArchive.krakow(dir, "office");
        TestArchive.halfWritten(office, "b.json");
        fx(() -> dialogs.foldersToChoose.add(office));
        keys(robot, KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.O);
        waitUntil(() -> settled(app) && !dialogs.problems.isEmpty());
        assertEquals(List.of(Dialogs.Shown.BEFORE), dialogs.notOpened, "the data shown before stays open");
        assertEquals(15, places(app).size());

        keys(robot, KeyCode.F5); // not fixed yet: refused again, the congress still shown
        waitUntil(() -> settled(app) && dialogs.problems.size() == 2);
        assertEquals(List.of(Dialogs.Shown.BEFORE, Dialogs.Shown.BEFORE), dialogs.notOpened);
        assertEquals(15, places(app).size());

        TestArchive.write(office, "b.json", "LT", "Litwa", "Lithuania", "vilnius", "Wilno");
        robot.clickOn("#statusRetry");
        waitUntil(() -> settled(app) && app.workspace().current().archive() != null);
        assertEquals(List.of("Kraków", "Wilno"), places(app));
        assertEquals("archive folder " + office.toAbsolutePath(), text(app, "#statusFile"));

        keys(robot, KeyCode.F5); // now shown: Reload reads the archive shown again, as before
        waitUntil(() -> settled(app));
        assertEquals(List.of("Kraków", "Wilno"), places(app));
        assertEquals(2, dialogs.problems.size());
    }
}
