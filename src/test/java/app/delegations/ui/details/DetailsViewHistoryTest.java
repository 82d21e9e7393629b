package app.delegations.ui.details;

import static app.delegations.ui.OnFx.fx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.delegations.model.Dataset;
import app.delegations.ui.TestData;
import app.delegations.ui.common.Messages;
import app.delegations.ui.common.Selection;
import app.delegations.ui.common.UiLanguage;
import app.delegations.index.DatasetIndex;
import app.delegations.ui.filter.FilterModel;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Following links in the detail pane and coming back: the ← → buttons, Alt+Left/Alt+Right, the mouse buttons. */
@ExtendWith(ApplicationExtension.class)
class DetailsViewHistoryTest {
    private final Dataset data = TestData.congress();
    private final Selection selection = new Selection();
    private DetailsView view;

    @Start
    void start(Stage stage) {
        var filter = new FilterModel();
        var index = DatasetIndex.build(data);
        filter.setIndex(index);
        var vm = new DetailsViewModel(selection, filter);
        vm.setData(index, Messages.of(UiLanguage.ENGLISH));
        view = new DetailsView(vm, Messages.of(UiLanguage.ENGLISH), e -> {
        });
        stage.setScene(new Scene(view, 420, 600));
        stage.sizeToScene(); // the stage TestFX shares may keep a size a window test gave it
        stage.show();
        stage.requestFocus();
    }

    private String title(FxRobot robot) {
        return fx(() -> robot.lookup("#detailsTitle").queryAs(Label.class).getText());
    }

    private void followTheFirstMeeting(FxRobot robot, String title) {
        Node link = robot.lookup("#details-section-meetings .fact-link")
                .match((Hyperlink h) -> h.getText().equals(title)).query();
        robot.clickOn(link);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(title, title(robot));
    }

    @Test
    void anOfficerFollowsALinkAndComesBackByButtonKeysAndMouse(FxRobot robot) {
        robot.interact(() -> selection.select(data.place("krakow").orElseThrow()));
        Button back = robot.lookup("#detailsBack").queryButton();
        Button forward = robot.lookup("#detailsForward").queryButton();
        assertTrue(fx(back::isDisabled), "nothing to go back to yet");
        assertEquals("Back", back.getAccessibleText());
        assertEquals("Forward", forward.getAccessibleText());

        String strategy = data.event("krakow-strategy-presentation-2016-11-30").orElseThrow().title().en();
        followTheFirstMeeting(robot, strategy);
        assertFalse(fx(back::isDisabled));
        robot.clickOn("#detailsBack");
        assertEquals("Kraków", title(robot));

        robot.clickOn("#detailsForward");
        assertEquals(strategy, title(robot));

        robot.interact(view::requestFocus);
        robot.press(KeyCode.ALT, KeyCode.LEFT).release(KeyCode.LEFT, KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Kraków", title(robot), "Alt+Left");
        robot.press(KeyCode.ALT, KeyCode.RIGHT).release(KeyCode.RIGHT, KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(strategy, title(robot), "Alt+Right");

        robot.moveTo("#detailsTitle").clickOn(MouseButton.BACK);
        assertEquals("Kraków", title(robot), "the mouse's back button");
        robot.clickOn(MouseButton.FORWARD);
        assertEquals(strategy, title(robot), "the mouse's forward button");
    }
}
