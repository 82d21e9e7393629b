package app.delegations.ui.source;

import static app.delegations.ui.OnFx.fx;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.delegations.model.Dataset;
import app.delegations.model.Source;
import app.delegations.model.Text;
import app.delegations.ui.TestData;
import app.delegations.ui.common.Messages;
import app.delegations.ui.common.Selection;
import app.delegations.ui.common.UiLanguage;
import java.time.LocalDate;
import java.util.ArrayList;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * An archive with a second source: the Source view offers the choice of source and still shows the chosen one's
 * title across the view, on whole lines, not in a column a word wide beside the choice.
 */
@ExtendWith(ApplicationExtension.class)
class SourceHeaderTest {
    @Start
    void start(Stage stage) {
        Dataset d = TestData.congress();
        var sources = new ArrayList<>(d.sources());
        sources.add(new Source("note-kosice", "sources/note-on-the-kosice-delegation-visit.txt",
                new Text("Notatka o wizycie delegacji Koszyc", "Note on the Košice delegation's visit"),
                LocalDate.of(2026, 12, 3), null, "pl", null, "Notatka służbowa. Delegacja Koszyc odwiedziła Kraków."));
        Dataset two = new Dataset(d.schemaVersion(), sources, d.countries(), d.places(), d.venues(),
                d.organisations(), d.people(), d.events());
        var vm = new SourceViewModel(new Selection());
        vm.setData(two);
        vm.sourceProperty().set(sources.get(sources.size() - 1));
        stage.setScene(new Scene(new SourceView(vm, new Selection(), Messages.of(UiLanguage.POLISH)), 740, 600));
        stage.sizeToScene();
        stage.show();
    }

    @Test
    void theChosenSourcesTitleRunsAcrossTheViewBelowTheChoice(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        Label title = robot.lookup("#sourceTitle").queryAs(Label.class);
        ComboBox<?> choice = robot.lookup("#sourceChoice").queryAs(ComboBox.class);
        assertTrue(fx(choice::isVisible), "two sources: the choice is offered");
        double width = fx(() -> title.getWidth());
        assertTrue(width > 600, "the title has the view's width, not a word's: " + width);
        assertTrue(fx(() -> title.getHeight() < 2 * title.getFont().getSize() * 1.6),
                "a short title on one line: " + fx(title::getHeight));
        assertTrue(fx(() -> title.localToScene(0, 0).getY() > choice.localToScene(0, 0).getY()), "below the choice");
    }
}
