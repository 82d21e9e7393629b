package app.delegations;

import static app.delegations.AppTest.fx;
import static app.delegations.AppTest.waitUntil;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.delegations.ui.common.ExportReadBack;
import app.delegations.ui.figures.FiguresFeature;
import app.delegations.ui.figures.FiguresViewModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Figures tab as an officer uses it for a report: Ctrl+9 opens the charts, they follow the filter pane (tick
 * Serbia: one bar, Serbia 3), Ctrl+E writes the chart's numbers to Excel, the chart goes to a PNG image, and a
 * filter that leaves nothing says so instead of an empty chart.
 */
class FiguresViewTest extends WindowStory {
    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    @TempDir
    Path dir;

    private void openFigures(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT9).release(KeyCode.DIGIT9, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("tabFigures", fx(() -> app.window().tabs().getSelectionModel().getSelectedItem().getId()));
    }

    /** The bars of the chart shown, as "label count". */
    @SuppressWarnings("unchecked")
    private List<String> bars(FxRobot robot) {
        return fx(() -> {
            BarChart<Number, String> chart = (BarChart<Number, String>) robot.lookup("#figuresChart").query();
            List<String> drawn = new ArrayList<>(chart.getData().stream().flatMap(s -> s.getData().stream())
                    .map((XYChart.Data<Number, String> d) -> d.getYValue() + " " + d.getXValue()).toList());
            Collections.reverse(drawn); // the first bar, at the top, is the category axis's last
            return drawn;
        });
    }

    @Test
    void tickingSerbiaLeavesOneBarSerbiaThreeInPlacesPerCountry(FxRobot robot) {
        openFigures(robot);
        assertEquals(8, bars(robot).size(), "the congress's eight countries");
        assertEquals("Bulgaria 4", bars(robot).get(0));
        assertEquals("Places per country", fx(() -> robot.lookup("#figuresChart").queryAs(BarChart.class).getTitle()));
        robot.clickOn("#facet-country-RS");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("Serbia 3"), bars(robot));
        assertEquals("3 places in all", fx(() -> robot.lookup("#figuresTotal").queryLabeled().getText()));
        robot.clickOn("#figureKinds");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("Visit 2", "Congress 1", "Conference 1", "Summary 1"), bars(robot));
        assertEquals(List.of(), dialogs.errors);
    }

    @Test
    void whileAnotherTabIsInFrontTheFiguresWaitAndShowingThemCountsTheFilter(FxRobot robot) {
        openFigures(robot);
        assertEquals(8, bars(robot).size());
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT1).release(KeyCode.DIGIT1, KeyCode.CONTROL); // Places
        WaitForAsyncUtils.waitForFxEvents();
        FiguresViewModel vm = TestWindows.feature(app, FiguresFeature.class).viewModel();
        assertFalse(fx(() -> vm.shownProperty().get()), "the Figures tab is hidden");
        robot.clickOn("#facet-country-RS");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(8, fx(() -> vm.bars().size()), "hidden: not counted again");

        openFigures(robot);
        assertEquals(List.of("Serbia 3"), bars(robot), "shown: the filter's numbers");
        assertEquals("3 places in all", fx(() -> robot.lookup("#figuresTotal").queryLabeled().getText()));
    }

    @Test
    void ctrlEWritesTheNumbersOfTheChartShownToExcelUnderItsName(FxRobot robot) throws IOException {
        openFigures(robot);
        robot.clickOn("#figureTime");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("November 2016 7"), bars(robot), "the congress's days, per month");
        dialogs.filesToChoose.add(dir.resolve("meetings"));
        robot.press(KeyCode.CONTROL, KeyCode.E).release(KeyCode.E, KeyCode.CONTROL);
        waitUntil(() -> !dialogs.saved.isEmpty() || !dialogs.errors.isEmpty());
        assertEquals(List.of(), dialogs.errors);
        ExportReadBack.Workbook book = ExportReadBack.xlsx(dir.resolve("meetings.xlsx"));
        assertEquals("Meetings per month", book.sheet(), "the sheet is named after the chart");
        assertEquals("Month", book.cell(0, 0).getText());
        assertEquals("Meetings", book.cell(0, 1).getText());
        assertEquals(2, book.rows().size());
        assertEquals(LocalDate.of(2016, 11, 1), book.cell(1, 0).asDate().toLocalDate(),
                "the month a date (its first day), so that Excel sorts and groups it in time");
        assertEquals("mmmm yyyy", book.cell(1, 0).getDataFormatString(), "shown as month and year");
        assertEquals("7", book.cell(1, 1).getText());
    }

    @Test
    void theChartIsWrittenAsAPngImage(FxRobot robot) throws IOException {
        openFigures(robot);
        Path file = dir.resolve("countries.png");
        dialogs.filesToChoose.add(file);
        robot.clickOn("#menuFile");
        robot.clickOn("#menuExportFigure");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(Files.isRegularFile(file), file + " written");
        assertArrayEquals(PNG_SIGNATURE, Arrays.copyOf(Files.readAllBytes(file), 8));
        assertEquals(List.of(), dialogs.errors);
    }

    @Test
    void aFilterThatLeavesNothingSaysSoAndClearFiltersBringsTheBarsBack(FxRobot robot) {
        openFigures(robot);
        assertFalse(fx(() -> robot.lookup("#figuresEmpty").query().isVisible()));
        robot.interact(() -> app.filter().searchTextProperty().set("no such partner"));
        assertTrue(fx(() -> robot.lookup("#figuresEmpty").query().isVisible()));
        assertFalse(fx(() -> robot.lookup("#figuresChart").query().isVisible()));
        assertEquals("Nothing to count: no record matches “no such partner”.",
                fx(() -> robot.lookup("#figuresEmpty .empty-title").queryLabeled().getText()));
        robot.clickOn("#figuresEmpty .empty-action");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(8, bars(robot).size());
    }

    @Test
    void inANarrowWindowEveryFiguresNameAndTheTotalAreShownWhole(FxRobot robot) {
        robot.interact(() -> app.stage().setWidth(1000));
        openFigures(robot);
        WaitForAsyncUtils.waitForFxEvents();
        List<Labeled> shown = fx(() -> robot.lookup("#figuresView .toggle-button").queryAllAs(Labeled.class)
                .stream().map(Labeled.class::cast).toList());
        assertEquals(4, shown.size(), "a button per figure");
        for (Labeled l : shown) {
            assertEquals(l.getText(), fx(() -> Shown.text(l)), "the figure's button shows its whole name");
        }
        Labeled total = fx(() -> robot.lookup("#figuresTotal").queryLabeled());
        assertEquals(total.getText(), fx(() -> Shown.text(total)));
    }
}
