package app.delegations.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import app.delegations.data.LoadResult;
import app.delegations.ui.RecordingDialogs;
import app.delegations.ui.TestData;
import app.delegations.ui.TestPrefs;
import app.delegations.ui.common.AppPreferences;
import app.delegations.ui.common.Frames;
import app.delegations.ui.common.Selection;
import app.delegations.ui.common.UiLanguage;
import app.delegations.ui.countries.CountriesViewModel;
import app.delegations.ui.details.DetailsViewModel;
import app.delegations.ui.filter.FilterModel;
import app.delegations.ui.places.PlacesViewModel;
import app.delegations.ui.source.SourceViewModel;
import app.delegations.ui.timeline.TimelineViewModel;
import java.util.List;
import java.util.ArrayDeque;
import java.util.Deque;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A new file's data reaches the views one step per frame, in the order the window needs it. */
class WorkspaceFramesTest {
    /** Frames run by hand: {@link #frame()} runs one step, as a pulse would. */
    private final Deque<Runnable> queued = new ArrayDeque<>();
    private final Frames frames = queued::add;
    private AppPreferences prefs;
    private MainViewModel main;
    private Workspace ws;

    @BeforeEach
    void setUp() {
        prefs = TestPrefs.fresh();
        main = new MainViewModel((file, progress) -> new LoadResult("congress-2016.json", TestData.congress(), List.of()),
                Runnable::run, Runnable::run, new RecordingDialogs(), prefs, UiLanguage.ENGLISH);
        var filter = new FilterModel();
        var selection = new Selection();
        ws = new Workspace(main, filter, selection, new PlacesViewModel(filter, selection),
                new CountriesViewModel(filter, selection), new DetailsViewModel(selection), new SourceViewModel(selection),
                new TimelineViewModel(), frames);
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
        main.openBundled();
        assertEquals(0, ws.filter().totalProperty().get(), "nothing before the first frame");
        frame();
        assertEquals(15, ws.filter().totalProperty().get(), "frame 1: the filter and its facets' counts");
        assertEquals(0, ws.places().items().size());
        frame();
        assertEquals(15, ws.places().items().size(), "frame 2: the Places rows");
        assertEquals(0, ws.countries().items().size());
        frame();
        assertEquals(8, ws.countries().items().size(), "frame 3: Countries, details and source");
        assertNull(ws.shownProperty().get());
        frame();
        assertEquals(7, ws.timeline().getDataset().events().size(), "frame 4: the timeline");
        assertSame(main.snapshot(), ws.shownProperty().get(), "and every view shows the new data");
        assertEquals(0, queued.size());
    }

    @Test
    void aNewerFileOvertakesTheStepsOfTheOlderOne() {
        main.openBundled();
        frame();
        main.openBundled(); // e.g. Reload pressed while the first load is still being shown
        Snapshot newer = main.snapshot();
        while (!queued.isEmpty()) {
            frame();
        }
        assertSame(newer, ws.shownProperty().get());
        assertEquals(15, ws.places().items().size());
    }
}
