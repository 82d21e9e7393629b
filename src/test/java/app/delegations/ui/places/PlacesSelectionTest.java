package app.delegations.ui.places;

import static app.delegations.ui.OnFx.fx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.delegations.index.DatasetIndex;
import app.delegations.model.Entity;
import app.delegations.model.Place;
import app.delegations.ui.MemoryPreferences;
import app.delegations.ui.TestData;
import app.delegations.ui.common.AppPreferences;
import app.delegations.ui.common.EmptyState;
import app.delegations.ui.common.Messages;
import app.delegations.ui.common.Selection;
import app.delegations.ui.common.UiLanguage;
import app.delegations.ui.filter.FilterModel;
import java.util.ArrayList;
import java.util.List;
import javafx.application.Platform;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Places table's row selection and the window's selection, as the filter changes the rows under it: a row
 * the table selects by itself when the selected row leaves its list is never taken for the user's choice.
 */
@ExtendWith(ApplicationExtension.class)
class PlacesSelectionTest {
    private final FilterModel filter = new FilterModel();
    private final Selection selection = new Selection();
    private final PlacesViewModel vm = new PlacesViewModel(filter, selection);
    private final Messages m = Messages.of(UiLanguage.ENGLISH);
    private final List<Entity> selected = new ArrayList<>();

    @Start
    void start(Stage stage) {
        DatasetIndex index = DatasetIndex.build(TestData.congress());
        filter.setIndex(index);
        vm.setRows(index, PlaceRow.build(index, m));
        var yes = new SimpleBooleanProperty(true);
        var no = new SimpleBooleanProperty(false);
        var view = new PlacesView(vm, selection, m, new AppPreferences(new MemoryPreferences()), p -> {
        }, new EmptyState.DataStatus(yes, no, no, () -> {
        }), Platform::runLater);
        selection.selectedProperty().addListener((o, a, b) -> selected.add(b));
        stage.setScene(new Scene(view, 760, 500));
        stage.sizeToScene(); // the stage TestFX shares may keep a size a window test gave it
        stage.show();
        stage.requestFocus();
    }

    private static TableView<PlaceRow> table(FxRobot robot) {
        return robot.lookup("#placesTable").queryTableView();
    }

    private static Node row(FxRobot robot, String id) {
        return robot.lookup("#placesTable .table-row-cell").match((Node n) -> n instanceof TableRow<?> r
                && r.getItem() instanceof PlaceRow p && p.id().equals(id)).query();
    }

    private static String id(Entity e) {
        return e instanceof Place p ? p.id() : String.valueOf(e);
    }

    @Test
    void aSearchThatHidesTheSelectedPlaceSelectsNoOtherPlace(FxRobot robot) {
        robot.clickOn(row(robot, "krakow"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("krakow", fx(() -> id(selection.get())));

        robot.interact(() -> filter.searchTextProperty().set("serb"));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(fx(() -> table(robot).getItems().size()) > 0, "Serbian places are listed");
        assertEquals("krakow", fx(() -> id(selection.get())), "the selection stays Kraków");
        assertEquals(List.of("krakow"), fx(() -> selected.stream().map(PlacesSelectionTest::id).toList()),
                "no other place was selected on the way");
        assertEquals(-1, (int) fx(() -> table(robot).getSelectionModel().getSelectedIndex()),
                "no row is selected while Kraków is not listed");

        robot.interact(() -> filter.searchTextProperty().set(""));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("krakow", fx(() -> table(robot).getSelectionModel().getSelectedItem().id()),
                "Kraków's row is selected again once it is listed");
    }
}
