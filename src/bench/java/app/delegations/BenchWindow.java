package app.delegations;

import app.delegations.ui.common.AppPreferences;
import app.delegations.ui.common.Dialogs;
import java.nio.file.Path;
import javafx.stage.Stage;

/**
 * The real window built the way {@code App} builds it, with the dialogs of a harness of its own (the file question
 * answered without the native chooser) — as the TestFX stories do ({@code TestWindows}). Run on the class path:
 * the app's configuration is package-private, which only a class of this package reaches.
 */
public final class BenchWindow {
    private BenchWindow() {
    }

    /** Starts the app on {@code stage}, opening {@code file} (a data file or an archive folder). Call on the FX thread. */
    public static void start(Stage stage, AppPreferences prefs, Dialogs dialogs, Path file) {
        new App(new AppConfig(prefs, dialogs, AppConfig.loaderSource(), file, false, false)).start(stage);
    }
}
