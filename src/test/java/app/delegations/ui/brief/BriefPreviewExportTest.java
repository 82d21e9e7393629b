package app.delegations.ui.brief;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.delegations.index.DatasetIndex;
import app.delegations.ui.OwnerStage;
import app.delegations.ui.RecordingDialogs;
import app.delegations.ui.TestData;
import app.delegations.ui.common.Exports;
import app.delegations.ui.common.Messages;
import app.delegations.ui.common.Selection;
import app.delegations.ui.common.UiLanguage;
import app.delegations.ui.print.PrintPreview;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Export as PDF… in the brief's print preview (an officer's defect 9) is File › Export brief as PDF…: the preview
 * closes, the same file chooser proposes the same name, and the brief previewed is written with the same outcome
 * told.
 */
@ExtendWith(ApplicationExtension.class)
class BriefPreviewExportTest {
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private Stage owner;

    @TempDir
    Path dir;

    @Start
    void start(Stage stage) {
        owner = OwnerStage.show(stage);
    }

    @AfterEach
    void closeThePreview(FxRobot robot) {
        OwnerStage.closeOthers(robot, owner);
    }

    @Test
    void exportAsPdfInThePreviewWritesThePreviewedBriefThroughTheFileCommand(FxRobot robot) throws Exception {
        Messages m = Messages.of(UiLanguage.POLISH);
        var exports = new Exports(dialogs, () -> m, Platform::runLater);
        var selection = new Selection();
        var feature = new BriefFeature(selection, exports, dialogs, () -> m, (brief, language, exportPdf) -> {
            var preview = new PrintPreview(language, dialogs, exportPdf); // as the window makes it
            var pages = preview.layOut(brief);
            return () -> preview.show(owner, pages);
        });
        var data = TestData.congress();
        feature.model().setIndex(DatasetIndex.build(data));
        robot.interact(() -> selection.select(data.place("krakow").orElseThrow()));
        Path file = dir.resolve("krakow.pdf");
        dialogs.filesToChoose.add(file);

        WaitForAsyncUtils.asyncFx(feature::print).get().join();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#printExportPdf").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#printExportPdf");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !dialogs.savedMessages().isEmpty()
                || !dialogs.errors.isEmpty());
        WaitForAsyncUtils.waitForFxEvents();

        assertTrue(Window.getWindows().stream().noneMatch(w -> w != owner && w.isShowing()), "the preview closed");
        assertEquals(List.of("notatka – Kraków.pdf"), dialogs.suggestedNames, "the File command's file chooser");
        assertEquals(List.of("Zapisano do pliku " + file.toAbsolutePath()), dialogs.savedMessages());
        assertEquals(List.of(), dialogs.errors);
        assertEquals("Notatka przed wizytą: Kraków", PdfText.of(file).title(), "the brief previewed");
    }
}
