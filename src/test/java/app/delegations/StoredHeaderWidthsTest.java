package app.delegations;

import static app.delegations.AppTest.settled;
import static app.delegations.AppTest.waitUntil;
import static app.delegations.PlacesColumnsInSightTest.assertEveryHeaderWhole;
import static app.delegations.PlacesColumnsInSightTest.pulses;

import app.delegations.ui.KeepsJvmDefaults;
import app.delegations.ui.RecordingDialogs;
import app.delegations.ui.TestPrefs;
import app.delegations.ui.common.AppPreferences;
import app.delegations.ui.common.UiLanguage;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * The window started again on preferences from an earlier session (tester 5, D5): the column widths it remembers
 * (untrusted: narrower than a header's longest word, or remembered for the other language's shorter headers) still
 * show every header whole, a long one on two lines, at once and after a language switch, not only after some later
 * re-layout ("Nazwa …", "Ostatnie …", "W …", "Meeti…").
 */
@ExtendWith({KeepsJvmDefaults.class, ApplicationExtension.class})
class StoredHeaderWidthsTest {
    /** Places' widths as a session stored them: every header narrower than its text, some than its longest word. */
    private static final String PLACES = "name:60,native:45,kind:50,country:40,meetings:50,lastMeeting:70,role:40";
    private static final String EVENTS = "dates:50,title:60,kind:30,place:40,parent:20,places:40,presenters:40";

    private App app;
    private AppPreferences prefs;
    private final RecordingDialogs dialogs = new RecordingDialogs();

    @BeforeEach
    void startWindow() throws TimeoutException {
        prefs = TestPrefs.fresh();
        prefs.setLanguage(UiLanguage.POLISH);
        prefs.put("table.places", "name,native,kind,country,meetings,lastMeeting,role;lastMeeting:D");
        prefs.put("table.places.widths.pl", PLACES);
        prefs.put("table.places.widths.en", PLACES);
        prefs.put("table.events.widths.pl", EVENTS);
        Stage stage = FxToolkit.registerPrimaryStage();
        FxToolkit.setupFixture(() -> {
            app = TestWindows.start(stage, prefs, dialogs);
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(1280);
            stage.setHeight(768);
        });
        waitUntil(() -> settled(app));
    }

    @AfterEach
    void closeWindow(FxRobot robot) {
        TestWindows.close(robot, app, prefs);
    }

    @Test
    void rememberedNarrowWidthsShowEveryHeaderWholeAtOnce(FxRobot robot) {
        pulses(robot, 5);
        assertEveryHeaderWhole(robot, "#placesTable");
        show(robot, "tabEvents");
        assertEveryHeaderWhole(robot, "#eventsTable");
    }

    @Test
    void widthsRememberedForPolishHeadersShowTheEnglishOnesWhole(FxRobot robot) {
        pulses(robot, 5);
        robot.interact(() -> app.workspace().main().languageProperty().set(UiLanguage.ENGLISH));
        waitUntil(() -> settled(app) && app.workspace().main().messages().language() == UiLanguage.ENGLISH);
        pulses(robot, 5);
        assertEveryHeaderWhole(robot, "#placesTable");
    }

    private void show(FxRobot robot, String tab) {
        TabPane views = robot.lookup("#views").query();
        robot.interact(() -> views.getSelectionModel().select(views.getTabs().stream()
                .filter(t -> tab.equals(t.getId())).findFirst().orElseThrow()));
        pulses(robot, 5);
    }

}
