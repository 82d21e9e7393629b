package app.delegations.ui.common;

import static app.delegations.ui.OnFx.fx;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.collections.FXCollections;
import javafx.geometry.Orientation;
import javafx.scene.Scene;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.TableColumn;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A table narrower than its columns (People at 1366 pixels with both side panes open): the officer can still reach
 * its last column, by scrolling sideways, instead of columns cut off at the table's edge with no way to them.
 */
@ExtendWith(ApplicationExtension.class)
class DataTableWidthTest {
    /** Three columns of 200 pixels each. */
    private enum WideColumn implements DataColumn<String> {
        NAME, POSITION, ORGANISATION;

        @Override
        public ColumnSpec spec() {
            return new ColumnSpec("wide" + ordinal(), "places.column.name", 200, Look.TEXT);
        }

        @Override
        public String text(String row) {
            return row + " " + name();
        }
    }

    private DataTable<String> table;

    @Start
    void start(Stage stage) {
        table = DataTable.of("wideTable", List.of(WideColumn.values()), keys -> {
        }, Messages.of(UiLanguage.ENGLISH), "places.title")
                .show(FXCollections.observableArrayList("Fundacja Forum Kultur Słowiańskich", "Władze St. Petersburga"));
        stage.setScene(new Scene(table.view(), 320, 300));
        stage.sizeToScene(); // the stage TestFX shares may keep a size a window test gave it
        stage.show();
    }

    @Test
    void theLastColumnOfATableNarrowerThanItsColumnsIsReachedByScrollingSideways() {
        WaitForAsyncUtils.waitForFxEvents();
        double columns = fx(() -> table.view().getColumns().stream().mapToDouble(TableColumn::getWidth).sum());
        double shown = fx(() -> table.view().getWidth());
        boolean scrolls = fx(() -> table.view().lookupAll(".scroll-bar").stream()
                .anyMatch(n -> n instanceof ScrollBar b && b.getOrientation() == Orientation.HORIZONTAL && b.isVisible()));
        assertTrue(columns <= shown || scrolls,
                "columns " + columns + " px in a table of " + shown + " px, with no sideways scroll bar");
        assertTrue(fx(() -> table.view().getColumns().stream().allMatch(c -> c.getWidth() >= 150)),
                "each column keeps a readable width instead of being squeezed to fit");
    }
}
