package app.delegations;

import app.delegations.data.Archive;
import app.delegations.data.ArchiveLoader;
import app.delegations.data.DatasetLoader;
import app.delegations.data.WorldCountries;
import app.delegations.data.LoadResult;
import app.delegations.ui.common.AppPreferences;
import app.delegations.ui.common.Dialogs;
import app.delegations.ui.main.DataSource;
import app.delegations.ui.main.FolderWatch;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import javafx.application.Platform;

/**
 * How the window is started: where preferences live, which dialogs and data source to use (tests replace
 * them), the file from the command line, and whether this is a smoke test.
 *
 * @param dialogs         null for the real JavaFX dialogs
 * @param file            the file or archive folder to open, or null
 * @param restoreLastFile open the last file shown when no file is given (off for tests and the smoke test)
 * @param watches         watches the folder of an archive shown (the model-based test reports changes itself)
 */
record AppConfig(AppPreferences prefs, Dialogs dialogs, DataSource source, Path file, boolean restoreLastFile,
                 boolean smokeTest, FolderWatch.Starter watches) {

    /** With the real watch of an archive's folder. */
    AppConfig(AppPreferences prefs, Dialogs dialogs, DataSource source, Path file, boolean restoreLastFile,
              boolean smokeTest) {
        this(prefs, dialogs, source, file, restoreLastFile, smokeTest, FolderWatch.starter(Platform::runLater));
    }

    static final String SMOKE_TEST = "--smoke-test";

    /** The configuration for the command line: {@code delegations [--smoke-test] [FILE | FOLDER]}. */
    static AppConfig fromArgs(List<String> args) {
        boolean smoke = args.contains(SMOKE_TEST);
        Path file = args.stream().filter(a -> !a.startsWith("--")).findFirst().map(Path::of).orElse(null);
        // the smoke test must not change what the user's window remembers
        var prefs = AppPreferences.userNode(smoke ? AppPreferences.DEFAULT_NODE + "-smoke-test" : AppPreferences.DEFAULT_NODE);
        return new AppConfig(prefs, null, loaderSource(), file, !smoke, smoke);
    }

    /**
     * The real loaders: a file, the bundled data for null, an archive folder; a country a file names without
     * defining it comes from the world list.
     */
    static DataSource loaderSource() {
        var files = new DatasetLoader(new WorldCountries());
        var archives = new ArchiveLoader(files);
        return new DataSource() {
            @Override
            public LoadResult load(Path file, Progress progress) {
                return file == null ? files.loadBundled(progress) : files.load(file, progress);
            }

            @Override
            public Archive openArchive(Path folder, Progress progress) {
                return archives.open(folder, progress);
            }

            @Override
            public Archive refreshArchive(Archive archive, Set<Path> changed, Progress progress) {
                return archives.refresh(archive, changed, progress);
            }
        };
    }
}
