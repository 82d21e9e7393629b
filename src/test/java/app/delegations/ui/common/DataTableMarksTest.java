package app.delegations.ui.common;

import static app.delegations.ui.OnFx.fx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import javafx.application.Platform;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The search's marks in a table follow the words typed even when the rows shown stay the same, and the table keeps
 * its cells as they change (issue #12: each keystroke made every row's cells anew).
 */
@ExtendWith(ApplicationExtension.class)
class DataTableMarksTest {
    private final SimpleObjectProperty<List<String>> words = new SimpleObjectProperty<>(List.of("kra"));

    private enum NameColumn implements DataColumn<String> {
        NAME;

        @Override
        public ColumnSpec spec() {
            return new ColumnSpec("name", "places.column.name", 200, Look.MATCHES);
        }

        @Override
        public String text(String row) {
            return row;
        }
    }

    @Start
    void start(Stage stage) {
        var table = DataTable.of("marksTable", List.of(NameColumn.values()), keys -> {
        }, Messages.of(UiLanguage.ENGLISH), "places.title").marking(words)
                .show(FXCollections.observableArrayList("Kraków", "Krasnystaw", "Lublin"), Platform::runLater);
        stage.setScene(new Scene(table.view(), 300, 200));
        stage.sizeToScene();
        stage.show();
    }

    @Test
    void theMarksFollowTheWordsInRowsThatStayAndTheCellsStay(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("Kra", "Kra"), marks(robot));
        Set<Node> cells = cells(robot);

        robot.interact(() -> words.set(List.of("krak")));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("Krak"), marks(robot));

        robot.interact(() -> words.set(List.of("lub", "in")));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("Lub", "in"), marks(robot));
        assertTrue(cells.containsAll(cells(robot)), "the table kept its cells: none made anew");

        robot.interact(() -> words.set(List.of()));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(), marks(robot));
    }

    private static List<String> marks(FxRobot robot) {
        return fx(() -> robot.lookup("#marksTable .match").queryAllAs(Label.class).stream()
                .filter(Node::isVisible).map(Label::getText).toList());
    }

    private static Set<Node> cells(FxRobot robot) {
        return fx(() -> {
            Set<Node> all = Collections.newSetFromMap(new IdentityHashMap<>());
            all.addAll(robot.lookup("#marksTable .table-cell").queryAll());
            return all;
        });
    }
}
