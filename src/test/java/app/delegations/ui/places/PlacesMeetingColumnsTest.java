package app.delegations.ui.places;

import static app.delegations.ui.OnFx.fx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.delegations.index.DatasetIndex;
import app.delegations.model.Dataset;
import app.delegations.model.Event;
import app.delegations.ui.DatasetEdits;
import app.delegations.ui.MemoryPreferences;
import app.delegations.ui.TestData;
import app.delegations.ui.common.AppPreferences;
import app.delegations.ui.common.EmptyState;
import app.delegations.ui.common.Messages;
import app.delegations.ui.common.Selection;
import app.delegations.ui.common.UiLanguage;
import app.delegations.ui.filter.FilterModel;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import javafx.application.Platform;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * "Which Serbian cities have we met, and when?": the Places table shows each place's number of meetings and its
 * last meeting, and a click on the Last meeting header puts the latest first.
 */
@ExtendWith(ApplicationExtension.class)
class PlacesMeetingColumnsTest {
    private final FilterModel filter = new FilterModel();
    private final PlacesViewModel vm = new PlacesViewModel(filter, new Selection());
    private final Messages m = Messages.of(UiLanguage.ENGLISH);

    @Start
    void start(Stage stage) {
        Dataset data = TestData.congress();
        Event portals = data.event("krakow-portals-presentation-2016-11-30").orElseThrow();
        DatasetIndex index = DatasetIndex.build(DatasetEdits.with(data,
                PlacesViewModelTest.moved(portals, LocalDate.of(2017, 3, 2), LocalDate.of(2017, 3, 3))));
        filter.setIndex(index);
        vm.setRows(index, PlaceRow.build(index, m));
        var yes = new SimpleBooleanProperty(true);
        var no = new SimpleBooleanProperty(false);
        var view = new PlacesView(vm, new Selection(), m, new AppPreferences(new MemoryPreferences()), p -> {
        }, new EmptyState.DataStatus(yes, no, no, () -> {
        }), Platform::runLater);
        stage.setScene(new Scene(view, 1100, 500));
        stage.sizeToScene(); // the stage TestFX shares may keep a size a window test gave it
        stage.show();
        stage.requestFocus();
    }

    private static TableView<PlaceRow> table(FxRobot robot) {
        return robot.lookup("#placesTable").queryTableView();
    }

    /** The texts the cells of a column show, top to bottom. */
    private static List<String> shown(FxRobot robot, String columnId) {
        return fx(() -> robot.lookup("#placesTable .table-row-cell").queryAll().stream()
                .filter(Node::isVisible)
                .sorted((a, b) -> Double.compare(a.getLayoutY(), b.getLayoutY()))
                .map(row -> row.lookupAll(".table-cell").stream()
                        .filter(c -> c instanceof TableCell<?, ?> cell
                                && columnId.equals(cell.getTableColumn().getId()))
                        .map(c -> Objects.toString(((Labeled) c).getText(), "")).findFirst().orElse(""))
                .filter(t -> !t.isEmpty()).toList());
    }

    @Test
    void theMeetingsAndLastMeetingColumnsShowAndAClickOnLastMeetingPutsTheLatestFirst(FxRobot robot) {
        List<String> headers = fx(() -> table(robot).getVisibleLeafColumns().stream().map(TableColumn::getText).toList());
        assertEquals(List.of("Name", "Native name", "Kind", "Country", "Meetings", "Last meeting", "Role"), headers);
        assertTrue(shown(robot, "meetings").contains("5"), () -> shown(robot, "meetings").toString());
        assertTrue(shown(robot, "lastMeeting").contains("30 November 2016"), () -> shown(robot, "lastMeeting").toString());

        Node header = robot.lookup("#placesTable .column-header").match((Node n) -> "lastMeeting".equals(n.getId()))
                .query();
        robot.clickOn(header); // ascending
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Kraków", fx(() -> table(robot).getItems().get(table(robot).getItems().size() - 1).name()));
        robot.clickOn(header); // descending
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Kraków", fx(() -> table(robot).getItems().get(0).name()), "the latest meeting first");
        assertEquals("2–3 March 2017", shown(robot, "lastMeeting").get(0), "and shown at the top");
        assertEquals("Participant, Presenter", shown(robot, "role").get(0));
    }
}
