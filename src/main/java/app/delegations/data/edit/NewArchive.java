package app.delegations.data.edit;

import app.delegations.data.DatasetLoader;
import app.delegations.data.LoadResult;
import app.delegations.model.Source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Makes a new archive folder for recording: an empty folder receives a copy of the bundled 2016 congress (its data
 * file and its source texts, byte for byte), so that it is a valid archive at once and the first new event can
 * refer to Kraków, its partner cities and the congress's people and organisations. Nothing else is written.
 */
public final class NewArchive {
    private NewArchive() {
    }

    /** True when {@code folder} does not exist or holds nothing: a new archive may be made there. */
    public static boolean usable(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return true;
        }
        if (!Files.isDirectory(folder)) {
            return false;
        }
        try (DirectoryStream<Path> in = Files.newDirectoryStream(folder)) {
            return !in.iterator().hasNext();
        }
    }

    /**
     * Copies the bundled data into {@code folder} (created if missing). Throws when the folder holds anything
     * already, or the bundled data cannot be read.
     */
    public static void create(Path folder, DatasetLoader loader) throws IOException {
        if (!usable(folder)) {
            throw new FileAlreadyExistsException(folder.toString(), null, "not an empty folder");
        }
        LoadResult bundled = loader.loadBundled();
        if (!bundled.ok()) {
            throw new IOException("the bundled data does not load: " + bundled.problems());
        }
        Files.createDirectories(folder);
        copy(DatasetLoader.BUNDLED_NAME, folder);
        for (Source s : bundled.datasetOrNull().sources()) {
            copy(s.file(), folder);
        }
    }

    private static void copy(String name, Path folder) throws IOException {
        try (InputStream in = DatasetLoader.class.getResourceAsStream(DatasetLoader.BUNDLED_ROOT + name)) {
            if (in == null) {
                throw new IOException("not bundled: " + name);
            }
            Path to = folder.resolve(name);
            Files.createDirectories(to.getParent());
            Files.copy(in, to);
        }
    }
}
