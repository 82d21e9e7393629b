package app.delegations.ui.common;

import static app.delegations.ui.OnFx.fx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.delegations.ui.MemoryPreferences;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.collections.FXCollections;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.Tooltip;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
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

    /** Events-like columns: a title, dates, three more texts; each row's texts are its title's. */
    private enum Wide implements DataColumn<String> {
        TITLE, DATES, PLACE, ROLE, KIND;

        @Override
        public ColumnSpec spec() {
            return switch (this) {
                case TITLE -> new ColumnSpec("wideTitle", "events.column.title", 360, Look.MATCHES);
                case DATES -> new ColumnSpec("wideDates", "events.column.dates", 170, Look.TEXT);
                case PLACE -> new ColumnSpec("widePlace", "events.column.place", 150, Look.TEXT);
                case ROLE -> new ColumnSpec("wideRole", "places.column.role", 150, Look.TEXT);
                case KIND -> new ColumnSpec("wideKind", "events.column.kind", 110, Look.TEXT);
            };
        }

        @Override
        public Type type() {
            return this == DATES ? Type.DAYS : Type.TEXT;
        }

        @Override
        public String text(String row) {
            return this == DATES ? "6 May 2016" : row;
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

    /**
     * Where the columns do not fit, the title keeps enough characters to tell the rows apart and a date (even the
     * longest of the language, whatever the rows now show) stays whole: the sideways scroll bar reaches the columns
     * right of the fold, rather than every column cut to a stub; a wide window shows them all without it.
     */
    @Test
    void aNarrowTableKeepsTitlesReadableAndDatesWholeAndScrollsSideways(FxRobot robot) throws Exception {
        var rows = FXCollections.observableArrayList("Visit to the universities of St Petersburg training IT staff",
                "Visit to the municipal units of St Petersburg using modern technologies",
                "Role of information technologies in the development of modern cities");
        DataTable<String> wide = fx(() -> DataTable.of("wideTable", List.of(Wide.values()), keys -> {
        }, Messages.of(UiLanguage.ENGLISH), "events.title").show(rows)
                .remembering(new AppPreferences(new MemoryPreferences()), "table.wide", Platform::runLater));
        robot.interact(() -> {
            stage.setScene(new Scene(wide.view(), 400, 300));
            stage.setWidth(400);
        });
        TableColumn<String, ?> title = fx(() -> wide.view().getColumns().get(0));
        TableColumn<String, ?> dates = fx(() -> wide.view().getColumns().get(1));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(() -> title.getWidth() != 360));
        WaitForAsyncUtils.waitForFxEvents();

        Font font = fx(() -> ((Labeled) wide.view().lookup(".table-cell")).getFont());
        assertTrue(fx(title::getWidth) >= textWidth(font, rows.get(0).substring(0, 18) + "..."),
                () -> "the title shows 18 characters and the ellipsis: " + fx(title::getWidth));
        String longest = new Formats(Messages.of(UiLanguage.ENGLISH).locale()).date(LocalDate.of(2000, 9, 30));
        assertTrue(fx(dates::getWidth) >= textWidth(font, longest),
                () -> "the dates column has room for \"" + longest + "\": " + fx(dates::getWidth));
        assertTrue(sideways(wide), "a sideways scroll bar reaches the columns right of the fold");

        robot.interact(() -> stage.setWidth(1400));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !sideways(wide));
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(sideways(wide), "in a wide window every column is in sight");
    }

    private static double textWidth(Font font, String s) {
        var t = new Text(s);
        t.setFont(font);
        return t.getLayoutBounds().getWidth();
    }

    private static boolean sideways(DataTable<String> table) {
        return fx(() -> table.view().lookupAll(".scroll-bar").stream().anyMatch(n -> n instanceof ScrollBar b
                && b.getOrientation() == Orientation.HORIZONTAL && b.isVisible()));
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
        robot.moveTo(nameCell(robot, LONG)); // the tooltip is made as the pointer reaches the cut cell
        WaitForAsyncUtils.waitForFxEvents();
        Tooltip tip = fx(() -> nameCell(robot, LONG).getTooltip());
        assertNotNull(tip, "the cut name has a tooltip");
        assertEquals(LONG, fx(tip::getText));
        robot.moveTo(nameCell(robot, "Sofia"));
        WaitForAsyncUtils.waitForFxEvents();
        assertNull(fx(() -> nameCell(robot, "Sofia").getTooltip()), "a name shown whole has none");
    }
}
