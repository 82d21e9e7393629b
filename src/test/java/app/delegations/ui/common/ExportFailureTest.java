package app.delegations.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import app.delegations.ui.RecordingDialogs;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An export that cannot write its file says so in the officer's words: the file they chose (never the hidden one
 * an export writes first) and the system's reason, in the UI's language, with no stack trace.
 */
class ExportFailureTest {
    @TempDir
    Path dir;

    private RecordingDialogs.ErrorShown export(Path file, UiLanguage language) throws InterruptedException {
        var dialogs = new RecordingDialogs();
        var exports = new Exports(dialogs, () -> Messages.of(language), Runnable::run);
        dialogs.filesToChoose.add(file);
        Export.Job job = (to, progress) -> ExportFile.write(ExportCancelTest.table(),
                new ExportChoice(ExportFormat.XLSX, ',', false), to, progress);
        exports.run(new ExportCancelTest.Workbook(job)).join();
        assertEquals(List.of(), dialogs.savedMessages(), "nothing said saved");
        assertEquals(1, dialogs.errors.size());
        RecordingDialogs.ErrorShown error = dialogs.errors.get(0);
        assertEquals("", error.details(), "no stack trace");
        assertFalse(error.message().contains(".part") || error.message().contains("Exception"), error.message());
        return error;
    }

    @Test
    void aFileInAFolderThatIsGoneIsNamedWithTheReasonInTheOfficersLanguage() throws Exception {
        Path file = dir.resolve("gone").resolve("places.xlsx");

        assertEquals("Could not export the table: cannot write " + file.toAbsolutePath()
                + " (there is no such file)", export(file, UiLanguage.ENGLISH).message());
        assertEquals("Nie udało się wyeksportować tabeli: nie można zapisać pliku " + file.toAbsolutePath()
                + " (nie ma takiego pliku)", export(file, UiLanguage.POLISH).message());
    }

    @Test
    void aFileInAReadOnlyFolderIsNamedWithPermissionDenied() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("read-only"));
        assumeTrue(Files.getFileAttributeView(folder, PosixFileAttributeView.class) != null,
                "POSIX permissions are needed to make a folder read-only");
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            assumeTrue(!Files.isWritable(folder), "the user may write anyway (root): no read-only folder to try");
            Path file = folder.resolve("places.xlsx");

            assertEquals("Could not export the table: cannot write " + file.toAbsolutePath()
                    + " (permission denied)", export(file, UiLanguage.ENGLISH).message());
            assertTrue(export(file, UiLanguage.POLISH).message().endsWith(" (brak uprawnień)"));
        } finally {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void aFaultOfTheProgramStillShowsItsStackTrace() throws IOException, InterruptedException {
        var dialogs = new RecordingDialogs();
        var exports = new Exports(dialogs, () -> Messages.of(UiLanguage.ENGLISH), Runnable::run);
        dialogs.filesToChoose.add(dir.resolve("places.xlsx"));
        Export.Job job = (to, progress) -> {
            throw new IllegalStateException("a bug");
        };
        exports.run(new ExportCancelTest.Workbook(job)).join();

        assertEquals("Could not export the table: a bug", dialogs.errors.get(0).message());
        assertTrue(dialogs.errors.get(0).details().contains("IllegalStateException"), "for the report of a bug");
    }
}
