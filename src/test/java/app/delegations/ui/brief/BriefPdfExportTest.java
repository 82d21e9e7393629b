package app.delegations.ui.brief;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.delegations.index.DatasetIndex;
import app.delegations.ui.RecordingDialogs;
import app.delegations.ui.TestData;
import app.delegations.ui.common.Exports;
import app.delegations.ui.common.Messages;
import app.delegations.ui.common.Selection;
import app.delegations.ui.common.UiLanguage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import javafx.application.Platform;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * File › Export brief as PDF… keeps the window responsive: once the file is chosen, the brief is made and written on
 * a thread of its own, with a progress window whose Cancel leaves no file (not even a part of one), and the outcome
 * is told on the UI thread.
 */
class BriefPdfExportTest {
    private final RecordingDialogs dialogs = new RecordingDialogs();
    /** The threads that handed progress and outcome to the UI thread, and whether that was the UI thread. */
    private final List<Thread> handedFrom = new CopyOnWriteArrayList<>();
    private final List<Boolean> handedOnFx = new CopyOnWriteArrayList<>();
    private final Exports exports = new Exports(dialogs, () -> Messages.of(UiLanguage.ENGLISH), task -> {
        handedFrom.add(Thread.currentThread());
        handedOnFx.add(Platform.isFxApplicationThread());
        Platform.runLater(task);
    });
    private final Selection selection = new Selection();
    private final BriefFeature feature = new BriefFeature(selection, exports, dialogs,
            () -> Messages.of(UiLanguage.ENGLISH),
            (document, m, exportPdf) -> () -> {
            });

    @TempDir
    Path dir;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    private Thread exportKosice(Path file) throws Exception {
        var data = TestData.congress();
        feature.model().setIndex(DatasetIndex.build(data));
        selection.select(data.place("kosice").orElseThrow());
        dialogs.filesToChoose.add(file);
        return WaitForAsyncUtils.asyncFx(() -> exports.run(feature.export())).get(); // as the menu item does
    }

    @Test
    void theBriefIsMadeAndWrittenOffTheUiThreadAndTheOutcomeToldOnIt() throws Exception {
        Path file = dir.resolve("kosice.pdf");
        Thread writing = exportKosice(file);

        assertNotNull(writing, "written on a thread of its own");
        writing.join();
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(handedFrom.isEmpty(), "progress and outcome handed to the UI thread");
        for (int i = 0; i < handedFrom.size(); i++) {
            assertEquals(writing, handedFrom.get(i), "by the thread writing");
            assertFalse(handedOnFx.get(i), "which is not the UI thread");
        }
        assertEquals(List.of("Writing kosice.pdf…"), dialogs.progressShown);
        assertEquals(1, dialogs.progressClosed);
        assertEquals(List.of("Saved to " + file.toAbsolutePath()), dialogs.savedMessages());
        assertEquals(List.of(), dialogs.errors);
        assertEquals("Visit brief: Košice", PdfText.of(file).title());
    }

    @Test
    void cancelLeavesNoFileAndSaysNothingSaved() throws Exception {
        dialogs.cancelOnShow = true;
        Path file = dir.resolve("kosice.pdf");
        Thread writing = exportKosice(file);

        writing.join();
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(Files.exists(file));
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(List.of(), left.toList(), "no part of a file either");
        }
        assertEquals(1, dialogs.progressClosed, "the progress window closes");
        assertEquals(List.of(), dialogs.savedMessages());
        assertEquals(List.of(), dialogs.errors);
    }

    @Test
    void cancellingAReExportLeavesTheEarlierFileAsItWas() throws Exception {
        Path file = dir.resolve("kosice.pdf");
        Files.writeString(file, "the brief of last week");
        dialogs.cancelOnShow = true;
        exportKosice(file).join();

        assertEquals("the brief of last week", Files.readString(file));
        assertTrue(dialogs.savedMessages().isEmpty());
    }

    @Test
    void aBriefCannotBeWrittenWhereNoFolderIsAndTheReasonIsTold() throws Exception {
        exportKosice(dir.resolve("no-such-folder").resolve("kosice.pdf")).join();
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(1, dialogs.errors.size());
        assertTrue(dialogs.errors.get(0).message().startsWith("Could not write the brief: "),
                dialogs.errors.get(0).message());
        assertEquals(List.of(), dialogs.savedMessages());
    }
}
