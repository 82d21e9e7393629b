package app.delegations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.delegations.ui.KeepsJvmDefaults;
import app.delegations.ui.RecordingDialogs;
import app.delegations.ui.TestPrefs;
import app.delegations.ui.common.AppPreferences;
import app.delegations.ui.common.AppPreferences.WindowBounds;
import app.delegations.ui.common.UiLanguage;
import java.nio.file.Path;
import java.util.List;
import java.util.prefs.BackingStoreException;
import javafx.geometry.Rectangle2D;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableView;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The window starts on damaged preferences (issue 12 A.3): the values that made every start fail or opened a
 * window larger than the screen now fall back to their defaults.
 */
@ExtendWith({KeepsJvmDefaults.class, ApplicationExtension.class})
class DamagedPreferencesTest {
    private App app;
    private AppPreferences prefs;
    private final RecordingDialogs dialogs = new RecordingDialogs();

    @Start
    void start(Stage stage) {
        prefs = TestPrefs.fresh();
        prefs.setLanguage(UiLanguage.ENGLISH);
        prefs.put("table.places", "name;:");
        prefs.put("table.countries", "countryName;:");
        prefs.put("table.places.widths.en", "name:NaN,name:,:,role:-1,kind:1e400");
        prefs.setWindowBounds(new WindowBounds(0, 0, 100_000, 100_000, false));
        prefs.addRecentFile(Path.of("/gone/visits_2024.json"), false); // none of these exists here
        prefs.addRecentFile(Path.of("/gone/office"), true);
        prefs.addRecentFile(Path.of("/"), false);
        app = new App(new AppConfig(prefs, dialogs, AppConfig.loaderSource(), null, false, false));
        app.start(stage); // threw ArrayIndexOutOfBoundsException in TableSupport.restoreColumns
    }

    @BeforeEach
    void waitForData() {
        AppTest.waitUntil(() -> AppTest.settled(app));
    }

    @AfterEach
    void tearDown(FxRobot robot) {
        TestWindows.close(robot, app, prefs);
    }

    @Test
    void theWindowOpensOnTheDataAndTheCountriesTabOpensToo(FxRobot robot) {
        assertEquals("15 places", AppTest.fx(() -> robot.lookup("#statusCount").queryLabeled().getText()));
        robot.clickOn("#tabCountries");
        TableView<?> countries = robot.lookup("#countriesTable").queryTableView();
        assertEquals(8, (int) AppTest.fx(() -> countries.getItems().size()));
        assertEquals(List.of(), dialogs.errors, "no error dialog");
    }

    @Test
    void recentEntriesThatAreGoneOrTheRootAreListedByWhatWasRemembered(FxRobot robot) {
        Menu recent = AppTest.fx(() -> robot.lookup("#menuBar").queryAs(MenuBar.class).getMenus().stream()
                .filter(m -> "menuFile".equals(m.getId())).findFirst().orElseThrow().getItems().stream()
                .filter(i -> "menuRecent".equals(i.getId())).map(Menu.class::cast).findFirst().orElseThrow());
        assertEquals(List.of("_1 /", "_2 office (archive folder) — /gone", "_3 visits__2024.json — /gone"),
                AppTest.fx(() -> recent.getItems().stream().map(MenuItem::getText).toList()),
                "the root's name was \"null — null\"; a folder no longer there still reads as an archive folder");
    }

    @Test
    void aStoredWindowLargerThanTheScreenOpensFittedToIt() {
        Rectangle2D screen = AppTest.fx(() -> Screen.getPrimary().getVisualBounds());
        Stage stage = app.stage();
        Rectangle2D window = AppTest.fx(() -> new Rectangle2D(stage.getX(), stage.getY(), stage.getWidth(),
                stage.getHeight()));
        assertTrue(screen.contains(window), window + " should lie on " + screen);
    }

    @Test
    void everyKeyASessionStoresIsCoveredByTheStoredPreferencesTest(FxRobot robot) throws BackingStoreException {
        robot.clickOn("#tabCountries");
        robot.interact(() -> app.stage().hide()); // stores what a session stores
        List<String> keys = List.of(prefs.node().keys());
        assertTrue(keys.contains("table.countries"), keys.toString());
        assertTrue(TestPrefs.STORED_KEYS.containsAll(keys), keys + " should all be in TestPrefs.STORED_KEYS");
    }
}
