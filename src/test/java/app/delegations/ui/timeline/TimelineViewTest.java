package app.delegations.ui.timeline;

import static app.delegations.ui.timeline.Fixtures.*;
import static app.delegations.ui.timeline.TimelinePictures.*;
import static org.junit.jupiter.api.Assertions.*;

import app.delegations.model.Event;
import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollBar;
import javafx.scene.image.Image;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class TimelineViewTest {

    private Stage stage;
    private TimelineViewModel vm;
    private TimelineView view;
    private final List<Event> opened = new ArrayList<>();

    @Start
    void start(Stage stage) {
        this.stage = stage;
        vm = new TimelineViewModel();
        vm.localeProperty().set(Locale.ENGLISH);
        vm.onOpenDetailsProperty().set(opened::add);
        vm.setDataset(congressShuffled());
        view = new TimelineView(vm, TimelineBundles.english());
        stage.setScene(new Scene(view, 1100, 480));
        stage.sizeToScene(); // the stage TestFX shares may keep a size a window test gave it
        stage.setX(0); // and a place: a window reaching past the headless screen's edge cannot be drawn there
        stage.setY(0);
        stage.show();
        stage.requestFocus();
    }

    @BeforeEach
    void settle() {
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Node surface(FxRobot robot) {
        return robot.lookup("#timeline").query();
    }

    private TimelineItem item(String id) {
        return vm.getLayout().item(vm.getLayout().indexOf(id));
    }

    /** A point inside the item's chip or box, right of its marker, in screen coordinates. */
    private Point2D onItem(FxRobot robot, String id) {
        TimelineItem it = item(id);
        var b = ItemPainter.bounds(vm, it, true);
        return surface(robot).localToScreen(b.getMinX() + 40, b.getMinY() + 10);
    }

    private String selectedId() {
        return vm.selectedEventProperty().get() == null ? null : vm.selectedEventProperty().get().id();
    }

    private WritableImage snapshot(FxRobot robot) {
        var image = new AtomicReference<WritableImage>();
        robot.interact(() -> image.set(surface(robot).snapshot(null, null)));
        saveForLooking(image.get(), "timeline-" + System.nanoTime());
        return image.get();
    }

    /** With -Dtimeline.snapshots=DIR the snapshots are kept for a person to look at. */
    private static void saveForLooking(Image image, String name) {
        String dir = System.getProperty("timeline.snapshots");
        if (dir != null) {
            try (var out = Files.newOutputStream(Path.of(dir, name + ".png"))) {
                PngEncoder.write(image, out);
            } catch (IOException e) {
                throw new AssertionError(e);
            }
        }
    }

    @Test
    void itShowsTheTwoDaysWithTheirItemsAndTheVisibleDates(FxRobot robot) {
        assertEquals(List.of(NOV_29, NOV_30), vm.getLayout().days());
        assertEquals(7, vm.visibleItems().size());
        Label range = robot.lookup("#timelineRange").queryAs(Label.class);
        assertEquals("29 November 2016 – 30 November 2016 · 7 events", range.getText());
        assertTrue(robot.lookup("#timelineLegend").queryParent().getChildrenUnmodifiable().size() >= 6,
                "congress, conference, visit, presentation, summary and the highlight");
    }

    @Test
    void clickingAnItemSelectsIt(FxRobot robot) {
        robot.clickOn(onItem(robot, STRATEGY));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(STRATEGY, selectedId());
        assertTrue(surface(robot).isFocused());
        robot.clickOn(onItem(robot, CONFERENCE));
        assertEquals(CONFERENCE, selectedId());
        assertTrue(surface(robot).getAccessibleText().contains("Conference"));
        robot.doubleClickOn(onItem(robot, VISIT_CITY_UNITS));
        assertEquals(VISIT_CITY_UNITS, selectedId());
        assertEquals(List.of(VISIT_CITY_UNITS), opened.stream().map(Event::id).toList());
    }

    @Test
    void pointingAtAnItemTellsItsFullTitleKindAndDate(FxRobot robot) {
        robot.moveTo(onItem(robot, PORTALS));
        TimelineCanvas surface = robot.lookup("#timeline").queryAs(TimelineCanvas.class);
        assertEquals("Presentation: Kraków's city web portals and the promotion of international cooperation"
                + " on the “Kraków Otwarty na Świat” portal, 30 November 2016", surface.hoverText());
        robot.moveTo(surface.localToScreen(surface.getWidth() / 2, surface.getHeight() - 10));
        assertNull(surface.hoverText());
    }

    @Test
    void arrowKeysMoveInTimeOrderAndEnterOpensTheDetails(FxRobot robot) {
        robot.interact(() -> surface(robot).requestFocus());
        robot.type(KeyCode.RIGHT, 3);
        assertEquals(VISIT_CITY_UNITS, selectedId());
        robot.type(KeyCode.DOWN, 2);
        assertEquals(SUMMARY, selectedId());
        robot.type(KeyCode.LEFT);
        assertEquals(CONFERENCE, selectedId());
        robot.type(KeyCode.ENTER);
        assertEquals(List.of(CONFERENCE), opened.stream().map(Event::id).toList());
        assertTrue(surface(robot).isFocused(), "arrows do not move the focus away");
    }

    @Test
    void zoomButtonsAndKeysChangeTheScaleAndFitShowsAll(FxRobot robot) {
        double fitted = vm.getPixelsPerDay();
        robot.clickOn("#timelineZoomIn");
        assertEquals(fitted * TimelineMetrics.ZOOM_STEP, vm.getPixelsPerDay(), 1e-6);
        robot.clickOn("#timelineZoomIn");
        assertTrue(vm.viewport().xOfDay(NOV_29.toEpochDay()) < 0, "zoomed in, the first day starts left of the view");
        robot.clickOn("#timelineZoomOut");
        assertEquals(fitted * TimelineMetrics.ZOOM_STEP, vm.getPixelsPerDay(), 1e-6);
        robot.clickOn("#timelineFit");
        assertEquals(fitted, vm.getPixelsPerDay(), 1e-6);
        assertEquals(7, vm.visibleItems().size());

        robot.interact(() -> surface(robot).requestFocus());
        robot.type(KeyCode.ADD);
        assertEquals(fitted * TimelineMetrics.ZOOM_STEP, vm.getPixelsPerDay(), 1e-6);
        robot.type(KeyCode.MINUS, 2);
        assertEquals(fitted / TimelineMetrics.ZOOM_STEP, vm.getPixelsPerDay(), 1e-6);
        assertFalse(robot.lookup("#timelineZoomOut").queryButton().isDisabled());
        robot.type(KeyCode.SUBTRACT);
        assertEquals(fitted / 2, vm.getPixelsPerDay(), 1e-6);
        assertTrue(robot.lookup("#timelineZoomOut").queryButton().isDisabled(), "half the fitted scale is the end");
        robot.type(KeyCode.HOME);
        assertEquals(fitted, vm.getPixelsPerDay(), 1e-6);
    }

    @Test
    void aFittedTimelineStaysFittedWhenTheWindowChangesSizeUntilTheUserZooms(FxRobot robot) {
        // the window only narrows (1100, 1000, 900): Monocle's headless screen cannot widen a window again
        // ("Too small int buffer size": it keeps the pixel buffer of the narrower size)
        robot.interact(() -> stage.setWidth(1000));
        double surfaceWidth = surface(robot).getLayoutBounds().getWidth();
        assertEquals((surfaceWidth - 2 * TimelineMetrics.EDGE) / 2, vm.getPixelsPerDay(), 1e-6);
        assertEquals(7, vm.visibleItems().size());
        robot.clickOn("#timelineZoomIn");
        double zoomed = vm.getPixelsPerDay();
        robot.interact(() -> stage.setWidth(900));
        assertEquals(zoomed, vm.getPixelsPerDay(), 1e-9, "a chosen zoom is kept");
    }

    @Test
    void theScrollBarFollowsTheViewAndMovesIt(FxRobot robot) {
        robot.clickOn("#timelineZoomIn").clickOn("#timelineZoomIn").clickOn("#timelineZoomIn");
        ScrollBar bar = robot.lookup("#timelineScrollX").queryAs(ScrollBar.class);
        assertEquals(vm.viewport().firstDayProperty().get(), bar.getValue(), 1e-9);
        assertTrue(bar.getMax() > bar.getMin());
        robot.interact(() -> bar.setValue(bar.getMax()));
        assertEquals(bar.getMax(), vm.viewport().firstDayProperty().get(), 1e-9);
        assertTrue(vm.visibleItems().stream().anyMatch(i -> i.event().id().equals(PORTALS)));
        assertTrue(vm.visibleItems().stream().noneMatch(i -> i.event().id().equals(VISIT_UNIVERSITIES)));
    }

    @Test
    void exportWritesAPngOfTheTimelineWithItsLegendTwiceTheViewsSizeForPrint(FxRobot robot, @TempDir Path dir)
            throws IOException {
        File file = dir.resolve("timeline.png").toFile();
        Node surface = surface(robot);
        var shown = new double[2]; // the surface as it was drawn into the picture (a later layout may resize it)
        robot.interact(() -> {
            try {
                view.exportPng(file);
                shown[0] = surface.getLayoutBounds().getWidth();
                shown[1] = surface.getLayoutBounds().getHeight();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        byte[] bytes = Files.readAllBytes(file.toPath());
        assertArrayEquals(PngEncoder.SIGNATURE, Arrays.copyOf(bytes, 8));
        var in = new DataInputStream(new ByteArrayInputStream(bytes, 8, bytes.length - 8));
        assertEquals(13, in.readInt());
        assertEquals("IHDR", new String(in.readNBytes(4), StandardCharsets.US_ASCII));
        int width = in.readInt();
        int height = in.readInt();
        assertEquals(2 * (int) shown[0], width);
        assertEquals(2 * (int) (shown[1] + TimelineRenderer.LEGEND_HEIGHT), height);

        Image decoded = new Image(file.toURI().toString());  // JavaFX's own decoder reads it back
        assertFalse(decoded.isError(), () -> String.valueOf(decoded.getException()));
        assertEquals(width, (int) decoded.getWidth());
        assertEquals(height, (int) decoded.getHeight());
        assertEquals(TimelinePalette.LIGHT.axisBackground(), decoded.getPixelReader().getColor(2, 2));
    }

    /** A tester printed the dark theme's PNG: a near-black page. The picture is for paper, light in either theme. */
    @Test
    void inTheDarkThemeTheExportedPngIsStillDrawnInTheLightColoursForPaper(FxRobot robot, @TempDir Path dir) {
        Image light = exported(robot, view, dir.resolve("light.png").toFile());
        robot.interact(() -> view.setDark(true));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(luminance(shown(robot)) < 0.3, "the window's timeline is dark");
        Image dark = exported(robot, view, dir.resolve("dark.png").toFile());
        assertTrue(luminance(dark) > 0.7, "the picture is light: " + luminance(dark));
        assertEquals(TimelinePalette.PAPER.background(), dark.getPixelReader().getColor(
                (int) dark.getWidth() - 2, (int) (dark.getHeight() - 2 * TimelineRenderer.LEGEND_HEIGHT) - 2));
        assertEquals(light.getWidth(), dark.getWidth());
        assertEquals(light.getHeight(), dark.getHeight());
        int differing = 0;
        for (int y = 0; y < (int) light.getHeight(); y++) {
            for (int x = 0; x < (int) light.getWidth(); x++) {
                differing += light.getPixelReader().getArgb(x, y) == dark.getPixelReader().getArgb(x, y) ? 0 : 1;
            }
        }
        assertEquals(0, differing, "the same picture whichever the window's theme");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(luminance(shown(robot)) < 0.3, "the window's timeline stays dark after the export");
    }

    @Test
    void theExportButtonRunsTheWindowsExportOnlyWhenThereIsOneAndSomethingToExport(FxRobot robot) {
        Button export = robot.lookup("#timelineExport").queryButton();
        assertTrue(export.isDisabled(), "no export path given: nothing to run");
        int[] runs = {0};
        robot.interact(() -> view.onExportProperty().set(() -> runs[0]++));
        assertFalse(export.isDisabled());
        robot.clickOn("#timelineExport");
        assertEquals(1, runs[0]);
        robot.interact(() -> vm.eventFilterProperty().set(e -> false));
        assertTrue(export.isDisabled(), "no event shown: nothing to export");
        robot.interact(() -> vm.eventFilterProperty().set(null));
        assertFalse(export.isDisabled());
    }

    @Test
    void highlightedItemsAreDrawnEmphasised(FxRobot robot) {
        TimelineItem strategy = item(STRATEGY);
        TimelineItem summary = item(SUMMARY);
        var sb = ItemPainter.bounds(vm, strategy, true);
        var mb = ItemPainter.bounds(vm, summary, true);
        // inside the chip near its right end, where no text is
        int sx = (int) (sb.getMaxX() - 4);
        int sy = (int) sb.getCenterY();
        int mx = (int) (mb.getMaxX() - 4);
        int my = (int) mb.getCenterY();
        WritableImage before = snapshot(robot);
        robot.interact(() -> vm.highlightedEventIdsProperty().set(Set.of(STRATEGY, PORTALS)));
        WritableImage after = snapshot(robot);
        Color plain = before.getPixelReader().getColor(sx, sy);
        Color marked = after.getPixelReader().getColor(sx, sy);
        assertNotEquals(plain, marked, "the highlighted chip changes colour");
        assertTrue(marked.getRed() > marked.getBlue() + 0.2, "marker-pen yellow: " + marked);
        assertEquals(before.getPixelReader().getColor(mx, my), after.getPixelReader().getColor(mx, my),
                "the summary is not highlighted");
    }

    @Test
    void darkThemeAndPolishChangeColoursDatesAndTexts(FxRobot robot) {
        robot.interact(() -> {
            view.setDark(true);
            vm.localeProperty().set(Locale.forLanguageTag("pl-PL"));
            view.setBundle(TimelineBundles.polish());
        });
        Color axis = snapshot(robot).getPixelReader().getColor(3, 3);
        assertEquals(TimelinePalette.DARK.axisBackground(), axis);
        assertEquals("29 listopada 2016 – 30 listopada 2016 · 7 wydarzeń",
                robot.lookup("#timelineRange").queryAs(Label.class).getText());
        Button zoomIn = robot.lookup("#timelineZoomIn").queryButton();
        assertEquals("Powiększ (+)", zoomIn.getTooltip().getText());
        assertEquals("Powiększ (+)", zoomIn.getAccessibleText());
        assertTrue(robot.lookup(".timeline-legend-visit").queryLabeled().getText().equals("Wizyta"));
    }

    @Test
    void aDisposedViewNoLongerFollowsItsViewModel(FxRobot robot) {
        Label range = robot.lookup("#timelineRange").queryAs(Label.class);
        String before = range.getText();
        robot.interact(() -> {
            view.dispose();
            vm.eventFilterProperty().set(e -> e.id().equals(CONGRESS));
        });
        assertEquals(1, vm.getLayout().size());
        assertEquals(before, range.getText(), "no listener of the view is left on the view model");
    }

    @Test
    void nothingToShowSaysWhatToDo(FxRobot robot) {
        robot.interact(() -> vm.eventFilterProperty().set(e -> false));
        assertTrue(vm.getLayout().isEmpty());
        assertEquals("", robot.lookup("#timelineRange").queryAs(Label.class).getText());
        assertTrue(robot.lookup("#timelineFit").queryButton().isDisabled());
        robot.interact(() -> surface(robot).requestFocus());
        robot.type(KeyCode.RIGHT).type(KeyCode.ENTER);
        assertTrue(opened.isEmpty());
    }
}
