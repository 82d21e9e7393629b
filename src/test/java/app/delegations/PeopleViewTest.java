package app.delegations;

import static app.delegations.AppTest.fx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.delegations.ui.people.PersonRow;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The People tab in the window, as an officer asks "who spoke, and for whom?": Ctrl+7 opens it, a click on a
 * person shows their events in the detail pane, and the people in an event's details are links there and back.
 */
class PeopleViewTest extends WindowStory {
    private static final String CONGRESS = "IV International Congress “St. Petersburg and the Slavic World”";

    private TableView<PersonRow> table(FxRobot robot) {
        return robot.lookup("#peopleTable").queryTableView();
    }

    private void clickPerson(FxRobot robot, String id) {
        robot.clickOn(robot.lookup("#peopleTable .table-row-cell").match((Node n) ->
                n instanceof TableRow<?> r && r.getItem() instanceof PersonRow p && p.id().equals(id))
                .queryAs(Node.class));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String detailsTitle(FxRobot robot) {
        return fx(() -> robot.lookup("#detailsTitle").queryLabeled().getText());
    }

    private List<String> links(FxRobot robot, String section) {
        return fx(() -> robot.lookup("#details-section-" + section + " .fact-link").queryAllAs(Hyperlink.class)
                .stream().map(Hyperlink::getText).toList());
    }

    /** Clicks a link of the details, scrolled into view first, as a user scrolls the pane to it. */
    private void follow(FxRobot robot, String section, String text) {
        Node link = robot.lookup("#details-section-" + section + " .fact-link")
                .match((Hyperlink h) -> h.getText().equals(text)).queryAs(Node.class);
        robot.interact(() -> {
            for (Parent p = link.getParent(); p != null; p = p.getParent()) {
                if (p instanceof ScrollPane pane && pane.getContent() != null) {
                    double free = pane.getContent().getLayoutBounds().getHeight() - pane.getViewportBounds().getHeight();
                    double y = pane.getContent().sceneToLocal(link.localToScene(link.getBoundsInLocal())).getMinY();
                    pane.setVvalue(free <= 0 ? 0 : Math.min(1, y / free));
                    pane.layout();
                }
            }
        });
        robot.clickOn(link);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void ctrl7OpensPeopleAndAClickedPersonsDetailsListTheirEvents(FxRobot robot) {
        keys(robot, KeyCode.CONTROL, KeyCode.DIGIT7);
        assertEquals("tabPeople", fx(() -> app.window().tabs().getSelectionModel().getSelectedItem().getId()));
        assertEquals(List.of("Georgy Poltavchenko", "dr Andreja Rihter"),
                fx(() -> table(robot).getItems().stream().map(PersonRow::name).toList()));

        clickPerson(robot, "rihter");
        assertEquals("dr Andreja Rihter", detailsTitle(robot));
        assertEquals(List.of(CONGRESS), links(robot, "events"), "the congress, where she was an honorary guest");

        clickPerson(robot, "poltavchenko");
        assertEquals("Georgy Poltavchenko", detailsTitle(robot));
        assertEquals(List.of("The Governor of St. Petersburg sums up the conference"), links(robot, "events"));
        assertEquals(List.of(), dialogs.errors);
    }

    @Test
    void aPersonInAnEventsDetailsIsALinkToThemAndBackReturnsToTheEvent(FxRobot robot) {
        keys(robot, KeyCode.CONTROL, KeyCode.DIGIT7);
        clickPerson(robot, "rihter");
        follow(robot, "events", CONGRESS);
        assertEquals(CONGRESS, detailsTitle(robot));
        assertTrue(links(robot, "people").contains("dr Andreja Rihter"), links(robot, "people").toString());

        follow(robot, "people", "dr Andreja Rihter");
        assertEquals("dr Andreja Rihter", detailsTitle(robot), "the person's details");
        robot.clickOn("#detailsBack");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(CONGRESS, detailsTitle(robot), "Back returns to the event");
    }

    @Test
    void ctrlCCopiesThePeopleWithAHeader(FxRobot robot) {
        keys(robot, KeyCode.CONTROL, KeyCode.DIGIT7);
        clickPerson(robot, "rihter");
        keys(robot, KeyCode.CONTROL, KeyCode.C);
        assertEquals("Name\tPositions\tOrganisation\tPlace\tEvents and roles\tNumber of events\n"
                        + "dr Andreja Rihter\tDirector of the Forum of Slavic Cultures Foundation\t"
                        + "Forum of Slavic Cultures Foundation\t\t" + CONGRESS + " — Honorary guest\t1\n",
                fx(() -> Clipboard.getSystemClipboard().getString()));
    }
}
