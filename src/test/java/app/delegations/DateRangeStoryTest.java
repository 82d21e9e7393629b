package app.delegations;

import static app.delegations.AppTest.fx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.delegations.ui.TestData;
import app.delegations.ui.common.UiLanguage;
import app.delegations.ui.events.EventRow;
import app.delegations.ui.events.EventsFeature;
import app.delegations.ui.timeline.TimelineItem;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The filter's dates, typed as a Polish officer types them: a range of one day narrows the timeline and Events
 * to that day's events; a date the calendar lacks is refused next to its field and the range stays as it was.
 */
class DateRangeStoryTest extends WindowStory {
    /** The events of the congress's first day, 29 November 2016: the congress itself and the two visits. */
    private static final Set<String> FIRST_DAY = Set.of("congress-2016", "visit-it-universities-2016-11-29",
            "visit-city-units-2016-11-29");

    @Override
    UiLanguage language() {
        return UiLanguage.POLISH;
    }

    @BeforeEach
    void waitForData() {
        AppTest.waitUntil(() -> AppTest.settled(app) && !TestWindows.timeline(app).layingOutProperty().get());
    }

    private static void type(FxRobot robot, String field, String text) {
        DatePicker picker = robot.lookup(field).queryAs(DatePicker.class);
        robot.clickOn(picker.getEditor());
        robot.interact(() -> picker.getEditor().selectAll());
        robot.write(text).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String editorText(FxRobot robot, String field) {
        DatePicker picker = robot.lookup(field).queryAs(DatePicker.class);
        return fx(() -> picker.getEditor().getText());
    }

    private Set<String> timelineEvents() {
        return fx(() -> TestWindows.timeline(app).getLayout().items().stream().map(TimelineItem::event)
                .map(e -> e.id()).collect(Collectors.toSet()));
    }

    @Test
    void aRangeOfTheFirstDayShowsOnlyItsEventsOnTheTimelineAndInEvents(FxRobot robot) {
        assertEquals(7, timelineEvents().size(), "before: every event of the congress");
        type(robot, "#dateFrom", "29.11.2016");
        type(robot, "#dateTo", "29.11.2016");
        assertEquals(TestData.NOV_29, fx(() -> app.filter().fromProperty().get()));
        assertEquals(TestData.NOV_29, fx(() -> app.filter().toProperty().get()));
        AppTest.waitUntil(() -> AppTest.settled(app) && !TestWindows.timeline(app).layingOutProperty().get());
        assertEquals(FIRST_DAY, timelineEvents());

        robot.clickOn("#tabEvents");
        AppTest.waitUntil(() -> robot.lookup("#eventsTable").tryQuery().isPresent());
        TableView<EventRow> table = robot.lookup("#eventsTable").queryTableView();
        AppTest.waitUntil(() -> table.getItems().size() == FIRST_DAY.size());
        assertEquals(FIRST_DAY, fx(() -> table.getItems().stream().map(EventRow::id).collect(Collectors.toSet())));
        assertEquals(FIRST_DAY, fx(() -> TestWindows.feature(app, EventsFeature.class).viewModel().items().stream()
                .map(EventRow::id).collect(Collectors.toSet())));
        assertEquals("Własny zakres", fx(() -> robot.lookup("#datePreset .list-cell").queryLabeled().getText()),
                "the preset menu says the range is the user's own");
    }

    /** Tester 7, X: the window made in the new language showed an empty preset box over the range kept. */
    @Test
    void aRangeOfOnesOwnIsSaidAsSuchAfterTheLanguageChanges(FxRobot robot) {
        type(robot, "#dateFrom", "29.11.2016");
        robot.interact(() -> app.workspace().main().languageProperty().set(UiLanguage.ENGLISH));
        AppTest.waitUntil(() -> AppTest.settled(app) && app.workspace().main().messages().language() == UiLanguage.ENGLISH);
        assertEquals(TestData.NOV_29, fx(() -> app.filter().fromProperty().get()), "the range is kept");
        assertEquals("Custom range", fx(() -> robot.lookup("#datePreset .list-cell").queryLabeled().getText()));
    }

    @Test
    void aDateTheCalendarLacksIsRefusedNextToItsFieldAndTheRangeStays(FxRobot robot) {
        type(robot, "#dateTo", "2016-11-29");
        assertEquals("29.11.2016", editorText(robot, "#dateTo"), "ISO is taken and shown the Polish way");
        Label error = robot.lookup("#dateToError").queryAs(Label.class);
        assertFalse(fx(error::isVisible));

        type(robot, "#dateTo", "31.02.2016");
        assertTrue(fx(error::isVisible), "the field says why");
        assertEquals("„31.02.2016” nie jest datą — wpisz ją w postaci 29.11.2016 lub 2016-11-29.", fx(error::getText));
        assertEquals(TestData.NOV_29, fx(() -> app.filter().toProperty().get()), "the previous date stays");
        assertEquals("29.11.2016", editorText(robot, "#dateTo"));
        assertTrue(dialogs.errors.isEmpty(), "no error dialog");

        robot.clickOn("#clearFilters");
        WaitForAsyncUtils.waitForFxEvents();
        assertNull(fx(() -> app.filter().toProperty().get()));
        assertEquals("", editorText(robot, "#dateTo"));
        assertFalse(fx(error::isVisible));
        assertEquals(List.of(), List.copyOf(fx(() -> app.filter().years())));
    }
}
