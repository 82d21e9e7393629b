package app.delegations;

import static app.delegations.AppTest.fx;
import static app.delegations.AppTest.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;

import app.delegations.ui.common.ExportChoice;
import app.delegations.ui.common.ExportFormat;
import app.delegations.ui.common.ExportReadBack;
import app.delegations.ui.common.UiLanguage;
import app.delegations.ui.places.PlaceRow;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The name File › Export proposes says what the file holds, in the window's language (Polish here): the selected
 * rows only are named so and not as the whole list's file; Events narrowed to a place is named after that place,
 * as File › Export all tables names its sheet; a picture (map, chart, timeline) is named after the view and what
 * narrows it, as a table is.
 */
class ExportNameStoryTest extends WindowStory {
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

    private TableView<PlaceRow> places() {
        return TestWindows.placesView(app).table();
    }

    private void exportTable(FxRobot robot) {
        robot.clickOn("#menuFile");
        robot.clickOn("#menuExportTable");
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void waitForTheExport() {
        waitUntil(() -> !dialogs.saved.isEmpty() || !dialogs.errors.isEmpty());
        assertEquals(List.of(), dialogs.errors);
    }

    @Test
    void onlyTheSelectedRowsAreProposedUnderANameSayingSoNotTheWholeListsName(FxRobot robot) throws IOException {
        robot.interact(() -> {
            app.filter().setCountries(Set.of("RS"));
            places().getSelectionModel().clearSelection();
            places().getSelectionModel().selectIndices(0, 2); // Kragujevac and Vranje
        });
        dialogs.exportChoices.add(Optional.of(new ExportChoice(ExportFormat.CSV, ';', true)));
        dialogs.filesToChoose.add(dir.resolve("dwa.csv"));
        exportTable(robot);
        waitForTheExport();
        assertEquals(List.of("Miejsca – Serbia, zaznaczone.csv"), dialogs.suggestedNames);
        assertEquals(1 + 2, ExportReadBack.csv(dir.resolve("dwa.csv"), ';').size(), "the two rows selected");

        dialogs.exportChoices.add(Optional.of(new ExportChoice(ExportFormat.CSV, ';', false)));
        exportTable(robot); // the chooser cancelled
        assertEquals("Miejsca – Serbia.csv", dialogs.suggestedNames.get(1), "the whole list under its own name");
    }

    @Test
    void eventsNarrowedToAPlaceAreProposedUnderThatPlaceAsExportAllNamesTheirSheet(FxRobot robot)
            throws IOException {
        robot.interact(() -> app.workspace().selection().select(
                app.workspace().current().dataset().place("vranje").orElseThrow()));
        robot.clickOn("#tabEvents");
        WaitForAsyncUtils.waitForFxEvents();
        dialogs.exportChoices.add(Optional.of(new ExportChoice(ExportFormat.CSV, ';', false)));
        exportTable(robot); // the chooser cancelled
        assertEquals(List.of("Wydarzenia – Vranje.csv"), dialogs.suggestedNames);

        robot.interact(() -> app.filter().setCountries(Set.of("RS")));
        dialogs.filesToChoose.add(dir.resolve("vranje.xlsx"));
        exportTable(robot); // XLSX proposed
        waitForTheExport();
        assertEquals("Wydarzenia – Vranje – Serbia.xlsx", dialogs.suggestedNames.get(1),
                "Vranje's events among those Serbia's filter leaves, not all of Serbia's");
        ExportReadBack.Workbook book = ExportReadBack.xlsx(dir.resolve("vranje.xlsx"));
        assertEquals("Wydarzenia – Vranje", book.sheet(), "the sheet named as in Export all tables");

        dialogs.filesToChoose.add(dir.resolve("wszystko.xlsx"));
        dialogs.saved.clear();
        robot.clickOn("#menuFile");
        robot.clickOn("#menuExportAll");
        waitForTheExport();
        List<String> sheets = ExportReadBack.sheets(dir.resolve("wszystko.xlsx")).stream()
                .map(ExportReadBack.Workbook::sheet).toList();
        assertEquals(book.sheet(), sheets.get(3));
        assertEquals(book.rows().size(), ExportReadBack.sheets(dir.resolve("wszystko.xlsx")).get(3).rows().size());
    }

    @Test
    void picturesAreProposedUnderTheViewsNameOrTheChartsTitleAndWhatNarrowsThem(FxRobot robot) {
        robot.clickOn("#tabTimeline");
        waitUntil(() -> !TestWindows.timeline(app).layingOutProperty().get());
        robot.clickOn("#menuFile");
        robot.clickOn("#menuExportTimeline"); // each chooser cancelled
        WaitForAsyncUtils.waitForFxEvents();

        robot.interact(() -> app.filter().setCountries(Set.of("SK")));
        robot.clickOn("#tabMap");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#menuFile");
        robot.clickOn("#menuExportMap");
        WaitForAsyncUtils.waitForFxEvents();

        robot.interact(() -> app.filter().setCountries(Set.of()));
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT9).release(KeyCode.DIGIT9, KeyCode.CONTROL); // the figures
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#figurePartners");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#menuFile");
        robot.clickOn("#menuExportFigure");
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(List.of("Oś czasu.png", "Mapa – Słowacja.png", "Najczęstsi partnerzy.png"),
                fx(() -> List.copyOf(dialogs.suggestedNames)));
        assertEquals(List.of(), dialogs.errors);
    }
}
