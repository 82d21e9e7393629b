package app.delegations;

import static app.delegations.AppTest.fx;
import static app.delegations.AppTest.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.delegations.ui.common.DataTable;
import app.delegations.ui.common.ExportReadBack;
import app.delegations.ui.common.ExportTable;
import app.delegations.ui.common.Messages;
import app.delegations.ui.common.UiLanguage;
import app.delegations.ui.common.ViewFeature;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javafx.scene.control.Tab;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * File › Export all tables writes one Excel workbook with a sheet per view listing records (as {@code delegations
 * export --view all} does), named as its tab in the UI's language, each holding what that view shows under the current filter, in its order and visible
 * columns, cell by cell; views never opened are exported as they would show.
 */
class ExportAllStoryTest extends WindowStory {
    private static final Messages POLISH = Messages.of(UiLanguage.POLISH);

    @TempDir
    Path dir;

    @Override
    UiLanguage language() {
        return UiLanguage.POLISH;
    }

    @BeforeEach
    void waitForData() {
        waitUntil(() -> AppTest.settled(app) && TestWindows.placesView(app) != null);
    }

    @Test
    void serbiaFilteredExportsEveryViewsTableAsASheetOfOneWorkbook(FxRobot robot) throws IOException {
        robot.interact(() -> {
            app.filter().setCountries(Set.of("RS"));
            TestWindows.placesView(app).table().getColumns().get(1).setVisible(false); // the native name hidden
        });
        dialogs.filesToChoose.add(dir.resolve("serbia")); // the extension is added
        robot.clickOn("#menuFile");
        robot.clickOn("#menuExportAll");
        waitUntil(() -> !dialogs.saved.isEmpty() || !dialogs.errors.isEmpty());
        assertEquals(List.of(), dialogs.errors);
        assertEquals(List.of(), dialogs.exportProposals, "no format to choose: XLSX only");
        Path file = dir.resolve("serbia.xlsx");
        assertEquals(file, dialogs.saved.get(0).file());

        List<ExportReadBack.Workbook> sheets = ExportReadBack.sheets(file);
        // the views never shown were made for the export, out of sight: each tab shows that view when opened
        for (Tab tab : fx(() -> List.copyOf(app.window().tabs().getTabs()))) {
            robot.interact(() -> app.window().tabs().getSelectionModel().select(tab));
        }
        WaitForAsyncUtils.waitForFxEvents();
        List<ExportTable<?>> shown = fx(this::shownTables);
        assertEquals(List.of("Miejsca", "Kraje", "Organizacje", "Wydarzenia", "Osoby"),
                sheets.stream().map(ExportReadBack.Workbook::sheet).toList(), "a sheet per table, in tab order");
        assertEquals(shown.stream().map(ExportTable::sheet).toList(),
                sheets.stream().map(ExportReadBack.Workbook::sheet).toList());
        for (int i = 0; i < sheets.size(); i++) {
            ExportReadBack.assertHolds(shown.get(i), sheets.get(i));
        }
        ExportReadBack.Workbook places = sheets.get(0);
        assertEquals(4, places.rows().size(), "Serbia's three cities under the header");
        assertFalse(places.rows().get(0).stream().anyMatch(c -> c.getText().equals("Nazwa oryginalna")),
                "the hidden column is left out");
    }

    @Test
    void aSheetNarrowedToThePlaceSelectedLastSaysSoInItsName(FxRobot robot) throws IOException {
        robot.interact(() -> app.workspace().selection().select(
                app.workspace().current().dataset().place("krakow").orElseThrow()));
        WaitForAsyncUtils.waitForFxEvents();
        dialogs.filesToChoose.add(dir.resolve("krakow"));
        robot.clickOn("#menuFile");
        robot.clickOn("#menuExportAll");
        waitUntil(() -> !dialogs.saved.isEmpty() || !dialogs.errors.isEmpty());
        assertEquals(List.of(), dialogs.errors);
        List<ExportReadBack.Workbook> sheets = ExportReadBack.sheets(dir.resolve("krakow.xlsx"));
        assertEquals(List.of("Miejsca", "Kraje", "Organizacje", "Wydarzenia – Kraków", "Osoby"),
                sheets.stream().map(ExportReadBack.Workbook::sheet).toList(),
                "the Events tab lists only Kraków's events since it was selected: its sheet says so");
        assertEquals(1 + 5, sheets.get(3).rows().size(), "Kraków's five events under the header");
        assertTrue(dialogs.saved.get(0).message().contains("Wydarzenia – Kraków"), "and so does the notice");
    }

    /** What each view with a table shows now: its rows in its order, its visible columns, named as its tab. */
    private List<ExportTable<?>> shownTables() {
        var tables = new ArrayList<ExportTable<?>>();
        for (Tab tab : app.window().tabs().getTabs()) {
            String name = POLISH.get(((ViewFeature) tab.getUserData()).tabKey());
            if (((ViewFeature) tab.getUserData()).recordKind() != null) {
                DataTable.in(tab.getContent()).ifPresent(t -> tables.add(shown(name, t)));
            }
        }
        return tables;
    }

    private static <R> ExportTable<R> shown(String name, DataTable<R> table) {
        return ExportTable.of(name, table.visibleColumns(), table.view().getItems(), POLISH);
    }
}
