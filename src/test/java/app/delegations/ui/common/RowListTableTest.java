package app.delegations.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.collections.transformation.FilteredList;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableRow;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A table of many rows whose view model puts a changed row where the old one stands ({@link RowList#update}):
 * the table fills again the cells of that row only, and a row the filter no longer leaves goes.
 */
@ExtendWith(ApplicationExtension.class)
class RowListTableTest {
    private static final int ROWS = 100_000;

    /** Counts the cells filled: every column's text is read once per cell filled. */
    private static final class Reads {
        int count;
    }

    private record Row(int id, String text, Reads reads) {
    }

    /** Eight columns, each showing the row's text. */
    private enum TextColumn implements DataColumn<Row> {
        C0, C1, C2, C3, C4, C5, C6, C7;

        @Override
        public ColumnSpec spec() {
            return new ColumnSpec(name(), "places.column.name", 60, Look.TEXT);
        }

        @Override
        public String text(Row row) {
            row.reads().count++;
            return row.text();
        }
    }

    private final Reads reads = new Reads();
    private final RowList<Row> rows = new RowList<>();
    private final FilteredList<Row> filtered = new FilteredList<>(rows, r -> !r.text().startsWith("hidden"));
    private DataTable<Row> table;

    @Start
    void start(Stage stage) {
        var all = new ArrayList<Row>(ROWS);
        for (int i = 0; i < ROWS; i++) {
            all.add(new Row(i, "row " + i, reads));
        }
        rows.setAll(all);
        table = DataTable.of("testTable", List.of(TextColumn.values()), keys -> {
        }, Messages.of(UiLanguage.ENGLISH), "places.title").show(filtered, Platform::runLater);
        stage.setScene(new Scene(table.view(), 600, 28 * 20));
        stage.sizeToScene(); // the stage TestFX shares may keep a size a window test gave it
        stage.show();
    }

    private static <T> T fx(Callable<T> read) {
        try {
            return WaitForAsyncUtils.asyncFx(read).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /** The cells filled by {@code change}, once the table has laid out what it did. */
    private int cellsFilledBy(FxRobot robot, Runnable change) {
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> reads.count = 0);
        robot.interact(change);
        WaitForAsyncUtils.waitForFxEvents();
        return fx(() -> reads.count);
    }

    private List<String> texts(FxRobot robot, int row) {
        return fx(() -> robot.lookup(".table-cell").queryAll().stream()
                .map(n -> (TableCell<?, ?>) n)
                .filter(c -> c.getTableRow() != null && c.getIndex() == row && !c.isEmpty())
                .map(TableCell::getText).toList());
    }

    @Test
    void aShownRowPutInPlaceFillsOnlyItsOwnCells(FxRobot robot) {
        assertEquals(List.of("row 5", "row 5", "row 5", "row 5", "row 5", "row 5", "row 5", "row 5"), texts(robot, 5));
        int filled = cellsFilledBy(robot, () -> rows.update(5, new Row(5, "row 5 changed", reads)));

        assertEquals(TextColumn.values().length, filled, "one row's cells, not every visible row's");
        assertEquals(List.of("row 5 changed", "row 5 changed", "row 5 changed", "row 5 changed", "row 5 changed",
                "row 5 changed", "row 5 changed", "row 5 changed"), texts(robot, 5));
        assertEquals("row 4", texts(robot, 4).get(0));
    }

    @Test
    void aRowNotShownPutInPlaceFillsNoCell(FxRobot robot) {
        int filled = cellsFilledBy(robot, () -> rows.update(50_000, new Row(50_000, "far away", reads)));

        assertEquals(0, filled, "no visible cell changes");
        assertEquals("far away", fx(() -> table.view().getItems().get(50_000).text()));
    }

    @Test
    void aRowTheFilterNoLongerLeavesGoesAndComesBackInItsPlace(FxRobot robot) {
        robot.interact(() -> rows.update(3, new Row(3, "hidden 3", reads)));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(ROWS - 1, (int) fx(() -> table.view().getItems().size()));
        assertFalse(fx(() -> table.view().getItems().stream().anyMatch(r -> r.id() == 3)));
        assertEquals("row 4", texts(robot, 3).get(0), "the rows below moved up");

        robot.interact(() -> rows.update(3, new Row(3, "row 3 again", reads)));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(ROWS, (int) fx(() -> table.view().getItems().size()));
        assertEquals("row 3 again", texts(robot, 3).get(0));
    }

    @Test
    void aSelectedRowPutInPlaceStaysSelectedAsItsNewRow(FxRobot robot) {
        robot.interact(() -> table.view().getSelectionModel().clearAndSelect(7));
        robot.interact(() -> rows.update(7, new Row(7, "row 7 changed", reads)));
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(7, (int) fx(() -> table.view().getSelectionModel().getSelectedIndex()));
        assertEquals("row 7 changed", fx(() -> table.view().getSelectionModel().getSelectedItem().text()),
                "the table's selected item is the new row");
        assertEquals(List.of("row 7 changed"), fx(() -> table.selectedInViewOrder().stream().map(Row::text).toList()));
        Node row = robot.lookup(".table-row-cell").match(n -> n.getPseudoClassStates().stream()
                .anyMatch(p -> p.getPseudoClassName().equals("selected"))).query();
        assertTrue(fx(() -> ((TableRow<?>) row).getItem() instanceof Row r && r.id() == 7));
    }
}
