package app.delegations;

import static app.delegations.AppTest.fx;
import static app.delegations.AppTest.settled;
import static app.delegations.AppTest.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import app.delegations.ui.common.UiLanguage;
import app.delegations.ui.places.PlaceRow;
import app.delegations.ui.source.SourceView;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.TableRow;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Source view's yellow highlights lie exactly on the quoted characters, whatever the user did before
 * looking: chose the record on another tab, resized the window, switched language or theme.
 */
class SourceHighlightTest extends WindowStory {
    private void clickPlace(FxRobot robot, String name) {
        robot.clickOn(robot.lookup("#placesTable .table-row-cell").match((Node n) ->
                n instanceof TableRow<?> r && r.getItem() instanceof PlaceRow p && p.name().equals(name))
                .queryAs(Node.class));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void showSource(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT4).release(KeyCode.DIGIT4, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Fails unless the Source view highlights some passages and every highlight lies on its quote. */
    private void assertHighlightsOnQuotes(FxRobot robot, String when) {
        WaitForAsyncUtils.waitForFxEvents();
        SourceView view = robot.lookup("#sourceView").queryAs(SourceView.class);
        int marks = fx(() -> robot.lookup("#sourceView .source-mark").queryAll().size());
        List<String> mismatches = fx(view::highlightMismatches);
        assertFalse(marks == 0, when + ": some passages are highlighted");
        assertEquals(List.of(), mismatches, when);
    }

    @Test
    void highlightsLieOnTheQuotesWhateverHappenedBefore(FxRobot robot) {
        clickPlace(robot, "Kragujevac");
        showSource(robot);
        assertHighlightsOnQuotes(robot, "Kragujevac, then the Source tab");

        var data = app.workspace().index().dataset();
        for (String name : List.of("Košice", "Kraków", "Sofia")) {
            robot.press(KeyCode.CONTROL, KeyCode.DIGIT1).release(KeyCode.DIGIT1, KeyCode.CONTROL);
            clickPlace(robot, name);
            showSource(robot);
            assertHighlightsOnQuotes(robot, name + " chosen while the Source tab was hidden");
        }
        for (var place : data.places()) { // chosen elsewhere (the timeline, a link) while the Source tab shows
            robot.interact(() -> app.workspace().selection().select(place));
            assertHighlightsOnQuotes(robot, place.id() + " chosen while the Source tab shows");
        }

        SourceView view = robot.lookup("#sourceView").queryAs(SourceView.class);
        robot.interact(() -> view.setStyle("-fx-font-size: 17px"));
        assertHighlightsOnQuotes(robot, "after a larger font");

        robot.interact(() -> app.stage().setWidth(app.stage().getWidth() - 260));
        assertHighlightsOnQuotes(robot, "after a narrower window");

        robot.interact(() -> app.workspace().main().languageProperty().set(UiLanguage.POLISH));
        waitUntil(() -> app.workspace().main().messages().language() == UiLanguage.POLISH && settled(app));
        assertHighlightsOnQuotes(robot, "after switching to Polish");

        robot.clickOn("#themeButton");
        assertHighlightsOnQuotes(robot, "after the dark theme");

        // narrower again, not wider: Monocle reuses the narrower window's pixel buffer for a wider one and
        // prints "Too small int buffer size" (a limit of the headless platform, not of the app)
        robot.interact(() -> app.stage().setWidth(app.stage().getWidth() - 120));
        assertHighlightsOnQuotes(robot, "after the window narrowed again");
    }
}
