package app.delegations.ui.main;

import app.delegations.data.LoadResult;
import app.delegations.model.Dataset;
import app.delegations.ui.RecordingDialogs;
import app.delegations.ui.TestData;
import app.delegations.ui.TestPrefs;
import app.delegations.ui.common.AppPreferences;
import app.delegations.ui.common.Frames;
import app.delegations.ui.common.UiLanguage;
import java.util.List;

/**
 * The window's view models without a window, showing the congress: every test feature's steps applied by a
 * {@link Workspace} as soon as they are asked (loads, frames and the UI thread all run at once), its own fresh
 * preferences (removed on {@link #close}), and the number of times the data was read.
 */
final class CongressWorkspace implements AutoCloseable {
    final AppPreferences prefs = TestPrefs.fresh();
    final TestFeatures features = new TestFeatures();
    final RecordingDialogs dialogs = new RecordingDialogs();
    final MainViewModel main;
    final Workspace ws;
    private int loads;

    CongressWorkspace() {
        main = new MainViewModel((file, progress) -> {
            loads++;
            return new LoadResult("congress-2016.json", TestData.congress(), List.of());
        }, Runnable::run, Runnable::run, dialogs, prefs, UiLanguage.ENGLISH, features.steps(), Frames.immediate());
        ws = new Workspace(main, features.selection, features.steps());
        main.openBundled();
    }

    /** How many times the data was read (1 after the first load). */
    int loads() {
        return loads;
    }

    /** The records shown. */
    Dataset data() {
        return ws.index().dataset();
    }

    @Override
    public void close() {
        TestPrefs.remove(prefs);
    }
}
