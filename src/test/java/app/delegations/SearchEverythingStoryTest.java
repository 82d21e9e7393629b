package app.delegations;

import static app.delegations.AppTest.fx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.delegations.ui.events.EventRow;
import app.delegations.ui.timeline.TimelineItem;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Searching everything, as an officer types into the search box: the line beside it says what was found, by
 * kind; the Events view and the timeline show the events found; the details mark the words found.
 */
class SearchEverythingStoryTest extends WindowStory {
    private void search(FxRobot robot, String text) {
        robot.clickOn("#searchField");
        robot.interact(() -> robot.lookup("#searchField").queryTextInputControl().clear());
        robot.write(text);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String found(FxRobot robot) {
        return fx(() -> robot.lookup("#searchMatches").queryAs(Label.class).getText());
    }

    private void eventsTab(FxRobot robot) {
        robot.press(KeyCode.CONTROL).press(KeyCode.DIGIT6).release(KeyCode.DIGIT6).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private List<String> events(FxRobot robot) {
        TableView<EventRow> t = robot.lookup("#eventsTable").queryTableView();
        return fx(() -> t.getItems().stream().map(EventRow::id).toList());
    }

    @Test
    void monitoringFindsTheVisitAndItsDetailsMarkTheWord(FxRobot robot) {
        search(robot, "monitoring");
        assertEquals("1 event · 1 organisation", found(robot));
        eventsTab(robot);
        AppTest.waitUntil(() -> events(robot).equals(List.of("visit-city-units-2016-11-29")));
        Node row = robot.lookup("#eventsTable .table-row-cell").match((Node n) ->
                n instanceof TableRow<?> r && r.getItem() instanceof EventRow e
                        && e.id().equals("visit-city-units-2016-11-29")).query();
        robot.clickOn(row);
        WaitForAsyncUtils.waitForFxEvents();
        List<String> marked = fx(() -> robot.lookup("#detailsView .marked-text .match").queryAllAs(Label.class)
                .stream().map(Label::getText).toList());
        assertFalse(marked.isEmpty(), "the details mark the word found");
        assertTrue(marked.stream().allMatch(w -> w.equalsIgnoreCase("monitoring")), "only the word: " + marked);
        assertTrue(fx(() -> robot.lookup("#detailsTitle").queryAs(Label.class).getText())
                .startsWith("Learning about the work of city units"), "the details show the visit");

        search(robot, "city units");
        assertEquals(List.of("city", "units"), fx(() -> robot.lookup("#detailsView .details-title.marked-text .match")
                .queryAllAs(Label.class).stream().map(Label::getText).toList()), "the title's words marked");
        Label title = robot.lookup("#detailsTitle").queryAs(Label.class);
        assertTrue(fx(title::isVisible), "the title stays, under its marks, for whatever reads it");
        assertTrue(fx(title::getText).startsWith("Learning about the work of city units"));

        robot.clickOn("#clearSearch");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(fx(() -> robot.lookup("#detailsView .match").queryAll().isEmpty()), "no marks without a search");
        assertEquals("", found(robot));
    }

    @Test
    void aTickedCountryWithAnEmptySearchBoxSaysNothingBesideTheBoxAsNoSearchRan(FxRobot robot) {
        robot.clickOn("#filterView .facet-row .check-box");
        WaitForAsyncUtils.waitForFxEvents();
        AppTest.waitUntil(() -> fx(() -> robot.lookup("#statusCount").queryAs(Label.class).getText()).contains(" of "));
        assertEquals("", found(robot), "the status bar counts what the facets leave");
        search(robot, "monitoring");
        assertFalse(found(robot).isEmpty(), "a search says what it found");
    }

    @Test
    void smartCityLeavesItsPresentationOnTheTimelineAndRihterHerCongress(FxRobot robot) {
        search(robot, "Smart City");
        assertEquals("1 event", found(robot));
        AppTest.waitUntil(() -> fx(() -> TestWindows.timeline(app).getLayout().items().stream()
                .map(TimelineItem::event).map(e -> e.id()).toList())
                .equals(List.of("krakow-strategy-presentation-2016-11-30")));
        search(robot, "Rihter");
        assertEquals("1 person", found(robot));
        eventsTab(robot);
        AppTest.waitUntil(() -> events(robot).equals(List.of("congress-2016")));
    }
}
