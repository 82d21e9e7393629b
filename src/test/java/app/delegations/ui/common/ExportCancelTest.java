package app.delegations.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.delegations.ui.RecordingDialogs;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableBooleanValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Cancel stops an export wherever it is: while its rows are written, while the file format writes its ending once
 * every row is told (fastexcel's shared strings and zip directory, FastCSV's last flush), and even once every byte
 * is written but the file not yet in place. A cancelled export leaves no file, not a part of one, and the file that
 * was there as it was; it is heard before the next row or block of bytes.
 */
class ExportCancelTest {
    private static final LocalDate DAY = LocalDate.of(2016, 11, 29);
    /** More rows than fastexcel's blocks ({@code ExportXlsx} flushes every 1,024) and than a progress step. */
    private static final int ROWS = 3000;

    @TempDir
    Path dir;

    /** A progress that cancels from the moment {@link #cancel} is called, counting the checks it was asked. */
    private static class Cancelling implements ExportProgress {
        volatile boolean cancelled;
        int told;
        int asked;

        void cancel() {
            cancelled = true;
        }

        @Override
        public void rows(int done, int total) {
            told++;
            check();
        }

        @Override
        public void check() {
            asked++;
            if (cancelled) {
                throw new CancellationException();
            }
        }
    }

    /** Cancels once every row is told: what remains is the file format's ending. */
    private static final class CancelledAtTheEnd extends Cancelling {
        @Override
        public void rows(int done, int total) {
            super.rows(done, total);
            if (done == total) {
                cancel();
            }
        }
    }

    /**
     * Watches a table's rows being read (the copy made on the UI thread holds them all): cancels {@code progress}
     * when row {@code at} is read, then counts the rows read beyond the furthest read before.
     */
    static final class Watch {
        private final int at;
        private final Cancelling progress;
        int readAfter;
        private int furthest = -1;

        Watch(int at, Cancelling progress) {
            this.at = at;
            this.progress = progress;
        }

        void read(int index) {
            if (progress.cancelled && index > furthest) {
                readAfter++;
            }
            furthest = Math.max(furthest, index);
            if (index == at) {
                progress.cancel();
            }
        }

        List<Row> rows() {
            var rows = new ArrayList<Row>(ROWS);
            for (int i = 0; i < ROWS; i++) {
                rows.add(new Row(i, this));
            }
            return rows;
        }
    }

    /** A row that tells its watch when one of its cells is read. */
    record Row(int index, Watch watch) {
    }

    /** A text, a number and a span of days, each cell read through the row's watch. */
    enum Cell implements DataColumn<Row> {
        NAME("places.column.name", Type.TEXT),
        COUNT("countries.column.count", Type.NUMBER),
        DATES("events.column.dates", Type.DAYS);

        private final String key;
        private final Type type;

        Cell(String key, Type type) {
            this.key = key;
            this.type = type;
        }

        @Override
        public ColumnSpec spec() {
            return new ColumnSpec(name(), key, 100, Look.TEXT);
        }

        @Override
        public String text(Row row) {
            row.watch().read(row.index());
            return this == NAME ? "Visit " + row.index() : this == COUNT ? Integer.toString(row.index()) : "2016-11-29";
        }

        @Override
        public Type type() {
            return type;
        }

        @Override
        public Object value(Row row) {
            if (this == DATES) {
                row.watch().read(row.index());
                return new Days(DAY, DAY);
            }
            return DataColumn.super.value(row); // through text(row)
        }
    }

    private static ExportTable<Row> table(Watch watch) {
        return ExportTable.of("Visits", List.of(Cell.values()), watch.rows(), Messages.of(UiLanguage.ENGLISH));
    }

    static ExportTable<Row> table() {
        return table(new Watch(-1, new Cancelling()));
    }

    private void assertOnlyTheEarlierFile(Path file) throws IOException {
        assertEquals("the file of last week", Files.readString(file), "the earlier file as it was");
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(List.of(file), left.toList(), "no part of a file left");
        }
    }

    @Test
    void aCancelWhileTheWorkbookWritesItsEndingAfterTheLastRowLeavesNoFile() throws IOException {
        Path file = dir.resolve("visits.xlsx");
        Files.writeString(file, "the file of last week");
        var progress = new CancelledAtTheEnd();

        assertThrows(CancellationException.class, () -> ExportFile.write(table(),
                new ExportChoice(ExportFormat.XLSX, ',', false), file, progress));

        assertTrue(progress.cancelled, "cancelled after the last row was told");
        assertOnlyTheEarlierFile(file);
    }

    @Test
    void aCancelAfterTheLastRowOfSeveralSheetsLeavesNoWorkbook() throws IOException {
        Path file = dir.resolve("all.xlsx");
        Files.writeString(file, "the file of last week");

        assertThrows(CancellationException.class, () -> ExportFile.write(List.of(table(), table()), file,
                new CancelledAtTheEnd()));

        assertOnlyTheEarlierFile(file);
    }

    @Test
    void aWorkbookWritesItsStringsInTheirRowsLeavingNoStringTableToSortAtItsEnd() throws IOException {
        Path file = dir.resolve("visits.xlsx");
        ExportFile.write(table(), new ExportChoice(ExportFormat.XLSX, ',', false), file, ExportProgress.NONE);

        assertTrue(ExportReadBack.sheetXml(file).contains("t=\"inlineStr\""), "strings in their rows");
        try (var zip = new ZipFile(file.toFile())) {
            ZipEntry shared = zip.getEntry("xl/sharedStrings.xml");
            String table = shared == null ? "" : new String(zip.getInputStream(shared).readAllBytes(),
                    StandardCharsets.UTF_8);
            assertFalse(table.contains("<si>"), "no shared string: " + table);
        }
    }

    @Test
    void aCancelWhileTheCsvFileIsFlushedAfterTheLastRowLeavesNoFile() throws IOException {
        Path file = dir.resolve("visits.csv");
        Files.writeString(file, "the file of last week");

        assertThrows(CancellationException.class, () -> ExportFile.write(table(),
                new ExportChoice(ExportFormat.CSV, ';', false), file, new CancelledAtTheEnd()));

        assertOnlyTheEarlierFile(file);
    }

    @Test
    void aCancelOnceEveryByteIsWrittenButTheFileNotInPlaceLeavesNoFile() throws IOException {
        Path file = dir.resolve("brief.pdf");
        Files.writeString(file, "the file of last week");
        var progress = new Cancelling();

        assertThrows(CancellationException.class, () -> ExportFile.write(file, progress, out -> {
            out.write(new byte[100]);
            progress.cancel();
        }));

        assertOnlyTheEarlierFile(file);
    }

    @Test
    void noBlockOfBytesReachesTheFileOnceCancelled() throws IOException {
        Path file = dir.resolve("visits.bin");
        var progress = new Cancelling();
        var written = new AtomicInteger();

        assertThrows(CancellationException.class, () -> ExportFile.write(file, progress, out -> {
            for (int i = 0; i < 1000; i++) {
                if (i == 10) {
                    progress.cancel();
                }
                out.write(new byte[512]);
                written.incrementAndGet();
            }
        }));

        assertEquals(10, written.get(), "the writes before the cancel, none after");
        assertFalse(Files.exists(file));
    }

    @Test
    void aCancelIsHeardBeforeTheNextRowInEveryFormat() throws IOException {
        for (ExportFormat format : ExportFormat.values()) {
            for (int at : new int[] {1, 700, 1500, ROWS - 1}) {
                var progress = new Cancelling();
                var watch = new Watch(at, progress);
                Path file = dir.resolve("visits-" + at + "." + format.kind().extension());

                assertThrows(CancellationException.class, () -> ExportFile.write(table(watch),
                        new ExportChoice(format, ',', false), file, progress));

                assertTrue(watch.readAfter == 0, format + ", cancelled in row " + at + ": " + watch.readAfter
                        + " rows read after it");
                assertFalse(Files.exists(file));
            }
        }
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(List.of(), left.toList(), "no part of a file left");
        }
    }

    @Test
    void theProgressWindowIsToldInStepsWhileEveryRowIsAChanceToCancel() throws IOException {
        var progress = new Cancelling();
        ExportFile.write(table(), new ExportChoice(ExportFormat.CSV, ',', false), dir.resolve("visits.csv"),
                progress);

        assertEquals(ROWS / ExportProgress.STEP + 2, progress.told, "told every step, and once at the end");
        assertTrue(progress.asked >= ROWS, "asked at least once a row: " + progress.asked);
    }

    @Test
    void cancelInTheProgressWindowAfterTheLastRowEndsTheThreadWithNoFileAndNoError() throws Exception {
        var dialogs = new RecordingDialogs();
        var exports = new Exports(dialogs, () -> Messages.of(UiLanguage.ENGLISH), Runnable::run);
        Path file = dir.resolve("visits.xlsx");
        Files.writeString(file, "the file of last week");
        dialogs.filesToChoose.add(file);
        var heard = new AtomicInteger();
        Export.Job job = (to, progress) -> ExportFile.write(table(), new ExportChoice(ExportFormat.XLSX, ',', false),
                to, new ExportProgress() {
                    @Override
                    public void rows(int done, int total) {
                        progress.rows(done, total);
                        if (done == total) {
                            dialogs.cancelProgress.run(); // Cancel pressed as the last row is told
                        }
                    }

                    @Override
                    public void check() {
                        try {
                            progress.check();
                        } catch (CancellationException e) {
                            heard.incrementAndGet();
                            throw e;
                        }
                    }
                });

        Thread writing = exports.run(new Workbook(job));
        writing.join();

        assertEquals(1, heard.get(), "heard at the workbook's first write after the cancel");
        assertEquals(1, dialogs.progressClosed, "the progress window closes");
        assertEquals(List.of(), dialogs.errors, "a cancel is no error");
        assertEquals(List.of(), dialogs.savedMessages(), "nothing said saved");
        assertOnlyTheEarlierFile(file);
    }

    /** An export written on a thread of its own by the job given. */
    record Workbook(Export.Job writing) implements Export {
        @Override
        public String menuId() {
            return "menuExportTest";
        }

        @Override
        public String menuKey() {
            return "export.menu";
        }

        @Override
        public String titleKey() {
            return "export.title";
        }

        @Override
        public String failedKey() {
            return "export.failed";
        }

        @Override
        public FileKind kind() {
            return ExportFormat.XLSX.kind();
        }

        @Override
        public String suggestedName(Messages m) {
            return "visits.xlsx";
        }

        @Override
        public ObservableBooleanValue available() {
            return new SimpleBooleanProperty(true);
        }

        @Override
        public void write(Path file) {
            throw new AssertionError("written on a thread of its own");
        }

        @Override
        public Optional<Job> job() {
            return Optional.of(writing);
        }
    }
}
