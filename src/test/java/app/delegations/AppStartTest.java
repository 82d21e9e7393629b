package app.delegations;

import static app.delegations.AppTest.fx;
import static app.delegations.AppTest.waitUntil;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.delegations.ui.KeepsJvmDefaults;
import app.delegations.ui.RecordingDialogs;
import app.delegations.ui.TestPrefs;
import app.delegations.ui.common.AppPreferences;
import app.delegations.ui.common.UiLanguage;
import javafx.application.Application;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The window started with the dark theme remembered: it opens dark, stylesheet and window alike. */
@ExtendWith({KeepsJvmDefaults.class, ApplicationExtension.class})
class AppStartTest {
    private App app;
    private AppPreferences prefs;

    @Start
    void start(Stage stage) {
        prefs = TestPrefs.fresh();
        prefs.setLanguage(UiLanguage.ENGLISH);
        prefs.setTheme(AppPreferences.Theme.DARK);
        app = new App(new AppConfig(prefs, new RecordingDialogs(), AppConfig.loaderSource(), null, false, false));
        app.start(stage);
    }

    @AfterEach
    void tearDown(FxRobot robot) {
        robot.interact(() -> app.stage().hide()); // the theme it set is put back by KeepsJvmDefaults
        TestPrefs.remove(prefs);
    }

    @Test
    void aRememberedDarkThemeIsAppliedToTheStylesheetAndTheWindow() {
        waitUntil(() -> AppTest.settled(app));
        assertTrue(fx(Application::getUserAgentStylesheet).contains("primer-dark"));
        assertTrue(fx(() -> app.window().getStyleClass().contains("theme-dark")), "the window's own colours");
        assertFalse(fx(() -> app.window().getStyleClass().contains("theme-light")));
    }
}
