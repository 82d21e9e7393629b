package app.delegations;

import app.delegations.ui.TestPrefs;
import app.delegations.ui.common.AppPreferences;
import app.delegations.ui.common.Dialogs;
import app.delegations.ui.common.UiLanguage;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;

/** The window as the TestFX stories start it: on the bundled data, with preferences and dialogs of the test's own. */
final class TestWindows {
    private TestWindows() {
    }

    /** Fresh preferences of a test's own, with English chosen (the stories read English texts). */
    static AppPreferences englishPrefs() {
        AppPreferences prefs = TestPrefs.fresh();
        prefs.setLanguage(UiLanguage.ENGLISH);
        return prefs;
    }

    /** Starts the app on {@code stage}: the bundled data loads as it does for a user. */
    static App start(Stage stage, AppPreferences prefs, Dialogs dialogs) {
        var app = new App(new AppConfig(prefs, dialogs, AppConfig.loaderSource(), null, false, false));
        app.start(stage);
        return app;
    }

    /** Closes the window (which saves its state while its preferences exist), then removes the preferences. */
    static void close(FxRobot robot, App app, AppPreferences prefs) {
        robot.interact(() -> app.stage().hide());
        TestPrefs.remove(prefs);
    }
}
