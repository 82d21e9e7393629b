package app.delegations;

import static app.delegations.AppTest.fx;
import static app.delegations.AppTest.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.delegations.ui.common.DataColumn;
import app.delegations.ui.common.DataTable;
import app.delegations.ui.common.ExportChoice;
import app.delegations.ui.common.ExportFormat;
import app.delegations.ui.common.ExportReadBack;
import app.delegations.ui.common.ExportTable;
import app.delegations.ui.places.PlaceRow;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.dhatim.fastexcel.reader.CellType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * An officer exports what a table shows (File › Export, Ctrl+E): the rows the filter leaves in the table's order,
 * or only the selected rows, in the visible columns in their order, headers in the UI's language; the file read
 * back with the library that wrote it holds the table cell by cell.
 */
class ExportTableStoryTest extends WindowStory {
    @TempDir
    Path dir;

    @BeforeEach
    void waitForData() {
        waitUntil(() -> AppTest.settled(app) && TestWindows.placesView(app) != null);
    }

    private TableView<PlaceRow> places() {
        return TestWindows.placesView(app).table();
    }

    @SuppressWarnings("unchecked")
    private List<DataColumn<PlaceRow>> visibleColumns() {
        return fx(() -> ((DataTable<PlaceRow>) DataTable.in(places()).orElseThrow()).visibleColumns());
    }

    @SuppressWarnings("unchecked")
    private DataTable<PlaceRow> exportTable() {
        return (DataTable<PlaceRow>) DataTable.in(places()).orElseThrow();
    }

    private List<String> headers() {
        return fx(() -> places().getVisibleLeafColumns().stream().map(TableColumn::getText).toList());
    }

    /** The texts the table shows for these rows, in its visible columns. */
    private List<List<String>> shown(List<PlaceRow> rows) {
        var texts = new ArrayList<List<String>>();
        for (PlaceRow row : rows) {
            texts.add(visibleColumns().stream().map(c -> c.text(row)).toList());
        }
        return texts;
    }

    private void waitForTheExport() {
        waitUntil(() -> !dialogs.saved.isEmpty() || !dialogs.errors.isEmpty());
        assertEquals(List.of(), dialogs.errors);
    }

    @Test
    void serbiaFilteredInPlacesExportsWithCtrlEToAnXlsxThatHoldsTheTableCellByCell(FxRobot robot) throws IOException {
        robot.interact(() -> TestWindows.places(app).filter().setCountries(Set.of("RS")));
        List<PlaceRow> rows = fx(() -> List.copyOf(places().getItems()));
        assertEquals(3, rows.size(), "Serbia's three cities");
        dialogs.filesToChoose.add(dir.resolve("serbia")); // the extension is added
        robot.interact(() -> places().requestFocus());
        robot.press(KeyCode.CONTROL, KeyCode.E).release(KeyCode.E, KeyCode.CONTROL);
        waitForTheExport();

        assertEquals(ExportFormat.XLSX, dialogs.exportProposals.get(0).format(), "XLSX proposed");
        assertEquals(List.of("Places – Serbia.xlsx"), dialogs.suggestedNames, "the name proposed says the selection");
        Path file = dir.resolve("serbia.xlsx");
        String pages = ExportReadBack.sheetXml(file);
        assertTrue(pages.contains("Places, exported ") && pages.contains("Filtered: country Serbia"),
                "every printed page says the view, the day and the filter: " + pages);
        assertEquals(file, dialogs.saved.get(0).file());
        assertTrue(dialogs.saved.get(0).message().contains(file.toString()), dialogs.saved::toString);
        ExportReadBack.Workbook book = ExportReadBack.xlsx(file);
        assertEquals("Places", book.sheet());
        assertEquals(rows.size() + 1, book.rows().size());
        ExportTable<PlaceRow> shown = fx(() -> exportTable().exportTable("Places", false));
        ExportReadBack.assertHolds(shown, book); // texts as shown, the meetings as numbers, the last meeting as dates
        assertEquals(List.of("Name", "Native name", "Kind", "Country", "Meetings", "Last meeting: from",
                "Last meeting: to", "Role"), book.rows().get(0).stream().map(c -> c.getText()).toList());
        for (int r = 1; r <= rows.size(); r++) {
            assertEquals(CellType.NUMBER, book.cell(r, 4).getType(), "Meetings: a number");
            assertEquals(LocalDate.of(2016, 11, 30), book.cell(r, 5).asDate().toLocalDate(), "Last meeting: a date");
            assertEquals(LocalDate.of(2016, 11, 30), book.cell(r, 6).asDate().toLocalDate());
        }
        assertEquals(List.of("Kragujevac", "Kruševac", "Vranje"), shown(rows).stream().map(s -> s.get(0)).toList());
        assertEquals(1, dialogs.progressClosed, "the progress window closes");
    }

    @Test
    void onlyTheSelectedRowsInTheVisibleColumnsGoToACsvInTheTablesOrder(FxRobot robot) throws IOException {
        robot.interact(() -> {
            places().getColumns().get(1).setVisible(false); // the native name hidden
            TableColumn<PlaceRow, ?> role = places().getColumns().remove(places().getColumns().size() - 1);
            places().getColumns().add(0, role); // the role first
            places().getSelectionModel().clearSelection();
            places().getSelectionModel().selectIndices(4, 1);
        });
        WaitForAsyncUtils.waitForFxEvents();
        List<PlaceRow> selected = fx(() -> List.of(places().getItems().get(1), places().getItems().get(4)));
        dialogs.exportChoices.add(Optional.of(new ExportChoice(ExportFormat.CSV, ';', true)));
        dialogs.filesToChoose.add(dir.resolve("two.csv"));
        robot.clickOn("#menuFile");
        robot.clickOn("#menuExportTable");
        waitForTheExport();

        assertTrue(dialogs.exportOfferedSelection.get(0), "the selected rows are offered");
        List<List<String>> read = ExportReadBack.csv(dir.resolve("two.csv"), ';');
        assertEquals(headers(), read.get(0));
        assertEquals(6, read.get(0).size(), "the hidden column is left out");
        assertEquals("Role", read.get(0).get(0), "the moved column comes first");
        assertEquals(shown(selected), read.subList(1, read.size()), "the selected rows in the table's order");
    }

    @Test
    void cancelInTheProgressWindowLeavesNoFileAndSaysNothingSaved(FxRobot robot) {
        dialogs.cancelOnShow = true;
        dialogs.filesToChoose.add(dir.resolve("cancelled.csv"));
        dialogs.exportChoices.add(Optional.of(new ExportChoice(ExportFormat.CSV, ',', false)));
        robot.clickOn("#menuFile");
        robot.clickOn("#menuExportTable");
        waitUntil(() -> dialogs.progressClosed == 1);
        assertFalse(Files.exists(dir.resolve("cancelled.csv")));
        assertEquals(List.of(), dialogs.saved);
        assertEquals(List.of(), dialogs.infos);
        assertEquals(List.of(), dialogs.errors);
    }

    @Test
    void cancellingTheExportDialogAsksForNoFile(FxRobot robot) {
        dialogs.exportChoices.add(Optional.empty());
        dialogs.filesToChoose.add(dir.resolve("never.xlsx"));
        robot.clickOn("#menuFile");
        robot.clickOn("#menuExportTable");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, dialogs.filesToChoose.size(), "no file asked");
        assertEquals(List.of(), dialogs.progressShown);
    }

    @Test
    void ctrlEOnTheTimelineSavesItsPngAndOnTheSourceSaysThereIsNoTable(FxRobot robot) {
        robot.interact(() -> app.window().tabs().getSelectionModel().select(2)); // the timeline
        waitUntil(() -> !TestWindows.timeline(app).layingOutProperty().get());
        dialogs.filesToChoose.add(dir.resolve("timeline"));
        robot.clickOn("#menuFile");
        robot.clickOn("#menuExportTable");
        WaitForAsyncUtils.waitForFxEvents();
        waitUntil(() -> !dialogs.saved.isEmpty() || !dialogs.errors.isEmpty()); // written on a thread of its own
        assertTrue(Files.isRegularFile(dir.resolve("timeline.png")), "the timeline's own export");
        assertEquals(List.of(), dialogs.exportProposals, "no table dialog");

        robot.interact(() -> app.window().tabs().getSelectionModel().select(3)); // the source
        dialogs.infos.clear();
        robot.clickOn("#menuFile");
        robot.clickOn("#menuExportTable");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, dialogs.infos.size());
        assertTrue(dialogs.infos.get(0).startsWith("This view has nothing to export"), dialogs.infos::toString);
    }
}
