package app.delegations.ui.common;

import static app.delegations.ui.OnFx.fx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.delegations.model.Entity;
import app.delegations.model.Event;
import app.delegations.model.Place;
import app.delegations.ui.TestData;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Any table's row selection as its rows change under it: the row the table selects by itself when the selected
 * row leaves its list is not the user's choice, so it never reaches the window's {@link Selection}.
 */
@ExtendWith(ApplicationExtension.class)
class DataTableSelectionTest {
    /** One column: the place's id. */
    private enum IdColumn implements DataColumn<Place> {
        ID;

        @Override
        public ColumnSpec spec() {
            return new ColumnSpec("id", "places.column.name", 200, Look.TEXT);
        }

        @Override
        public String text(Place row) {
            return row.id();
        }
    }

    private final ObservableList<Place> rows = FXCollections.observableArrayList(TestData.congress().places());
    private final Selection selection = new Selection();
    private final List<Entity> selected = new ArrayList<>();
    /** How many times the table asked whether a row shows a record. */
    private final AtomicInteger looked = new AtomicInteger();
    private DataTable<Place> table;

    @Start
    void start(Stage stage) {
        table = DataTable.of("testTable", List.of(IdColumn.values()), keys -> {
        }, Messages.of(UiLanguage.ENGLISH), "places.title")
                .show(rows)
                .selecting(selection, Place.class, (r, e) -> {
                    looked.incrementAndGet();
                    return r.equals(e);
                }, selection::select, r -> {
                });
        selection.selectedProperty().addListener((o, a, b) -> selected.add(b));
        stage.setScene(new Scene(table.view(), 300, 500));
        stage.sizeToScene(); // the stage TestFX shares may keep a size a window test gave it
        stage.show();
    }

    private List<String> selectedIds() {
        return fx(() -> selected.stream().map(e -> e instanceof Place p ? p.id() : String.valueOf(e)).toList());
    }

    @Test
    void theSelectedRowLeavingTheListSelectsNoOtherRecord(FxRobot robot) {
        Place kosice = rows.get(8);
        robot.interact(() -> table.view().getSelectionModel().clearAndSelect(8)); // as a click on its row does
        assertEquals(List.of("kosice"), selectedIds());

        robot.interact(() -> rows.remove(kosice)); // a narrowing that removes only that row
        assertEquals("kosice", fx(() -> ((Place) selection.get()).id()), "the selection stays Košice");
        assertEquals(List.of("kosice"), selectedIds(), "no neighbour was selected on the way");
        assertEquals(-1, (int) fx(() -> table.view().getSelectionModel().getSelectedIndex()));

        robot.interact(() -> rows.removeAll(rows.subList(0, 3)));
        robot.interact(() -> rows.add(2, kosice));
        assertEquals(2, (int) fx(() -> table.view().getSelectionModel().getSelectedIndex()),
                "its row selected again once listed");
        assertEquals(List.of("kosice"), selectedIds());
    }

    @Test
    void aSelectedEventLeavesNoPlaceRowSelectedWithoutLookingThroughTheRows(FxRobot robot) {
        robot.interact(() -> table.view().getSelectionModel().clearAndSelect(8));
        Event congress = TestData.congress().events().get(0);
        looked.set(0);
        robot.interact(() -> selection.select(congress)); // a link in the details, the timeline, the Events table
        assertEquals(-1, (int) fx(() -> table.view().getSelectionModel().getSelectedIndex()), "no place row selected");
        assertTrue(looked.get() <= 1, "asked of the selected row at most, not of every row: " + looked.get());

        Place kosice = rows.get(8);
        robot.interact(() -> selection.select(kosice));
        assertEquals(8, (int) fx(() -> table.view().getSelectionModel().getSelectedIndex()),
                "a place selected again has its row selected");
    }
}
