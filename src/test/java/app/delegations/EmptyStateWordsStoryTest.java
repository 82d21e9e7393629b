package app.delegations;

import static app.delegations.AppTest.fx;
import static app.delegations.AppTest.settled;
import static app.delegations.AppTest.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;

import app.delegations.ui.places.PlaceRow;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableRow;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * When nothing is left to show, every view and the detail pane say what hides the rows: the search ("Clear the
 * search", a Clear search button) when only the search is set, the filters when only a facet is ticked, both when
 * both are; the detail pane's notice on Košice likewise.
 */
class EmptyStateWordsStoryTest extends WindowStory {
    /** Each view's key (Ctrl+digit) and its empty state. */
    private static final List<View> VIEWS = List.of(new View(KeyCode.DIGIT1, "#placesTable .empty-state"),
            new View(KeyCode.DIGIT2, "#countriesTable .empty-state"), new View(KeyCode.DIGIT3, "#timelineEmpty"),
            new View(KeyCode.DIGIT5, "#organisationsTable .empty-state"),
            new View(KeyCode.DIGIT6, "#eventsTable .empty-state"), new View(KeyCode.DIGIT7, "#peopleTable .empty-state"),
            new View(KeyCode.DIGIT9, "#figuresEmpty"));

    private record View(KeyCode key, String empty) {
    }

    /** Each view's hint and button, as "hint | button". */
    private List<String> emptyStates(FxRobot robot) {
        var said = new ArrayList<String>();
        for (View v : VIEWS) {
            robot.press(KeyCode.CONTROL, v.key()).release(v.key(), KeyCode.CONTROL);
            waitUntil(() -> settled(app) && robot.lookup(v.empty()).tryQuery().map(Node::isVisible).orElse(false));
            said.add(fx(() -> robot.lookup(v.empty() + " .empty-hint").queryLabeled().getText() + " | "
                    + robot.lookup(v.empty() + " .empty-action").<Labeled>query().getText()));
        }
        return said;
    }

    private String detailsNotice(FxRobot robot) {
        return fx(() -> robot.lookup("#detailsHidden").queryLabeled().getText());
    }

    private void selectKosice(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT1).release(KeyCode.DIGIT1, KeyCode.CONTROL);
        robot.clickOn(robot.lookup("#placesTable .table-row-cell").match((Node n) ->
                n instanceof TableRow<?> r && r.getItem() instanceof PlaceRow p && p.id().equals("kosice"))
                .queryAs(Node.class));
        waitUntil(() -> settled(app) && detailsTitle(robot).equals("Košice"));
    }

    private String detailsTitle(FxRobot robot) {
        return fx(() -> robot.lookup("#detailsTitle").queryLabeled().getText());
    }

    @Test
    void theSearchAloneTheFiltersAloneAndBothAreEachNamed(FxRobot robot) {
        selectKosice(robot);
        robot.interact(() -> app.filter().searchTextProperty().set("zzzqqq"));
        waitUntil(() -> settled(app));
        assertEquals(List.of("Clear the search to see everything again. | Clear search", narrowedEvents("Clear search")),
                distinct(emptyStates(robot)), "the search alone");
        assertEquals("This place is hidden by the search.", detailsNotice(robot));

        robot.interact(() -> app.filter().countries().add("RS"));
        waitUntil(() -> settled(app));
        assertEquals(List.of("Clear the search and the filters to see everything again. | Clear search and filters",
                narrowedEvents("Clear search and filters")), distinct(emptyStates(robot)), "the search and a facet");
        assertEquals("This place is hidden by the search and the current filters.", detailsNotice(robot));

        robot.interact(() -> {
            app.filter().searchTextProperty().set("");
            app.filter().countries().clear();
            app.filter().fromProperty().set(LocalDate.of(1990, 1, 1)); // nothing happened in 1990
            app.filter().toProperty().set(LocalDate.of(1990, 12, 31));
        });
        waitUntil(() -> settled(app));
        assertEquals(List.of("Clear the filters to see everything again. | Clear filters",
                narrowedEvents("Clear filters")), distinct(emptyStates(robot)), "the facets alone");
        assertEquals("This place is hidden by the current filters.", detailsNotice(robot));
    }

    /**
     * Events, narrowed to Košice (selected last), names the narrowing too, with a second way out (tester 7, T);
     * its first button is the other views'.
     */
    private static String narrowedEvents(String button) {
        return "Change the filters or the search, or show the events of every partner. | " + button;
    }

    private static List<String> distinct(List<String> said) {
        return said.stream().distinct().toList();
    }
}
