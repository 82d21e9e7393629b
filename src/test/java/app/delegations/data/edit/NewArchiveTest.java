package app.delegations.data.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.delegations.data.Archive;
import app.delegations.data.DatasetLoader;
import app.delegations.data.LoadResult;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** File › New archive: an empty folder gets the bundled congress and opens as an archive at once. */
class NewArchiveTest {
    @TempDir
    Path dir;

    @Test
    void anEmptyFolderBecomesAnArchiveHoldingTheCongress() throws IOException {
        Path folder = dir.resolve("office");
        NewArchive.create(folder, new DatasetLoader());
        Archive archive = EditArchive.open(folder);
        assertTrue(archive.result().ok(), () -> archive.result().problems().toString());
        LoadResult bundled = new DatasetLoader().loadBundled();
        assertEquals(bundled.datasetOrNull().events(), archive.result().datasetOrNull().events());
        assertEquals(List.of(folder.resolve(DatasetLoader.BUNDLED_NAME)), archive.files());
    }

    @Test
    void aFolderThatHoldsAnythingIsRefused() throws IOException {
        Files.writeString(dir.resolve("notes.txt"), "mine");
        assertFalse(NewArchive.usable(dir));
        assertThrows(FileAlreadyExistsException.class, () -> NewArchive.create(dir, new DatasetLoader()));
        assertEquals(List.of(dir.resolve("notes.txt")), Files.list(dir).toList());
    }
}
