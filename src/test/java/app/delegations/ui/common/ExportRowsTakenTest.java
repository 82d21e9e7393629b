package app.delegations.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.delegations.ui.RecordingDialogs;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * File › Export writes the rows the table listed at the command, in its order, although the file is written off the
 * UI thread while the table may change; and the warm-up done before any export ({@link ExportWarmUp}) writes
 * nothing, hands the UI thread nothing but the empty outcome of a writing thread, and leaves that thread ended.
 */
class ExportRowsTakenTest {
    private final RecordingDialogs dialogs = new RecordingDialogs();

    @TempDir
    Path dir;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    /** Holds the writing thread at its first progress report until {@link #release}; runs the rest at once. */
    private static final class HeldAtFirstReport implements Executor {
        private final CountDownLatch released = new CountDownLatch(1);
        private final AtomicBoolean first = new AtomicBoolean(true);

        @Override
        public void execute(Runnable task) {
            if (first.getAndSet(false)) {
                try {
                    released.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            task.run();
        }

        void release() {
            released.countDown();
        }
    }

    @Test
    void rowsChangedInTheTableAfterTheCommandAreNotInTheFile() throws Exception {
        var all = ExportCancelTest.table().rows();
        ObservableList<ExportCancelTest.Row> rows = FXCollections.observableArrayList(all.subList(0, 5));
        DataTable<ExportCancelTest.Row> table = WaitForAsyncUtils.asyncFx(() -> DataTable.of("visits",
                List.of(ExportCancelTest.Cell.values()), keys -> {
                }, Messages.of(UiLanguage.ENGLISH), "places.title").show(rows)).get();
        var held = new HeldAtFirstReport();
        var exports = new Exports(dialogs, () -> Messages.of(UiLanguage.ENGLISH), held);
        Path file = dir.resolve("visits.csv");
        dialogs.filesToChoose.add(file);
        dialogs.exportChoices.add(Optional.of(new ExportChoice(ExportFormat.CSV, ',', false)));

        Thread writing = WaitForAsyncUtils.asyncFx(() -> exports.table(table, "Visits")).get();
        WaitForAsyncUtils.asyncFx(() -> {
            rows.setAll(all.subList(5, 9)); // another filter: other rows, fewer
            FXCollections.reverse(rows);
        }).get();
        held.release();
        writing.join();

        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        assertEquals(6, lines.size(), "the header and the 5 rows of the command: " + lines);
        for (int i = 0; i < 5; i++) {
            assertTrue(lines.get(i + 1).startsWith("Visit " + i + ","), "row " + i + " in its place: " + lines);
        }
        assertEquals(1, dialogs.savedMessages().size(), "said saved");
    }

    @Test
    void theWarmUpWritesAndShowsNothingAndLeavesNoWritingThread() throws Exception {
        var told = new AtomicInteger();
        Executor ui = task -> {
            told.incrementAndGet();
            task.run();
        };
        var warming = new Thread(new ExportWarmUp(ui), "warm-up");
        warming.start();
        warming.join();

        assertEquals(1, told.get(), "the UI thread is handed only the empty outcome of the writing thread");
        assertFalse(Thread.getAllStackTraces().keySet().stream()
                .anyMatch(t -> t.getName().equals("delegations-export") && t.isAlive()), "no writing thread left");
    }
}
