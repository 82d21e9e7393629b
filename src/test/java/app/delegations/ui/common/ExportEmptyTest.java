package app.delegations.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.delegations.ui.RecordingDialogs;
import java.nio.file.Path;
import java.util.List;
import javafx.collections.FXCollections;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * File › Export of a table that lists no rows (a search that finds nothing) says there is nothing to export and asks
 * nothing, rather than writing a file of headers only; File › Export all tables likewise when no table lists a row.
 */
class ExportEmptyTest {
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final Exports exports = new Exports(dialogs, () -> Messages.of(UiLanguage.ENGLISH), Runnable::run);

    @TempDir
    Path dir;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    private static DataTable<ExportCancelTest.Row> table(int rows) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> DataTable.of("visits", List.of(ExportCancelTest.Cell.values()),
                keys -> {
                }, Messages.of(UiLanguage.ENGLISH), "places.title").show(FXCollections.observableArrayList(
                ExportCancelTest.table().rows().subList(0, rows)))).get();
    }

    @Test
    void aTableThatListsNoRowsIsSaidToHaveNothingToExport() throws Exception {
        DataTable<ExportCancelTest.Row> empty = table(0);
        dialogs.filesToChoose.add(dir.resolve("visits.xlsx"));

        assertNull(WaitForAsyncUtils.asyncFx(() -> exports.table(empty, "Visits")).get(), "nothing written");
        assertEquals(List.of("The table lists no rows: nothing to export."), dialogs.infos);
        assertEquals(List.of(), dialogs.exportProposals, "not asked how");
        assertEquals(1, dialogs.filesToChoose.size(), "nor where");
    }

    @Test
    void exportAllIsSaidToHaveNothingToExportOnlyWhenNoTableListsARow() throws Exception {
        dialogs.filesToChoose.add(dir.resolve("all.xlsx"));
        var none = List.of(new Exports.Sheet("Visits", table(0)), new Exports.Sheet("More", table(0)));

        assertNull(WaitForAsyncUtils.asyncFx(() -> exports.all(none)).get());
        assertEquals(List.of("The tables list no rows: nothing to export."), dialogs.infos);
        assertEquals(1, dialogs.filesToChoose.size(), "not asked where");

        var one = List.of(new Exports.Sheet("Visits", table(0)), new Exports.Sheet("More", table(3)));
        Thread writing = WaitForAsyncUtils.asyncFx(() -> exports.all(one)).get();
        writing.join();
        assertEquals(1, dialogs.infos.size(), "nothing more said");
        assertTrue(dialogs.filesToChoose.isEmpty(), "asked where");
        assertEquals(1, dialogs.savedMessages().size(), "written");
    }
}
