package app.delegations;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.delegations.data.LoadResult;
import app.delegations.ui.KeepsJvmDefaults;
import app.delegations.ui.RecordingDialogs;
import app.delegations.ui.TestData;
import app.delegations.ui.TestPrefs;
import app.delegations.ui.common.AppPreferences;
import app.delegations.ui.common.UiLanguage;
import app.delegations.ui.places.PlaceRow;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** In Polish, clicking the Name header sorts Zakopane, Łódź, Lublin as Lublin, Łódź, Zakopane. */
@ExtendWith({KeepsJvmDefaults.class, ApplicationExtension.class})
class AppPolishSortTest {
    private App app;
    private AppPreferences prefs;

    @Start
    void start(Stage stage) {
        prefs = TestPrefs.fresh();
        prefs.setLanguage(UiLanguage.POLISH);
        app = new App(new AppConfig(prefs, new RecordingDialogs(),
                (file, progress) -> new LoadResult("polskie-miasta.json", TestData.polishCities(), List.of()),
                null, false, false));
        app.start(stage);
    }

    @BeforeEach
    void waitForData() {
        AppTest.waitUntil(() -> AppTest.settled(app));
    }

    @AfterEach
    void tearDown(FxRobot robot) {
        robot.interact(() -> app.stage().hide());
        TestPrefs.remove(prefs);
    }

    private List<String> names(FxRobot robot) {
        TableView<PlaceRow> t = robot.lookup("#placesTable").queryTableView();
        return AppTest.fx(() -> t.getItems().stream().map(PlaceRow::name).toList());
    }

    @Test
    void clickingNameSortsWithPolishCollation(FxRobot robot) {
        assertEquals(List.of("Zakopane", "Łódź", "Lublin"), names(robot), "the file's order");
        Node header = robot.lookup("#placesTable .column-header").match((Node n) -> "name".equals(n.getId()))
                .query();
        robot.clickOn(header);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("Lublin", "Łódź", "Zakopane"), names(robot));
        robot.clickOn(header);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("Zakopane", "Łódź", "Lublin"), names(robot));
    }
}
