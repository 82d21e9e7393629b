package app.delegations.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.delegations.ui.RecordingDialogs;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableBooleanValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every export takes one path: the file asked, the extension added, a replaced file asked about, the outcome told. */
class ExportsTest {
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final Exports exports = new Exports(dialogs, () -> Messages.of(UiLanguage.ENGLISH));
    private final Png png = new Png();

    @TempDir
    Path dir;

    /** An export that records the files it writes, or fails with {@link #failure}. */
    private static final class Png implements Export {
        final SimpleBooleanProperty available = new SimpleBooleanProperty(true);
        final List<Path> written = new ArrayList<>();
        IOException failure;

        @Override
        public String menuId() {
            return "menuExportTest";
        }

        @Override
        public String menuKey() {
            return "menu.file.export";
        }

        @Override
        public String titleKey() {
            return "dialog.png.title";
        }

        @Override
        public String failedKey() {
            return "dialog.png.failed";
        }

        @Override
        public FileKind kind() {
            return FileKind.PNG;
        }

        @Override
        public String suggestedName() {
            return "timeline.png";
        }

        @Override
        public ObservableBooleanValue available() {
            return available;
        }

        @Override
        public void write(Path file) throws IOException {
            if (failure != null) {
                throw failure;
            }
            written.add(file);
        }
    }

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
