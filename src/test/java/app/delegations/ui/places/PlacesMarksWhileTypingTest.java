package app.delegations.ui.places;

import static app.delegations.ui.OnFx.fx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.delegations.index.DatasetIndex;
import app.delegations.ui.MemoryPreferences;
import app.delegations.ui.TestData;
import app.delegations.ui.common.AppPreferences;
import app.delegations.ui.common.EmptyState;
import app.delegations.ui.common.HighlightCell;
import app.delegations.ui.common.Messages;
import app.delegations.ui.common.Selection;
import app.delegations.ui.common.UiLanguage;
import app.delegations.ui.filter.FilterModel;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import javafx.application.Platform;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The marks of the search in the Places table follow each key typed, also in a row that stays listed ("Kra", then
 * "Krak" in Kraków's name), and the table keeps its cells as the marks change (issue #12: every keystroke made
 * every row's cells anew, a long frame on a large archive).
 */
@ExtendWith(ApplicationExtension.class)
class PlacesMarksWhileTypingTest {
    private final FilterModel filter = new FilterModel();
    private final PlacesViewModel vm = new PlacesViewModel(filter, new Selection());
    private final Messages m = Messages.of(UiLanguage.ENGLISH);

    @Start
    void start(Stage stage) {
        DatasetIndex index = DatasetIndex.build(TestData.congress());
        filter.setIndex(index);
        vm.setRows(index, PlaceRow.build(index, m));
        var yes = new SimpleBooleanProperty(true);
        var no = new SimpleBooleanProperty(false);
        var view = new PlacesView(vm, new Selection(), m, new AppPreferences(new MemoryPreferences()), p -> {
        }, new EmptyState.DataStatus(yes, no, no, () -> {
        }), Platform::runLater);
        stage.setScene(new Scene(view, 760, 500));
        stage.sizeToScene();
        stage.show();
    }

    @Test
    void eachKeyTypedMarksItsTextInTheRowsThatStayAndTheCellsStay(FxRobot robot) {
        robot.interact(() -> filter.searchTextProperty().set("kra"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("Kra"), marks(robot));
        Set<Node> cells = cells(robot);

        robot.interact(() -> filter.searchTextProperty().set("krak"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("Krak"), marks(robot), "the row stayed listed: its mark grew with the key");
        assertTrue(cells.containsAll(cells(robot)), "the table kept its cells: none made anew");

        robot.interact(() -> filter.searchTextProperty().set("krakow pol"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("Kraków"), marks(robot), "a word matched elsewhere (the country) marks nothing here");
    }

    /** The marked runs in the table's cells of Kraków (its names in two columns), as shown, each once. */
    private static List<String> marks(FxRobot robot) {
        return fx(() -> robot.lookup("#placesTable .match").queryAllAs(Label.class).stream()
                .filter(l -> l.isVisible() && isKrakow(l)).map(Label::getText).distinct().toList());
    }

    private static boolean isKrakow(Node n) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (p instanceof TableCell<?, ?> c) {
                return c.getItem() instanceof PlaceRow r && r.id().equals("krakow");
            }
        }
        return false;
    }

    /** The table's cells that mark the search, by identity. */
    private static Set<Node> cells(FxRobot robot) {
        return fx(() -> {
            Set<Node> all = Collections.newSetFromMap(new IdentityHashMap<>());
            all.addAll(robot.lookup("#placesTable .table-cell").match((Node n) -> n instanceof HighlightCell<?>)
                    .queryAll());
            return all;
        });
    }
}
