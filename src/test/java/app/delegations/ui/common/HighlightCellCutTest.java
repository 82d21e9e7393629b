package app.delegations.ui.common;

import static app.delegations.ui.OnFx.fx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A name too long for its column ends in "…" whether or not the search marks a match in it: a searched name cut
 * flat at the column's edge ("Republika Samec") reads as a whole, different name. The whole name is in the tooltip.
 */
@ExtendWith(ApplicationExtension.class)
class HighlightCellCutTest {
    private static final String NAME = "Republika Samecka Ludowo-Demokratyczna Wielkiego Księstwa";
    private TableView<String> table;
    private volatile List<String> words = List.of("samec");

    @Start
    void start(Stage stage) {
        table = new TableView<>(FXCollections.observableArrayList(NAME, "Amecin"));
        var name = new TableColumn<String, String>("Name");
        name.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        name.setCellFactory(c -> new HighlightCell<>(s -> s, () -> words));
        name.setPrefWidth(160);
        table.getColumns().add(name);
        stage.setScene(new Scene(table, 300, 200));
        stage.sizeToScene();
        stage.show();
    }

    @Test
    void aSearchedNameTooLongForItsColumnEndsInAnEllipsisAndShowsWholeInItsTooltip(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        HighlightCell<?> cell = cellShowing(NAME);
        String shown = fx(() -> shownText(cell.getGraphic()));
        assertTrue(shown.endsWith("..."), "the cut name ends in an ellipsis (the cells' own, as an unmarked name's): " + shown);
        assertTrue(shown.startsWith("Republika Sam"), "the runs keep their order from the left: " + shown);
        assertTrue(fx(() -> ((MatchRuns) cell.getGraphic()).cut()));
        assertNull(fx(cell::getTooltip), "no tooltip is made before the pointer comes");
        robot.moveTo(cell);
        WaitForAsyncUtils.waitForFxEvents();
        assertNotNull(fx(cell::getTooltip), "the whole name in a tooltip");
        assertEquals(NAME, fx(() -> cell.getTooltip().getText()));
    }

    /**
     * Cells given other rows (a search's new result) offer the whole of each new cut text under the pointer, none
     * while a text fits, and the whole text again once the column is narrowed.
     */
    @Test
    void cellsGivenOtherRowsOfferTheWholeOfWhatTheyCutUnderThePointer(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(NAME, tipUnderPointer(robot, NAME));

        String other = "Wolne Miasto Samecko-Gdańskie pod Protektoratem Ligi Narodów";
        robot.interact(() -> table.getItems().set(0, other));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(other, tipUnderPointer(robot, other));

        robot.interact(() -> table.getItems().set(0, "Samecin"));
        WaitForAsyncUtils.waitForFxEvents();
        assertNull(tipUnderPointer(robot, "Samecin"), "a name shown whole has none");

        robot.interact(() -> table.getColumns().get(0).setPrefWidth(50));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Samecin", tipUnderPointer(robot, "Samecin"), "narrowed, the name is cut: whole in the tooltip");
    }

    @Test
    void aSearchedNameThatFitsIsShownWholeWithoutATooltip(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        words = List.of("amec");
        fx(() -> {
            table.refresh();
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        HighlightCell<?> cell = cellShowing("Amecin");
        assertEquals("Amecin", fx(() -> shownText(cell.getGraphic())));
        robot.moveTo(cell);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(null, fx(cell::getTooltip));
    }

    /** The text of the tooltip of the cell showing {@code text} once the pointer moves over it; null: none. */
    private String tipUnderPointer(FxRobot robot, String text) {
        HighlightCell<?> cell = cellShowing(text);
        robot.moveTo(cell).moveBy(3, 0);
        WaitForAsyncUtils.waitForFxEvents();
        return fx(() -> cell.getTooltip() == null ? null : cell.getTooltip().getText());
    }

    private HighlightCell<?> cellShowing(String text) {
        return fx(() -> (HighlightCell<?>) table.lookupAll(".table-cell").stream()
                .filter(n -> n instanceof HighlightCell<?> h && text.equals(h.getText())).findFirst().orElseThrow());
    }

    /** The text the visible runs draw, as their skins show it (with "…" where a run is cut). */
    private static String shownText(Node runs) {
        return ((MatchRuns) runs).getChildrenUnmodifiable().stream().filter(Node::isVisible)
                .map(n -> ((Label) n).getChildrenUnmodifiable().stream().filter(c -> c instanceof Text)
                        .map(c -> ((Text) c).getText()).findFirst().orElse(""))
                .collect(Collectors.joining());
    }
}
