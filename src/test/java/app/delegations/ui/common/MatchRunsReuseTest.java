package app.delegations.ui.common;

import static app.delegations.ui.OnFx.fx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
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
 * A marked cell given other rows (a search's new result) shows each new text's marks and nothing of the text
 * before: a text that starts with a match, one with matches inside, one without, and the marks follow the words on
 * a row that stays; the cells keep their runs' labels rather than being given new ones.
 */
@ExtendWith(ApplicationExtension.class)
class MatchRunsReuseTest {
    private TableView<String> table;
    private volatile List<String> words = List.of("kra");

    @Start
    void start(Stage stage) {
        table = new TableView<>(FXCollections.observableArrayList("Kraków"));
        var name = new TableColumn<String, String>("Name");
        name.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        name.setCellFactory(c -> new HighlightCell<>(s -> s, () -> words));
        name.setPrefWidth(400);
        table.getColumns().add(name);
        stage.setScene(new Scene(table, 500, 200));
        stage.sizeToScene();
        stage.show();
    }

    @Test
    void aCellGivenOtherRowsShowsOnlyEachNewTextsMarks(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("[Kra]", "ków"), runs("Kraków"));

        show(robot, "Nowy Kraków i Kraśnik");
        assertEquals(List.of("Nowy ", "[Kra]", "ków i ", "[Kra]", "śnik"), runs("Nowy Kraków i Kraśnik"));
        Set<Node> labels = labels();

        show(robot, "Lublin");
        assertEquals(ContentDisplay.TEXT_ONLY, fx(() -> cell("Lublin").getContentDisplay()), "unmarked: the plain text");
        assertEquals(List.of(), fx(() -> table.lookupAll(".match").stream().filter(Node::isVisible).toList()),
                "no mark left of the rows before");

        show(robot, "Kraśnik");
        assertEquals(List.of("[Kra]", "śnik"), runs("Kraśnik"));

        robot.interact(() -> {
            words = List.of("sni");
            ((HighlightCell<?>) cell("Kraśnik")).remark();
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("Kra", "[śni]", "k"), runs("Kraśnik"), "the marks follow the words on the row that stays");
        assertTrue(labels.containsAll(labels()), "the runs' labels were kept: none made anew");
    }

    private void show(FxRobot robot, String row) {
        robot.interact(() -> table.getItems().set(0, row));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The cell's runs as shown, in order, a mark in brackets; the whole text, no ellipsis (the column is wide). */
    private List<String> runs(String text) {
        return fx(() -> {
            var runs = (MatchRuns) cell(text).getGraphic();
            assertEquals(ContentDisplay.GRAPHIC_ONLY, cell(text).getContentDisplay());
            return runs.getChildrenUnmodifiable().stream().filter(Node::isVisible).map(n -> (Label) n)
                    .map(l -> l.getStyleClass().contains("match") ? "[" + l.getText() + "]" : l.getText()).toList();
        });
    }

    private HighlightCell<?> cell(String text) {
        return (HighlightCell<?>) table.lookupAll(".table-cell").stream()
                .filter(n -> n instanceof HighlightCell<?> h && text.equals(h.getText())).findFirst().orElseThrow();
    }

    /** Every run label of the table's cells, by identity. */
    private Set<Node> labels() {
        return fx(() -> {
            Set<Node> all = Collections.newSetFromMap(new IdentityHashMap<>());
            all.addAll(table.lookupAll(".match"));
            all.addAll(table.lookupAll(".match-rest"));
            return all;
        });
    }
}
