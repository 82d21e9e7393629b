package app.delegations.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.delegations.data.Checkpoint;
import app.delegations.data.DatasetLoader;
import app.delegations.data.LoadResult;
import app.delegations.model.Dataset;
import app.delegations.ui.RecordingDialogs;
import app.delegations.ui.Shapes;
import app.delegations.ui.TestData;
import app.delegations.ui.TestPrefs;
import app.delegations.ui.common.AppPreferences;
import app.delegations.ui.common.Frames;
import app.delegations.ui.common.UiLanguage;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Cancel stops a load in the steps after the loader too, while the window prepares the data (index, rows,
 * timeline): each step asks whether to stop after a bounded amount of work, the first "yes" ends the load on
 * the loading thread, and the data shown before stays. Here the user cancels at the third question a step asks.
 */
class CancelWhilePreparingTest {
    /** 20,000 places and 20,000 events: every step asks more than three times. */
    private static Dataset large;

    private final AppPreferences prefs = TestPrefs.fresh();
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final Queue<Runnable> loadingThread = new ArrayDeque<>();

    @BeforeAll
    static void generate() {
        large = Shapes.wide(20_000);
    }

    @AfterEach
    void tearDown() {
        TestPrefs.remove(prefs);
    }

    private static boolean askedFrom(String step) {
        return StackWalker.getInstance().walk(frames -> frames.anyMatch(f -> f.getClassName().startsWith(step)));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"app.delegations.index.", "app.delegations.ui.places.PlaceRow",
        "app.delegations.ui.timeline."})
    void cancelStopsTheLoadInTheMiddleOfEachStepAndKeepsTheDataShown(String step) {
        var asked = new AtomicInteger();
        var askedAfterwards = new AtomicInteger();
        MainViewModel[] window = new MainViewModel[1];
        DataSource source = new DataSource() {
            @Override
            public LoadResult load(Path file, Progress progress) {
                return file == null ? new LoadResult(DatasetLoader.BUNDLED_NAME, TestData.congress(), List.of())
                        : new LoadResult("large.json", large, List.of());
            }

            @Override
            public Checkpoint preparing(Progress progress) {
                Checkpoint own = DataSource.super.preparing(progress);
                return () -> {
                    if (asked.get() == 3) {
                        askedAfterwards.incrementAndGet();
                    } else if (askedFrom(step) && asked.incrementAndGet() == 3) {
                        window[0].cancelLoad(); // the user presses Cancel now
                    }
                    own.check();
                };
            }
        };
        var vm = new MainViewModel(source, loadingThread::add, Runnable::run, dialogs, prefs, UiLanguage.ENGLISH,
                new TestFeatures().steps(), Frames.immediate());
        window[0] = vm;
        vm.openBundled();
        loadingThread.remove().run();
        Snapshot shown = vm.loaded();
        assertNotNull(shown);

        vm.open(Path.of("large.json"));
        assertTrue(vm.loadingProperty().get());
        loadingThread.remove().run(); // the loading thread returns: it is free for the next load

        assertEquals(3, asked.get(), "the step asked three times");
        assertEquals(0, askedAfterwards.get(), "the load stopped at once");
        assertSame(shown, vm.loaded(), "the data shown before stays");
        assertFalse(vm.loadingProperty().get());
        assertTrue(dialogs.problems.isEmpty() && dialogs.errors.isEmpty(), "a cancelled load says nothing");
        assertTrue(loadingThread.isEmpty());
    }
}
