package app.delegations.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.stream.IntStream;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.Scene;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.beans.property.SimpleStringProperty;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A table given many new rows gets them a few per frame until a screenful; a few rows come at once. */
@ExtendWith(ApplicationExtension.class)
class GradualFillTest {
    private final ObservableList<String> rows = FXCollections.observableArrayList();
    private final Deque<Runnable> queued = new ArrayDeque<>();
    private TableView<String> table;

    @Start
    void start(Stage stage) {
        table = new TableView<>();
        var column = new TableColumn<String, String>("Name");
        column.setCellValueFactory(c -> new SimpleStringProperty(c.getValue()));
        table.getColumns().add(column);
        table.setFixedCellSize(28);
        GradualFill.show(table, rows, queued::add, DataTable.ROW_HEIGHT);
        stage.setScene(new Scene(table, 300, 28 * 20));
        stage.sizeToScene(); // the stage TestFX shares may keep a size a window test gave it
        stage.show();
    }

    private static List<String> names(int n) {
        return IntStream.range(0, n).mapToObj(i -> "place " + i).toList();
    }

    @Test
    void manyRowsComeAScreenfulOverAFewFrames(FxRobot robot) {
        robot.interact(() -> rows.setAll(names(5_000)));
        assertEquals(GradualFill.ROWS, table.getItems().size(), "the first frame shows the first rows");
        assertEquals(names(GradualFill.ROWS), List.copyOf(table.getItems()));
        int frames = 0;
        while (!queued.isEmpty()) {
            robot.interact(() -> queued.removeFirst().run());
            frames++;
        }
        // a screenful: 20 rows high, 21 with the one cut at the bottom
        assertTrue(frames >= 1 && frames <= 21 / GradualFill.ROWS, "a screenful in a few frames: " + frames);
        assertEquals(rows, table.getItems(), "then the table shows every row");
        robot.interact(() -> rows.remove(0));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("place 1", table.getItems().get(0));
        robot.interact(() -> rows.setAll(names(3)));
        robot.interact(() -> rows.setAll(names(6_000)));
        assertEquals(6_000, table.getItems().size(), "its cells exist: a new large list shows at once");
        assertTrue(queued.isEmpty());
    }

    @Test
    void aTableShowingAFewRowsGetsTheNewItemsInThemThenAFewNewRowsPerFrame(FxRobot robot) {
        robot.interact(() -> rows.setAll(names(15)));
        robot.interact(() -> rows.setAll(IntStream.range(0, 5_000).mapToObj(i -> "city " + i).toList()));
        assertEquals(15, table.getItems().size(), "the 15 rows that had cells, with the new items");
        assertEquals("city 0", table.getItems().get(0));
        robot.interact(() -> queued.removeFirst().run());
        assertEquals(15 + GradualFill.ROWS, table.getItems().size(), "then a few more per frame");
        while (!queued.isEmpty()) {
            robot.interact(() -> queued.removeFirst().run());
        }
        assertEquals(5_000, table.getItems().size());
    }

    @Test
    void aFewRowsComeAtOnce(FxRobot robot) {
        robot.interact(() -> rows.setAll(names(15)));
        assertEquals(15, table.getItems().size());
        assertEquals(rows, table.getItems());
        assertTrue(queued.isEmpty(), "nothing left for later frames");
    }
}
