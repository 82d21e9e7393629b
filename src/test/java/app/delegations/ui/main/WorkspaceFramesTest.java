package app.delegations.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertSame;

import app.delegations.bench.DatasetGenerator;
import app.delegations.bench.GeneratorSpec;
import app.delegations.data.DatasetLoader;
import app.delegations.data.LoadResult;
import app.delegations.model.Dataset;
import app.delegations.ui.RecordingDialogs;
import app.delegations.ui.TestData;
import app.delegations.ui.TestPrefs;
import app.delegations.ui.common.AppPreferences;
import app.delegations.ui.common.Frames;
import app.delegations.ui.common.UiLanguage;
import app.delegations.ui.filter.FilterModel;
import app.delegations.ui.places.PlacesViewModel;
import app.delegations.ui.timeline.TimelineLayout;
import app.delegations.ui.timeline.TimelineViewModel;
import java.util.List;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A large file's data reaches the views one step per frame, in the order the window needs it; small data (the
 * bundled congress) at once.
 */
class WorkspaceFramesTest {
    /** A generated file of 10,000 records (3,000 places, 4,000 events): over {@link app.delegations.ui.common.Pace#SPREAD_FROM}. */
    private static Dataset large;

    @BeforeAll
    static void generate(@TempDir Path dir) throws IOException {
        var summary = DatasetGenerator.generate(GeneratorSpec.of(10_000), dir);
        LoadResult r = new DatasetLoader().load(summary.file());
        large = r.datasetOrNull();
    }

    private Dataset next = TestData.congress();

    /** Frames run by hand: {@link #frame()} runs one step, as a pulse would. */
    private final Deque<Runnable> queued = new ArrayDeque<>();
    private final Frames frames = queued::add;
    private AppPreferences prefs;
    private MainViewModel main;
    private Workspace ws;
    private final TestFeatures features = new TestFeatures();
    private final FilterModel filter = features.filter;
    private final PlacesViewModel placesVm = features.places.viewModel();
    private final TimelineViewModel timeline = features.timeline.viewModel();

    @BeforeEach
    void setUp() {
        prefs = TestPrefs.fresh();
        main = new MainViewModel((file, progress) -> new LoadResult("data.json", next, List.of()),
                Runnable::run, Runnable::run, new RecordingDialogs(), prefs, UiLanguage.ENGLISH, features.steps(),
                Frames.immediate());
        ws = new Workspace(main, features.selection, features.steps(), frames);
    }

    /** Every event laid out with the data loaded last. */
    private TimelineLayout everyEvent() {
        return main.loaded().part(features.timeline.layout());
    }

    @AfterEach
    void tearDown() {
        TestPrefs.remove(prefs);
    }

    private void frame() {
        queued.removeFirst().run();
    }

    @Test
    void theFilterFirstThenThePlacesThenTheOtherViewsThenTheTimeline() {
        next = large;
        int places = large.places().size();
        main.openBundled();
        assertEquals(0, filter.totalProperty().get(), "nothing before the first frame");
        frame();
        assertEquals(places, filter.totalProperty().get(), "frame 1: the filter and its facets' counts");
        assertEquals(0, placesVm.items().size());
        frame();
        assertEquals(places, placesVm.items().size(), "frame 2: the Places rows");
        assertEquals(0, features.countries.viewModel().items().size());
        frame();
        assertEquals(large.countries().size(), features.countries.viewModel().items().size(), "frame 3: Countries, details and source");
        assertNull(ws.current());
        frame();
        assertSame(large, timeline.getDataset(), "frame 4: the timeline");
        assertSame(everyEvent(), timeline.getLayout(),
                "laid out with the data, off the UI thread (the filter is off)");
        assertSame(main.loaded(), ws.current(), "and every view shows the new data");
        assertEquals(0, queued.size());
    }

    @Test
    void withTheFilterOnTheTimelineLaysOutTheNewDataItself() {
        filter.countries().add(large.countries().get(0).code()); // a facet: the search also finds events by title
        next = large;
        main.openBundled();
        while (!queued.isEmpty()) {
            frame();
        }
        var shown = timeline.getLayout();
        assertNotSame(everyEvent(), shown, "the layout made with the data has every event");
        assertTrue(shown.size() < everyEvent().size(), "only the events with a place of that country: " + shown.size());
    }

    @Test
    void aNewerFileOvertakesTheStepsOfTheOlderOne() {
        next = large;
        main.openBundled();
        frame();
        main.openBundled(); // e.g. Reload pressed while the first load is still being shown
        Snapshot newer = main.loaded();
        while (!queued.isEmpty()) {
            frame();
        }
        assertSame(newer, ws.current());
        assertEquals(large.places().size(), placesVm.items().size());
    }

    @Test
    void smallDataIsShownAtOnce() {
        main.openBundled();
        assertEquals(0, queued.size(), "no frame to wait for at start-up with the bundled data");
        assertEquals(15, placesVm.items().size());
        assertSame(main.loaded(), ws.current());
    }
}
