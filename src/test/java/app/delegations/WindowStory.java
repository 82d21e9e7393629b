package app.delegations;

import app.delegations.ui.KeepsJvmDefaults;
import app.delegations.ui.RecordingDialogs;
import app.delegations.ui.TestPrefs;
import app.delegations.ui.common.AppPreferences;
import app.delegations.ui.common.UiLanguage;
import app.delegations.ui.details.DetailsFeature;
import app.delegations.ui.forms.FormModel;
import java.nio.file.Path;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A TestFX story on the window as a user starts it ({@link TestWindows#start}): on the bundled data, in English
 * unless the story says otherwise, with preferences and dialogs of the story's own. Each test starts once the
 * data is shown; after it the window is closed and its preferences removed. (The window is started in a
 * {@code @BeforeEach}, on the stage TestFX registered, because TestFX looks for {@code @Start} only in the test
 * class itself, not in the classes it extends.)
 */
@ExtendWith({KeepsJvmDefaults.class, ApplicationExtension.class})
abstract class WindowStory {
    App app;
    AppPreferences prefs;
    final RecordingDialogs dialogs = new RecordingDialogs();

    /** The language the window starts in. */
    UiLanguage language() {
        return UiLanguage.ENGLISH;
    }

    @BeforeEach
    void startWindow() throws TimeoutException {
        prefs = TestPrefs.fresh();
        prefs.setLanguage(language());
        Stage stage = FxToolkit.registerPrimaryStage();
        FxToolkit.setupFixture(() -> app = TestWindows.start(stage, prefs, dialogs));
        AppTest.waitUntil(() -> AppTest.settled(app));
    }

    /** Presses and releases {@code keys} together, then waits for what they set off on the UI thread. */
    static void keys(FxRobot robot, KeyCode... keys) {
        robot.press(keys).release(keys);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** File › Open archive by its keys, {@code folder} chosen in the dialog; answers once the archive is shown. */
    void openArchive(FxRobot robot, Path folder) {
        AppTest.waitUntil(() -> AppTest.settled(app));
        AppTest.fx(() -> dialogs.foldersToChoose.add(folder));
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.O).release(KeyCode.O, KeyCode.SHIFT, KeyCode.CONTROL);
        AppTest.waitUntil(() -> AppTest.settled(app) && app.workspace().current().archive() != null);
    }

    /** The record form open in the detail pane, or null. */
    FormModel form() {
        return AppTest.fx(() -> TestWindows.feature(app, DetailsFeature.class).forms().openProperty().get());
    }

    /** Clicks the form's field {@code field} (a date's editor for a date) and types {@code text} into it. */
    void typeInField(FxRobot robot, String field, String text) {
        AppTest.waitUntil(() -> robot.lookup("#field-" + field).tryQuery().isPresent());
        TextField f = robot.lookup("#field-" + field).query() instanceof DatePicker p ? p.getEditor()
                : robot.lookup("#field-" + field).queryAs(TextField.class);
        robot.interact(() -> f.getParent().requestFocus());
        robot.clickOn(f);
        robot.write(text);
    }

    @AfterEach
    void closeWindow(FxRobot robot) {
        TestWindows.close(robot, app, prefs);
    }
}
