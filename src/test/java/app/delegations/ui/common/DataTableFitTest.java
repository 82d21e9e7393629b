package app.delegations.ui.common;

import static app.delegations.ui.OnFx.fx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.delegations.ui.MemoryPreferences;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.Tooltip;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A table sized to its content when first shown: a very long place name does not widen its column past a third
 * of the table (the other columns keep their room); its cell shows it cut, and the whole name in a tooltip.
 */
@ExtendWith(ApplicationExtension.class)
class DataTableFitTest {
    private static final String LONG = "Miasto Stołeczne Warszawa wraz z gminami obszaru metropolitalnego i powiatami "
            + "ościennymi, w granicach z 1 stycznia 2025 roku";

    private enum Column implements DataColumn<String> {
        NAME, KIND;

        @Override
        public ColumnSpec spec() {
            return this == NAME ? new ColumnSpec("fitName", "places.column.name", 176, Look.MATCHES)
                    : new ColumnSpec("fitKind", "places.column.kind", 76, Look.TEXT);
        }

        @Override
        public String text(String row) {
            return this == NAME ? row : "City";
        }
    }

    private DataTable<String> table;
    private Stage stage;

    @Start
    void start(Stage stage) {
        table = DataTable.of("fitTable", List.of(Column.values()), keys -> {
        }, Messages.of(UiLanguage.ENGLISH), "places.title")
                .show(FXCollections.observableArrayList("Sofia", LONG, "Kraków"))
                .remembering(new AppPreferences(new MemoryPreferences()), "table.fit", Platform::runLater);
        this.stage = stage;
        stage.setScene(new Scene(table.view(), 900, 300));
        stage.sizeToScene(); // the stage TestFX shares may keep a size a window test gave it
        stage.show();
    }

    /**
     * A narrower window narrows the fitted columns so that both stay in sight, the long name cut; once the user has
     * resized a column (by its header's edge), a wider window leaves the user's width alone.
     */
    @Test
    void theColumnsFollowTheTablesWidthUntilTheUserResizesOne(FxRobot robot) throws Exception {
        TableColumn<String, ?> name = fx(() -> table.view().getColumns().get(0));
        TableColumn<String, ?> kind = fx(() -> table.view().getColumns().get(1));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(() -> name.getWidth() != 176));
        double fitted = fx(name::getWidth);

        robot.interact(() -> stage.setWidth(250));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(() -> name.getWidth() < fitted));
        Node viewport = robot.lookup("#fitTable .clipped-container").query();
        assertTrue(fx(() -> name.getWidth() + kind.getWidth() <= viewport.getLayoutBounds().getWidth()),
                () -> "both columns in sight: " + fx(name::getWidth) + " + " + fx(kind::getWidth) + " in "
                        + fx(() -> viewport.getLayoutBounds().getWidth()));

        robot.interact(() -> table.view().resizeColumn(name, 40)); // what a drag on the header's edge does
        double chosen = fx(name::getWidth);
        robot.interact(() -> stage.setWidth(900));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(chosen, fx(name::getWidth), "the user's width stays");
    }

    private TableCell<?, ?> nameCell(FxRobot robot, String name) {
        return fx(() -> robot.lookup("#fitTable .table-cell").queryAll().stream()
                .map(n -> (TableCell<?, ?>) n)
                .filter(c -> c.getTableColumn().getId().equals("fitName") && name.equals(c.getText()))
                .findFirst().orElseThrow());
    }

    @Test
    void aVeryLongNameIsCutAtAThirdOfTheTableWithTheWholeNameInATooltip(FxRobot robot) throws Exception {
        TableColumn<String, ?> name = fx(() -> table.view().getColumns().get(0));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(() -> name.getWidth() != 176));
        WaitForAsyncUtils.waitForFxEvents();

        double width = fx(name::getWidth);
        assertTrue(width <= 900 / 3.0 + 1, "at most a third of the table: " + width);
        assertTrue(width > 176, "wider than declared, for the longer names: " + width);
        Tooltip tip = fx(() -> nameCell(robot, LONG).getTooltip());
        assertNotNull(tip, "the cut name has a tooltip");
        assertEquals(LONG, fx(tip::getText));
        assertNull(fx(() -> nameCell(robot, "Sofia").getTooltip()), "a name shown whole has none");
    }
}
