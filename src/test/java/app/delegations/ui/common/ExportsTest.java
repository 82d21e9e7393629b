package app.delegations.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.delegations.ui.RecordingDialogs;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every export takes one path: the file asked, the extension added, a replaced file asked about, the outcome told. */
class ExportsTest {
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final Exports exports = new Exports(dialogs, () -> Messages.of(UiLanguage.ENGLISH));
    private final TestPng png = new TestPng();

    @TempDir
    Path dir;

    @Test
    void theExtensionIsAddedWhenTheNameLacksItInAnyCase() {
        dialogs.filesToChoose.add(dir.resolve("plain"));
        dialogs.filesToChoose.add(dir.resolve("Upper.PNG"));
        exports.run(png);
        exports.run(png);
        assertEquals(List.of(dir.resolve("plain.png"), dir.resolve("Upper.PNG")), png.written);
        assertEquals(List.of("Saved to " + dir.resolve("plain.png").toAbsolutePath(),
                "Saved to " + dir.resolve("Upper.PNG").toAbsolutePath()), dialogs.savedMessages());
        assertEquals(List.of(), dialogs.infos, "a notice, no dialog to close");
    }

    @Test
    void aFileTheAddedExtensionWouldReplaceIsAskedAbout() throws IOException {
        Files.writeString(dir.resolve("old.png"), "kept");
        dialogs.filesToChoose.add(dir.resolve("old"));
        dialogs.answers.add(false);
        exports.run(png);
        assertEquals(List.of("old.png already exists. Replace it?"), dialogs.questions);
        assertEquals(List.of(), png.written, "No: nothing written");

        dialogs.filesToChoose.add(dir.resolve("old.png"));
        exports.run(png);
        assertEquals(1, dialogs.questions.size(), "a name chosen as it is: the file chooser asked already");
        assertEquals(List.of(dir.resolve("old.png")), png.written);
    }

    @Test
    void aFailureIsToldAndNothingIsSaidSaved() {
        png.failure = new IOException("disk full");
        dialogs.filesToChoose.add(dir.resolve("x.png"));
        exports.run(png);
        assertEquals(1, dialogs.errors.size());
        assertEquals("Export the timeline as PNG", dialogs.errors.get(0).title());
        assertEquals("Could not export the timeline: cannot write " + dir.resolve("x.png").toAbsolutePath()
                + " (disk full)", dialogs.errors.get(0).message(), "the file chosen, the system's words");
        assertEquals("", dialogs.errors.get(0).details(), "no stack trace");
        assertTrue(dialogs.saved.isEmpty());
        assertTrue(dialogs.infos.isEmpty());
    }

    @Test
    void nothingToExportAsksNothing() {
        png.available.set(false);
        dialogs.filesToChoose.add(dir.resolve("x.png"));
        exports.run(png);
        assertEquals(1, dialogs.filesToChoose.size(), "no file asked for");
        assertTrue(png.written.isEmpty());
    }
}
