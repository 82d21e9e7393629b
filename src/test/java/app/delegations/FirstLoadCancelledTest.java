package app.delegations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.delegations.ui.KeepsJvmDefaults;
import app.delegations.ui.RecordingDialogs;
import app.delegations.ui.TestPrefs;
import app.delegations.ui.common.AppPreferences;
import app.delegations.ui.common.UiLanguage;
import app.delegations.ui.main.DataSource;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Cancel during the very first load (issue 12 A.10): the window says that the loading was cancelled and that
 * nothing is shown, and offers the bundled data, instead of an empty window with nothing to do.
 */
@ExtendWith({KeepsJvmDefaults.class, ApplicationExtension.class})
class FirstLoadCancelledTest {
    private App app;
    private AppPreferences prefs;
    private final RecordingDialogs dialogs = new RecordingDialogs();
    /** Holds the first load until the test has cancelled it. */
    private final CountDownLatch firstLoadMayEnd = new CountDownLatch(1);
    private final AtomicInteger loads = new AtomicInteger();

    @Start
    void start(Stage stage) {
        prefs = TestPrefs.fresh();
        prefs.setLanguage(UiLanguage.ENGLISH);
        DataSource real = AppConfig.loaderSource();
        DataSource slowFirst = (file, progress) -> {
            if (loads.incrementAndGet() == 1) {
                try {
                    firstLoadMayEnd.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return real.load(file, progress);
        };
        app = new App(new AppConfig(prefs, dialogs, slowFirst, null, false, false));
        app.start(stage);
    }

    @AfterEach
    void tearDown(FxRobot robot) {
        firstLoadMayEnd.countDown();
        robot.interact(() -> app.stage().hide());
        TestPrefs.remove(prefs);
    }

    private String text(FxRobot robot, String query) {
        return AppTest.fx(() -> robot.lookup(query).queryAs(Label.class).getText());
    }

    @Test
    void cancellingTheFirstLoadSaysSoAndOffersTheBundledData(FxRobot robot) {
        AppTest.waitUntil(() -> app.workspace().main().loadingProperty().get());
        robot.clickOn("#cancelLoad");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Loading the bundled data was cancelled. No data is shown.", text(robot, "#statusFile"));
        assertEquals("Loading was cancelled.", text(robot, "#placesTable .empty-title"));
        assertEquals("No data is shown. Open a file (Ctrl+O) or show the bundled 2016 data.",
                text(robot, "#placesTable .empty-hint"));
        firstLoadMayEnd.countDown(); // the cancelled load ends: its data is not shown
        Button bundled = robot.lookup("#placesTable .empty-bundled").queryButton();
        assertTrue(AppTest.fx(bundled::isVisible));
        robot.clickOn(bundled);
        AppTest.waitUntil(() -> AppTest.settled(app));
        assertEquals(15, (int) AppTest.fx(() -> TestWindows.placesView(app).table().getItems().size()));
        assertEquals("bundled data (congress-2016.json)", text(robot, "#statusFile"));
        assertEquals(List.of(), dialogs.errors);
    }
}
