package app.delegations.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.delegations.data.Problem;
import app.delegations.text.Msg;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.StackPane;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * An archive folder with one bad file among many: the problem list names the file each problem is in, since "line
 * 19" alone cannot be found in a folder; a single file opened needs no such column.
 */
@ExtendWith(ApplicationExtension.class)
class ProblemFileColumnTest {
    private StackPane root;

    @Start
    void start(Stage stage) {
        root = new StackPane();
        stage.setScene(new Scene(root, 1000, 420));
        stage.sizeToScene();
        stage.show();
    }

    private static Problem at(String file) {
        return new Problem(Problem.Severity.ERROR, file, 19, 16, "events[0].start", Msg.of("date.invalid", "2026-02-31"));
    }

    @SuppressWarnings("unchecked")
    private List<String> columns(FxRobot robot, List<Problem> problems, String opened) {
        Messages pl = Messages.of(UiLanguage.POLISH);
        robot.interact(() -> root.getChildren().setAll(ProblemList.build(pl, problems, opened, "")));
        WaitForAsyncUtils.waitForFxEvents();
        TableView<Problem> table = (TableView<Problem>) robot.lookup("#problemTable").query();
        return table.getColumns().stream().map(TableColumn::getText).toList();
    }

    @Test
    void aProblemInAFileOfTheOpenedFolderIsListedWithItsFileName(FxRobot robot) {
        assertEquals(List.of("Plik", "Wiersz", "Kolumna", "Rekord", "Co jest nie tak", "Jak to poprawić"),
                columns(robot, List.of(at("/home/ola/archbad/zz-kolega.json")), "archbad"));
        TableView<?> table = robot.lookup("#problemTable").queryAs(TableView.class);
        assertEquals("zz-kolega.json", table.getColumns().get(0).getCellData(0));
    }

    @Test
    void aSingleFileOpenedHasNoFileColumn(FxRobot robot) {
        assertEquals(List.of("Wiersz", "Kolumna", "Rekord", "Co jest nie tak", "Jak to poprawić"),
                columns(robot, List.of(at("/home/ola/broken.json")), "broken.json"));
    }

    /**
     * A file name is never broken mid-name: "congress-20" over "16.json" read as two names (tester 4, D7). The
     * File column widens to show it whole, on one line.
     */
    @Test
    void aFileNameIsShownWholeOnOneLine(FxRobot robot) {
        String name = "wizyta-2016-11-30-koszyce.json";
        columns(robot, List.of(at("/home/ola/archbad/" + name)), "archbad");
        WaitForAsyncUtils.waitForFxEvents();
        TableCell<?, ?> cell = robot.lookup(".table-cell").match(n -> n instanceof TableCell<?, ?> c
                && c.getTableColumn() != null && "problemFile".equals(c.getTableColumn().getId())
                && name.equals(c.getText())).query();
        Text shown = (Text) cell.lookup(".text");
        assertEquals(name, shown.getText(), "whole, not cut short");
        assertTrue(shown.getLayoutBounds().getHeight() < 2 * shown.getFont().getSize(), "on one line");
        assertTrue(cell.getWidth() >= shown.getLayoutBounds().getWidth(), "the column is as wide as the name");
    }
}
