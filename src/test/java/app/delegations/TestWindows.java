package app.delegations;

import app.delegations.ui.TestPrefs;
import app.delegations.ui.common.AppPreferences;
import app.delegations.ui.common.Dialogs;
import app.delegations.ui.common.Feature;
import app.delegations.ui.common.UiLanguage;
import app.delegations.ui.places.PlacesFeature;
import app.delegations.ui.places.PlacesView;
import app.delegations.ui.places.PlacesViewModel;
import app.delegations.ui.source.SourceFeature;
import app.delegations.ui.source.SourceViewModel;
import app.delegations.ui.timeline.TimelineFeature;
import app.delegations.ui.timeline.TimelineViewModel;
import java.util.ArrayList;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;

/** The window as the TestFX stories start it: on the bundled data, with preferences and dialogs of the test's own. */
final class TestWindows {
    private TestWindows() {
    }

    /**
     * Fresh preferences of a test's own, with English chosen (the stories read English texts). A story extending
     * {@link WindowStory} gets them from there.
     */
    static AppPreferences englishPrefs() {
        AppPreferences prefs = TestPrefs.fresh();
        prefs.setLanguage(UiLanguage.ENGLISH);
        return prefs;
    }

    /** Starts the app on {@code stage}: the bundled data loads as it does for a user. */
    static App start(Stage stage, AppPreferences prefs, Dialogs dialogs) {
        var app = new App(new AppConfig(prefs, dialogs, AppConfig.loaderSource(), null, false, false));
        app.start(stage);
        return app;
    }

    /** The registered feature of this type: a view, or a pane. */
    static <F extends Feature> F feature(App app, Class<F> type) {
        var all = new ArrayList<Feature>(app.views().views());
        all.add(app.views().left());
        all.add(app.views().right());
        return all.stream().filter(type::isInstance).map(type::cast).findFirst().orElseThrow();
    }

    static PlacesViewModel places(App app) {
        return feature(app, PlacesFeature.class).viewModel();
    }

    /** The Places view of the window shown. */
    static PlacesView placesView(App app) {
        return feature(app, PlacesFeature.class).view();
    }

    static TimelineViewModel timeline(App app) {
        return feature(app, TimelineFeature.class).viewModel();
    }

    static SourceViewModel source(App app) {
        return feature(app, SourceFeature.class).viewModel();
    }

    /** Closes the window (which saves its state while its preferences exist), then removes the preferences. */
    static void close(FxRobot robot, App app, AppPreferences prefs) {
        robot.interact(() -> app.stage().hide());
        TestPrefs.remove(prefs);
    }
}
