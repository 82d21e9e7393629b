package app.delegations.ui.timeline;

import static org.junit.jupiter.api.Assertions.assertTrue;

import app.delegations.ui.TestData;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Every timeline title is readable at the default zoom in Polish (the longer language) at the width the
 * timeline has in a 1366×768 window: drawn whole, on two lines where needed, or, when still cut short, whole
 * in the tooltip of the item.
 */
@ExtendWith(ApplicationExtension.class)
class TimelineTitlesTest {
    /** The timeline's share of a 1366-pixel window beside the filters and the detail pane. */
    private static final double WIDTH = 750;

    private TimelineViewModel vm;
    private final ItemPainter painter = new ItemPainter(new PaletteAndFonts());

    @Start
    void start(Stage stage) {
        vm = new TimelineViewModel();
        vm.localeProperty().set(Locale.forLanguageTag("pl"));
        vm.setDataset(TestData.congress());
        stage.setScene(new Scene(new TimelineView(vm, TimelineBundles.polish()), WIDTH, 480));
        stage.show();
    }

    @Test
    void everyTitleIsWholeOnTheSurfaceOrInItsTooltip(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        TimelineCanvas surface = robot.lookup("#timeline").queryAs(TimelineCanvas.class);
        TimelineLayout layout = vm.getLayout();
        int wrapped = 0;
        var cut = new ArrayList<String>();
        for (int i = 0; i < layout.size(); i++) {
            TimelineItem it = layout.item(i);
            String whole = vm.titleOf(it);
            List<String> lines = robotRead(robot, () -> painter.titleLines(vm, it, true));
            if (lines.size() > 1) {
                wrapped++;
            }
            if (!String.join(" ", lines).equals(whole)) {
                cut.add(whole);
                var b = ItemPainter.bounds(vm, it, true);
                Point2D on = surface.localToScreen(b.getMinX() + 40, b.getMinY() + 10);
                robot.moveTo(on);
                WaitForAsyncUtils.waitForFxEvents();
                String hover = surface.hoverText();
                assertTrue(hover != null && hover.contains(whole), "cut on the surface " + lines
                        + ", so whole in the tooltip: " + hover);
            }
        }
        assertTrue(wrapped >= 3, "titles wrap onto a second line where they need it: " + wrapped);
        assertTrue(cut.size() <= layout.size() / 2, "most titles are drawn whole: cut " + cut);
    }

    private static <T> T robotRead(FxRobot robot, Callable<T> read) {
        try {
            return WaitForAsyncUtils.asyncFx(read).get();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
