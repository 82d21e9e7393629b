package app.delegations.ui.filter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.delegations.data.Checkpoint;
import app.delegations.index.DatasetIndex;
import app.delegations.model.PlaceKind;
import app.delegations.ui.TestData;
import app.delegations.ui.common.Messages;
import app.delegations.ui.common.Selection;
import app.delegations.ui.common.UiLanguage;
import app.delegations.ui.events.EventRow;
import app.delegations.ui.events.EventsViewModel;
import app.delegations.ui.organisations.OrganisationRow;
import app.delegations.ui.organisations.OrganisationsViewModel;
import app.delegations.ui.people.PeopleViewModel;
import app.delegations.ui.people.PersonRow;
import app.delegations.ui.places.PlaceRow;
import app.delegations.ui.places.PlacesViewModel;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.Callable;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The views follow a result typed on large data (issue 16): the view on screen shows it in the frame that
 * publishes it; a view out of sight (a tab not selected) keeps its rows until its tab is shown, or until typing
 * rests, and then shows exactly what the filter applied at once shows; every other change reaches every view at
 * once. Places is on screen, People and Organisations in tabs behind it, Events never shown (no node: it follows
 * at once). The search thread and the UI thread's publishing are queues run by hand; the time is the test's.
 */
@ExtendWith(ApplicationExtension.class)
class FollowingTest {
    private final Deque<Runnable> searchThread = new ArrayDeque<>();
    private final Deque<Runnable> published = new ArrayDeque<>();
    /** The time {@link Following} reads, moved by hand. */
    private long now;
    private final FilterModel filter = new FilterModel(Clock.systemUTC(),
            new SearchAhead(searchThread::add, published::add, 0), () -> now);
    /** The same data and views, every change applied at once: what the typed views must end up showing. */
    private final FilterModel atOnce = new FilterModel();
    private final Views typed = new Views(filter);
    private final Views plain = new Views(atOnce);
    private TabPane tabs;

    /** The four table view models on one filter, with the congress's rows. */
    private static final class Views {
        final PlacesViewModel places;
        final PeopleViewModel people;
        final OrganisationsViewModel organisations;
        final EventsViewModel events;

        Views(FilterModel filter) {
            var selection = new Selection();
            places = new PlacesViewModel(filter, selection);
            people = new PeopleViewModel(filter, selection);
            organisations = new OrganisationsViewModel(filter, selection);
            events = new EventsViewModel(filter, selection);
        }

        void show(DatasetIndex index) {
            Messages m = Messages.of(UiLanguage.ENGLISH);
            places.setRows(index, PlaceRow.build(index, m));
            people.setRows(PersonRow.build(index, m, Checkpoint.NONE));
            organisations.setRows(OrganisationRow.build(index, m, Checkpoint.NONE));
            events.setRows(index, EventRow.build(index, m, Checkpoint.NONE));
        }

        List<String> places() {
            return places.items().stream().map(PlaceRow::id).toList();
        }

        List<String> people() {
            return people.items().stream().map(PersonRow::id).toList();
        }

        List<String> organisations() {
            return organisations.items().stream().map(OrganisationRow::id).toList();
        }

        List<String> events() {
            return events.items().stream().map(r -> r.event().id()).toList();
        }
    }

    @Start
    void start(Stage stage) {
        tabs = new TabPane();
        var placesNode = new StackPane();
        var peopleNode = new StackPane();
        var organisationsNode = new StackPane();
        tabs.getTabs().addAll(new Tab("Places", placesNode), new Tab("People", peopleNode),
                new Tab("Organisations", organisationsNode));
        stage.setScene(new Scene(tabs, 300, 200));
        stage.sizeToScene();
        stage.show();
        typed.places.following().shownOn(placesNode);
        typed.people.following().shownOn(peopleNode);
        typed.organisations.following().shownOn(organisationsNode);
        for (FilterModel f : List.of(filter, atOnce)) {
            f.setIndex(DatasetIndex.build(TestData.congress()));
        }
        typed.show(filter.index());
        plain.show(atOnce.index());
    }

    @Test
    void aTypedResultShowsOnScreenAtOnceAndInAHiddenTabWhenItIsShown(FxRobot robot) {
        List<String> everyone = fx(typed::people);
        type(robot, "r", "ri", "rih", "rihter");

        assertEquals(plain.places(), typed.places(), "the view on screen shows the result in its frame");
        assertEquals(plain.events(), typed.events(), "a view never shown follows at once");
        assertNotEquals(everyone, plain.people(), "(the search narrows the people)");
        assertEquals(everyone, typed.people(), "the People tab behind keeps its rows meanwhile");
        assertTrue(typed.people.following().behind());

        robot.interact(() -> tabs.getSelectionModel().select(1));
        WaitForAsyncUtils.waitForFxEvents(); // the frame that shows the tab catches it up before its layout

        assertFalse(typed.people.following().behind());
        assertEquals(plain.people(), fx(typed::people), "shown, the tab shows the typed result");
        assertTrue(typed.organisations.following().behind(), "typing has not rested: the other tab still waits");
    }

    @Test
    void onceTypingRestsTheHiddenViewsCatchUpByThemselves(FxRobot robot) {
        type(robot, "k", "kr", "kra", "krak");
        assertTrue(filter.viewsBehind());

        now += Following.QUIET_NANOS;
        for (int frames = 0; frames < 20 && fx(filter::viewsBehind); frames++) {
            robot.interact(Platform::requestNextPulse);
            WaitForAsyncUtils.waitForFxEvents();
        }

        assertFalse(fx(filter::viewsBehind), "every view caught up, none shown");
        assertEquals(plain.people(), fx(typed::people));
        assertEquals(plain.organisations(), fx(typed::organisations));
        assertEquals(plain.places(), fx(typed::places));
        assertEquals(plain.events(), fx(typed::events));
    }

    @Test
    void whatEveryViewShowsIsReadAfterTheViewsBehindCaughtUp(FxRobot robot) {
        type(robot, "r", "ri", "rihter");
        assertTrue(typed.people.following().behind(), "(the People tab behind waits for typing to rest)");

        robot.interact(filter::catchUpViews); // File › Export all tables, at once after the last key

        assertFalse(fx(filter::viewsBehind), "no view left behind, though typing has not rested");
        assertEquals(plain.people(), fx(typed::people), "the tab out of sight gives the typed result");
        assertEquals(plain.organisations(), fx(typed::organisations));
    }

    @Test
    void aFacetTickedAfterTypingReachesEveryViewAtOnce(FxRobot robot) {
        type(robot, "s", "se", "ser");
        robot.interact(() -> {
            filter.kinds().add(PlaceKind.CITY);
            atOnce.kinds().add(PlaceKind.CITY);
        });

        assertFalse(filter.viewsBehind());
        assertEquals(plain.people(), typed.people());
        assertEquals(plain.organisations(), typed.organisations());
        assertEquals(plain.places(), typed.places());
    }

    /** Types each text in turn, each key's search done and published before the next, as a slow typist would. */
    private void type(FxRobot robot, String... texts) {
        robot.interact(() -> {
            for (String text : texts) {
                filter.searchTextProperty().set(text);
                atOnce.searchTextProperty().set(text);
                run(searchThread);
                run(published);
            }
        });
    }

    /** Asks on the FX thread. */
    private static <T> T fx(Callable<T> question) {
        return WaitForAsyncUtils.waitForAsyncFx(5_000, question);
    }

    private static void run(Deque<Runnable> thread) {
        while (!thread.isEmpty()) {
            thread.removeFirst().run();
        }
    }
}
