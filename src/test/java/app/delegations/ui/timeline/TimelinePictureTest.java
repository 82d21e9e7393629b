package app.delegations.ui.timeline;

import static app.delegations.ui.timeline.Fixtures.*;
import static app.delegations.ui.timeline.TimelinePictures.*;
import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The timeline's PNG as a picture for a report: the data only, never the window's selection or highlight, and under
 * its legend the filter that made it (tester 4, D5).
 */
@ExtendWith(ApplicationExtension.class)
class TimelinePictureTest {
    private TimelineViewModel vm;
    private TimelineView view;

    @Start
    void start(Stage stage) {
        vm = new TimelineViewModel();
        vm.localeProperty().set(Locale.ENGLISH);
        vm.setDataset(congressShuffled());
        view = new TimelineView(vm, TimelineBundles.english());
        stage.setScene(new Scene(view, 1100, 480));
        stage.sizeToScene();
        stage.show();
    }

    @BeforeEach
    void settle() {
        WaitForAsyncUtils.waitForFxEvents();
    }

    private TimelineItem item(String id) {
        return vm.getLayout().item(vm.getLayout().indexOf(id));
    }

    /** A tester's PNG carried the window's yellow outlines, which no legend explains: paper shows the data only. */
    @Test
    void thePngShowsNoSelectionNorHighlightWhileTheWindowStillDoes(FxRobot robot, @TempDir Path dir) {
        Image plain = exported(robot, view, dir.resolve("plain.png").toFile());
        robot.interact(() -> {
            vm.highlightedEventIdsProperty().set(Set.of(STRATEGY, PORTALS));
            vm.select(item(STRATEGY));
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(pixelsOf(shown(robot), TimelinePalette.LIGHT.highlightStroke()) > 20, "the window outlines them");
        assertTrue(pixelsOf(shown(robot), TimelinePalette.LIGHT.selection()) > 20, "and frames the selected one");
        Image marked = exported(robot, view, dir.resolve("marked.png").toFile());
        assertEquals(0, pixelsOf(marked, TimelinePalette.PAPER.highlightStroke()), "no highlight outline on paper");
        assertEquals(plain.getWidth(), marked.getWidth());
        assertEquals(plain.getHeight(), marked.getHeight());
        int differing = 0;
        for (int y = 0; y < (int) plain.getHeight(); y++) {
            for (int x = 0; x < (int) plain.getWidth(); x++) {
                differing += plain.getPixelReader().getArgb(x, y) == marked.getPixelReader().getArgb(x, y) ? 0 : 1;
            }
        }
        assertEquals(0, differing, "the same picture whatever the window selects or highlights");
        assertEquals(STRATEGY, vm.selectedItemProperty().get().event().id(), "the window keeps its selection");
        assertTrue(pixelsOf(shown(robot), TimelinePalette.LIGHT.highlightStroke()) > 20, "and its outlines");
    }

    @Test
    void thePngSaysUnderItsLegendWhichFilterMadeIt(FxRobot robot, @TempDir Path dir) {
        Image bare = exported(robot, view, dir.resolve("bare.png").toFile());
        robot.interact(() -> view.setPictureLine(() -> "Filtered: country: Serbia"));
        Image noted = exported(robot, view, dir.resolve("noted.png").toFile());
        assertEquals(bare.getHeight() + 2 * TimelineRenderer.LEGEND_HEIGHT, noted.getHeight(),
                "a line under the legend, twice the view's pixels");
        long ink = 0;
        for (int y = (int) bare.getHeight(); y < (int) noted.getHeight(); y++) {
            for (int x = 0; x < (int) noted.getWidth(); x++) {
                ink += noted.getPixelReader().getColor(x, y).getBrightness() < 0.4 ? 1 : 0;
            }
        }
        assertTrue(ink > 100, "the filter is written there: " + ink);
    }
}
