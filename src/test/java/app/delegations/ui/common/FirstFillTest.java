package app.delegations.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
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

/** A table filling for the first time: many rows a few per frame, a few rows at once, then the list itself. */
@ExtendWith(ApplicationExtension.class)
class FirstFillTest {
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
        FirstFill.show(table, rows, queued::add, 28);
        stage.setScene(new Scene(table, 300, 28 * 20));
        stage.show();
    }

    private static List<String> names(int n) {
        return IntStream.range(0, n).mapToObj(i -> "place " + i).toList();
    }

    @Test
    void manyRowsComeAScreenfulOverAFewFrames(FxRobot robot) {
        robot.interact(() -> rows.setAll(names(5_000)));
        assertEquals(FirstFill.ROWS, table.getItems().size(), "the first frame shows the first rows");
        assertEquals(names(FirstFill.ROWS), List.copyOf(table.getItems()));
        int frames = 0;
        while (!queued.isEmpty()) {
            robot.interact(() -> queued.removeFirst().run());
            frames++;
        }
        assertTrue(frames >= 1 && frames <= 3, "a screenful of 20 rows in a few frames: " + frames);
        assertSame(rows, table.getItems(), "then the table shows the list itself");
        robot.interact(() -> rows.remove(0));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("place 1", table.getItems().get(0));
    }

    @Test
    void aFewRowsComeAtOnce(FxRobot robot) {
        robot.interact(() -> rows.setAll(names(15)));
        assertEquals(15, table.getItems().size());
        assertSame(rows, table.getItems());
        assertTrue(queued.isEmpty(), "nothing left for later frames");
    }
}
