package app.delegations.ui.common;

import static app.delegations.ui.OnFx.fx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The line above a table: what the rows are narrowed to stands directly above the table, and the "+ New" at the
 * end of the same line, where it is in every table view; a line with nothing shown takes no height.
 */
@ExtendWith(ApplicationExtension.class)
class TableBarTest {
    private TableView<String> table;
    private Label legend;
    private Button add;
    private TableBar bar;

    @Start
    void start(Stage stage) {
        table = new TableView<>();
        legend = new Label("Events with Kraków");
        add = new Button("+ New event");
        legend.setMaxWidth(Double.MAX_VALUE);
        legend.setVisible(false);
        legend.setManaged(false);
        bar = new TableBar(table, legend);
        bar.end(new StackPane(add));
        stage.setScene(new Scene(new StackPane(bar.node()), 600, 300));
        stage.sizeToScene(); // the stage TestFX shares may keep a size a window test gave it
        stage.show();
    }

    private static Bounds inScene(Node n) {
        return n.localToScene(n.getLayoutBounds());
    }

    private void showLegend(FxRobot robot, boolean shown) {
        robot.interact(() -> {
            legend.setVisible(shown);
            legend.setManaged(shown);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theNarrowingStandsDirectlyAboveTheTableWithNewAtTheEndOfItsLine(FxRobot robot) {
        showLegend(robot, true);
        Bounds l = fx(() -> inScene(legend));
        Bounds b = fx(() -> inScene(add));
        Bounds t = fx(() -> inScene(table));
        assertTrue(b.getMinY() < l.getMaxY() && l.getMinY() < b.getMaxY(), "one line: " + l + " " + b);
        assertTrue(l.getMaxX() <= b.getMinX(), "the legend first, then + New");
        assertEquals(600, b.getMaxX(), 8, "+ New at the end of the line");
        assertTrue(t.getMinY() >= Math.max(l.getMaxY(), b.getMaxY()) - 0.5, "the table right under the line");
        assertTrue(fx(() -> bar.node().lookup(".table-bar").getPseudoClassStates().stream()
                .anyMatch(p -> p.getPseudoClassName().equals("legend"))), "the line looks as the legend does");

        showLegend(robot, false);
        assertEquals(600, fx(() -> inScene(add)).getMaxX(), 8, "+ New stays at the end without the legend");
        assertFalse(fx(() -> bar.node().lookup(".table-bar").getPseudoClassStates().stream()
                .anyMatch(p -> p.getPseudoClassName().equals("legend"))));
    }

    @Test
    void aLineWithNothingShownTakesNoHeight(FxRobot robot) {
        robot.interact(() -> add.getParent().setVisible(false));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0, fx(() -> inScene(table)).getMinY(), 0.5, "the table starts at the top");
        robot.interact(() -> add.getParent().setVisible(true));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(fx(() -> inScene(table)).getMinY() > 10, "the line above it again");
    }
}
