package app.delegations.ui.organisations;

import static app.delegations.ui.OnFx.fx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.delegations.data.Checkpoint;
import app.delegations.data.DatasetLoader;
import app.delegations.index.DatasetIndex;
import app.delegations.model.Entity;
import app.delegations.model.Organisation;
import app.delegations.ui.MemoryPreferences;
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
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Organisations table on the bundled data, as a user clicks, copies and arranges it. */
@ExtendWith(ApplicationExtension.class)
class OrganisationsViewTest {
    private final FilterModel filter = new FilterModel();
    private final Selection selection = new Selection();
    private final OrganisationsViewModel vm = new OrganisationsViewModel(filter, selection);
    private final AppPreferences prefs = new AppPreferences(new MemoryPreferences());
    private final Messages m = Messages.of(UiLanguage.ENGLISH);
    private final List<Organisation> opened = new ArrayList<>();
    private Stage stage;
    private OrganisationsView view;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        DatasetIndex index = DatasetIndex.build(new DatasetLoader().loadBundled().datasetOrNull());
        filter.setIndex(index);
        vm.setRows(OrganisationRow.build(index, m, Checkpoint.NONE));
        view = newView();
        stage.setScene(new Scene(view, 760, 400));
        stage.sizeToScene(); // the stage TestFX shares may keep a size a window test gave it
        stage.show();
        stage.requestFocus();
    }

    private OrganisationsView newView() {
        var yes = new SimpleBooleanProperty(true);
        var no = new SimpleBooleanProperty(false);
        return new OrganisationsView(vm, selection, m, prefs, opened::add, new EmptyState.DataStatus(yes, no, no, () -> {
        }), Platform::runLater);
    }

    private TableView<OrganisationRow> table(FxRobot robot) {
        return robot.lookup("#organisationsTable").queryTableView();
    }

    private static Node row(FxRobot robot, String id) {
        return robot.lookup("#organisationsTable .table-row-cell").match((Node n) -> n instanceof TableRow<?> r
                && r.getItem() instanceof OrganisationRow o && o.id().equals(id)).query();
    }

    private static String selectedId(Entity e) {
        return e instanceof Organisation o ? o.id() : null;
    }

    @Test
    void clickingARowSelectsTheOrganisationAndADoubleClickOpensIt(FxRobot robot) {
        robot.clickOn(row(robot, "city-monitoring-centre"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("city-monitoring-centre", fx(() -> selectedId(selection.get())));
        assertTrue(opened.isEmpty());
        robot.doubleClickOn(row(robot, "saint-petersburg-authorities"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("saint-petersburg-authorities", fx(() -> selectedId(selection.get())));
        assertEquals(List.of("saint-petersburg-authorities"), opened.stream().map(Organisation::id).toList());

        robot.interact(() -> selection.clear());
        assertEquals(-1, (int) fx(() -> table(robot).getSelectionModel().getSelectedIndex()),
                "no row stays selected once the detail pane shows something else");
    }

    @Test
    void ctrlCCopiesTheSelectedRowsWithAHeader(FxRobot robot) {
        robot.clickOn(row(robot, "forum-of-slavic-cultures"));
        robot.press(KeyCode.SHIFT);
        robot.clickOn(row(robot, "city-monitoring-centre"));
        robot.release(KeyCode.SHIFT);
        robot.press(KeyCode.CONTROL, KeyCode.C).release(KeyCode.C, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Name\tKind\tPlace\n"
                + "Forum of Slavic Cultures Foundation\tFoundation\t\n"
                + "City Monitoring Centre\tCity unit\tSaint Petersburg\n",
                fx(() -> Clipboard.getSystemClipboard().getString()));
    }

    @Test
    void columnOrderWidthsAndSortSurviveARebuild(FxRobot robot) {
        robot.interact(() -> {
            var columns = table(robot).getColumns();
            TableColumn<OrganisationRow, ?> place = columns.remove(2);
            columns.add(0, place);
            TableColumn<OrganisationRow, ?> name = columns.get(1);
            table(robot).resizeColumn(name, 60); // as a drag of the header's edge does
            name.setSortType(TableColumn.SortType.DESCENDING);
            table(robot).getSortOrder().setAll(List.of(name));
        });
        WaitForAsyncUtils.waitForFxEvents();
        List<String> order = fx(() -> table(robot).getColumns().stream().map(TableColumn::getId).toList());
        List<Long> widths = fx(() -> table(robot).getColumns().stream().map(c -> Math.round(c.getWidth())).toList());
        assertEquals(List.of("place", "name", "kind"), order);
        List<String> sorted = fx(() -> vm.items().stream().map(OrganisationRow::name).toList());
        assertEquals(List.of("St. Petersburg city authorities", "Forum of Slavic Cultures Foundation",
                "City Monitoring Centre"), sorted, "by name, descending");

        robot.interact(() -> {
            view.dispose();
            vm.sort(List.of()); // as a fresh start would have it
            view = newView();
            stage.getScene().setRoot(view);
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(order, fx(() -> table(robot).getColumns().stream().map(TableColumn::getId).toList()));
        assertEquals(widths, fx(() -> table(robot).getColumns().stream().map(c -> Math.round(c.getWidth())).toList()),
                "the widths as they were");
        assertEquals(sorted, fx(() -> table(robot).getItems().stream().map(OrganisationRow::name).toList()),
                "the sort as it was");
    }
}
