package app.delegations;

import static app.delegations.AppTest.fx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.delegations.ui.map.MapFeature;
import app.delegations.ui.map.MapViewModel;
import app.delegations.ui.places.PlaceRow;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import javafx.css.PseudoClass;
import javafx.geometry.Point2D;
import javafx.geometry.VerticalDirection;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.image.Image;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Map tab in the window, as an officer uses it before a visit: Ctrl+8 opens it on the partners' places, a
 * click on a marker selects the place everywhere, a place chosen in Places is marked on the map, and a filter
 * that leaves no place says so instead of an empty map. A drag moves the map under the pointer and, once released,
 * the map shows what a fresh drawing of that view shows.
 */
class MapViewTest extends WindowStory {
    private MapViewModel map() {
        return TestWindows.feature(app, MapFeature.class).viewModel();
    }

    private void openMap(FxRobot robot) {
        keys(robot, KeyCode.CONTROL, KeyCode.DIGIT8);
        assertEquals("tabMap", fx(() -> app.window().tabs().getSelectionModel().getSelectedItem().getId()));
        drawn(robot);
    }

    /** Waits until the map rests and its ground, drawn off the UI thread, is shown. */
    private static void drawn(FxRobot robot) {
        Node canvas = robot.lookup("#map").query();
        AppTest.waitUntil(() -> !canvas.getPseudoClassStates().contains(PseudoClass.getPseudoClass("moving"))
                && !canvas.getPseudoClassStates().contains(PseudoClass.getPseudoClass("drawing")));
    }

    private String selectedPlaceRow() {
        return fx(() -> {
            PlaceRow row = TestWindows.placesView(app).table().getSelectionModel().getSelectedItem();
            return row == null ? null : row.id();
        });
    }

    @Test
    void clickKosiceOnTheMapItIsSelectedInPlacesAndTheDetails(FxRobot robot) {
        openMap(robot);
        assertEquals(15, fx(() -> map().shownCountProperty().get()));
        Node canvas = robot.lookup("#map").query();
        Point2D kosice = fx(() -> canvas.localToScreen(map().markerOf("kosice")));
        robot.clickOn(kosice);
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals("kosice", selectedPlaceRow());
        assertEquals("Košice", fx(() -> robot.lookup("#detailsTitle").queryLabeled().getText()));
        assertEquals("kosice", fx(() -> map().selectedId()), "marked on the map");
        assertEquals(List.of(), dialogs.errors);
    }

    @Test
    void aPlaceSelectedInPlacesIsMarkedOnTheMap(FxRobot robot) {
        robot.interact(() -> TestWindows.places(app).select(TestWindows.places(app).items().stream()
                .filter(r -> r.id().equals("gdansk")).findFirst().orElseThrow()));
        openMap(robot);
        assertEquals("gdansk", fx(() -> map().selectedId()));
        Point2D at = fx(() -> map().markerOf("gdansk"));
        double w = fx(() -> robot.lookup("#map").query().getLayoutBounds().getWidth());
        assertTrue(at.getX() > 0 && at.getX() < w, "Gdańsk is in view");
    }

    @Test
    void aFilterThatLeavesNoPlaceShowsWhyAndClearFiltersBringsTheMarkersBack(FxRobot robot) {
        openMap(robot);
        assertFalse(fx(() -> robot.lookup("#mapEmpty").query().isVisible()));
        robot.interact(() -> app.filter().searchTextProperty().set("no such partner"));
        assertEquals(0, fx(() -> map().shownCountProperty().get()));
        assertTrue(fx(() -> robot.lookup("#mapEmpty").query().isVisible()));
        assertEquals("No place with coordinates matches “no such partner”.",
                fx(() -> robot.lookup("#mapEmpty .empty-title").queryLabeled().getText()));
        robot.clickOn("#mapEmpty .empty-action");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(15, fx(() -> map().shownCountProperty().get()));
        assertFalse(fx(() -> robot.lookup("#mapEmpty").query().isVisible()));
    }

    @Test
    void afterCtrl8PlusZoomsInArrowsPanAndHomeFramesThePlacesAgain(FxRobot robot) {
        openMap(robot);
        Point2D before = fx(() -> map().markerOf("krakow"));
        keys(robot, KeyCode.ADD);
        keys(robot, KeyCode.RIGHT);
        Point2D zoomed = fx(() -> map().markerOf("krakow"));
        assertNotNull(zoomed);
        assertFalse(before.distance(zoomed) < 1, "the map moved");
        keys(robot, KeyCode.HOME);
        assertEquals(0, before.distance(fx(() -> map().markerOf("krakow"))), 1e-6);
        assertNull(fx(() -> map().markerOf("no-such-place")));
    }

    @Test
    void theExportButtonWritesTheMapAsAPngImageTwiceTheViewsSizeForPrint(FxRobot robot, @TempDir Path dir)
            throws IOException {
        openMap(robot);
        Path file = dir.resolve("partners.png");
        Image png = exported(robot, dir, "partners.png");
        byte[] head = Arrays.copyOf(Files.readAllBytes(file), 8);
        assertEquals(0x89, head[0] & 0xff);
        assertEquals('P', head[1]);
        double mapWidth = fx(() -> Math.floor(robot.lookup("#map").query().getLayoutBounds().getWidth()));
        double mapHeight = fx(() -> Math.floor(robot.lookup("#map").query().getLayoutBounds().getHeight()));
        assertEquals(2 * mapWidth, png.getWidth(), "twice the view's width: fine enough to print");
        assertTrue(png.getHeight() >= 2 * (mapHeight + 24 + 24), "a legend row and the filter's line under the map");
        assertEquals(Color.web("#e8590c"), png.getPixelReader().getColor(34, (int) (2 * mapHeight) + 24),
                "the legend starts with the host's orange dot");
    }

    /** Pixels of {@code image} in the selection ring's colour (#f5b400, give or take the rounding). */
    private static long ringPixels(Image image) {
        PixelReader pixels = image.getPixelReader();
        long n = 0;
        for (int y = 0; y < (int) image.getHeight(); y++) {
            for (int x = 0; x < (int) image.getWidth(); x++) {
                int p = pixels.getArgb(x, y);
                if (Math.abs((p >> 16 & 0xff) - 0xf5) <= 6 && Math.abs((p >> 8 & 0xff) - 0xb4) <= 6
                        && (p & 0xff) <= 6) {
                    n++;
                }
            }
        }
        return n;
    }

    @Test
    void thePngOfAMapWithAPlaceSelectedShowsNoSelectionRingWhileTheWindowStillDoes(FxRobot robot,
                                                                                  @TempDir Path dir) {
        openMap(robot);
        Node canvas = robot.lookup("#map").query();
        robot.clickOn(fx(() -> canvas.localToScreen(map().markerOf("kosice"))));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("kosice", fx(() -> map().selectedId()));
        drawn(robot);
        assertTrue(ringPixels(shownMap(robot)) > 20, "the window rings Košice");
        Image png = exported(robot, dir, "selected.png");
        assertEquals(0, ringPixels(png), "the picture for paper shows the data, not the window's selection");
        assertEquals("kosice", fx(() -> map().selectedId()), "and the window keeps its selection");
        assertTrue(ringPixels(shownMap(robot)) > 20, "and its ring");
    }

    /** Pixels darker than the paper in the strip of {@code image} from row {@code top} down (text). */
    private static long inkPixels(Image image, int top) {
        PixelReader pixels = image.getPixelReader();
        long n = 0;
        for (int y = top; y < (int) image.getHeight(); y++) {
            for (int x = 0; x < (int) image.getWidth(); x++) {
                Color c = pixels.getColor(x, y);
                if (c.getBrightness() < 0.4) {
                    n++;
                }
            }
        }
        return n;
    }

    @Test
    void thePngSaysUnderItsLegendWhichFilterMadeItAsAFiguresPngDoes(FxRobot robot, @TempDir Path dir) {
        openMap(robot);
        Image all = exported(robot, dir, "all.png");
        robot.interact(() -> app.filter().searchTextProperty().set("Ko"));
        WaitForAsyncUtils.waitForFxEvents();
        drawn(robot);
        Image filtered = exported(robot, dir, "filtered.png");
        int line = (int) all.getHeight() - 2 * 24; // the last row, twice the view's pixels
        assertEquals(all.getHeight(), filtered.getHeight(), "the same strips under the map");
        long none = inkPixels(all, line);
        long some = inkPixels(filtered, line);
        assertTrue(none > 100, "“No filter: all the data” is written: " + none);
        assertTrue(some > 100, "“Filtered: search: “Ko”” is written: " + some);
        assertTrue(differingPixels(crop(all, line), crop(filtered, line)) > 100, "and the two lines differ");
    }

    private static Image crop(Image image, int top) {
        return new WritableImage(image.getPixelReader(), 0, top, (int) image.getWidth(),
                (int) image.getHeight() - top);
    }

    @Test
    void inANarrowWindowTheLegendWrapsAndNoEntryNorTheOutlinesOriginIsCut(FxRobot robot) {
        robot.interact(() -> app.stage().setWidth(1000));
        openMap(robot);
        List<Labeled> entries = fx(() -> robot.lookup("#mapLegend .label").queryAllAs(Labeled.class).stream()
                .map(Labeled.class::cast).toList());
        assertEquals(6, entries.size(), "three roles, no role, the size, the outlines' origin");
        for (Labeled l : entries) {
            assertEquals(l.getText(), fx(() -> Shown.text(l)), "a legend entry is shown whole");
        }
        assertEquals("Outlines: Natural Earth (Crimea shown as part of Ukraine)",
                fx(() -> Shown.text(robot.lookup("#mapOrigin").queryLabeled())));
    }

    @Test
    void whileTheMapIsDraggedItsOutlinesMoveWithThePointer(FxRobot robot) {
        openMap(robot);
        Node ground = robot.lookup("#mapGround").query();
        double before = fx(() -> ground.getLocalToParentTransform().getTx());
        Point2D start = fx(() -> robot.lookup("#map").query().localToScreen(300, 200));
        robot.moveTo(start).press(MouseButton.PRIMARY).moveBy(30, 0).moveBy(30, 10);
        WaitForAsyncUtils.waitForFxEvents();
        double during = fx(() -> ground.getLocalToParentTransform().getTx());
        robot.release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(60, during - before, 1e-6, "the outlines drawn moved 60 px right with the pointer");
    }

    /** The map as its PNG export draws it afresh at the screen's pixels (with its legend under it). */
    private Image exported(FxRobot robot, Path dir) {
        robot.interact(() -> TestWindows.feature(app, MapFeature.class).setPictureScale(1));
        return exported(robot, dir, "fresh.png");
    }

    @Test
    void afterADragIsReleasedTheMapShowsWhatAFreshDrawingOfThatViewShows(FxRobot robot, @TempDir Path dir) {
        openMap(robot);
        drag(robot, 90, 30);
        drawn(robot);
        Image shown = shownMap(robot);
        Image fresh = exported(robot, dir);
        assertEquals(fresh.getWidth(), shown.getWidth());
        assertTrue(fresh.getHeight() > shown.getHeight(), "the legend is under the map");
        assertTrue(differingPixels(shown, fresh) <= shown.getWidth() * shown.getHeight() / 1000,
                "at most 1 pixel in 1000 differs (by the rounding of the outlines' edges)");
    }

    @Test
    void onceTheWheelRestsTheZoomedMapShowsWhatAFreshDrawingOfThatViewShows(FxRobot robot, @TempDir Path dir) {
        openMap(robot);
        Node canvas = robot.lookup("#map").query();
        Point2D kosice = fx(() -> map().markerOf("kosice"));
        robot.moveTo(fx(() -> canvas.localToScreen(300, 200))).scroll(1, VerticalDirection.UP);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(kosice.distance(fx(() -> map().markerOf("kosice"))) < 1, "the wheel zoomed the map");
        drawn(robot);
        Image shown = shownMap(robot);
        Image fresh = exported(robot, dir);
        assertTrue(differingPixels(shown, fresh) <= shown.getWidth() * shown.getHeight() / 1000,
                "at most 1 pixel in 1000 differs (by the rounding of the outlines' edges)");
    }

    /** The picture the map's PNG export writes (off the UI thread) to {@code name} in {@code dir}. */
    private Image exported(FxRobot robot, Path dir, String name) {
        Path file = dir.resolve(name);
        robot.interact(dialogs.saved::clear);
        dialogs.filesToChoose.add(file);
        robot.clickOn("#mapExport");
        AppTest.waitUntil(() -> !dialogs.saved.isEmpty() || !dialogs.errors.isEmpty());
        assertEquals(List.of(), dialogs.errors);
        return new Image(file.toUri().toString());
    }

    /** The mean luminance (0 black, 1 white) of an image's pixels. */
    private static double luminance(Image image) {
        PixelReader pixels = image.getPixelReader();
        double sum = 0;
        for (int y = 0; y < (int) image.getHeight(); y++) {
            for (int x = 0; x < (int) image.getWidth(); x++) {
                Color c = pixels.getColor(x, y);
                sum += 0.2126 * c.getRed() + 0.7152 * c.getGreen() + 0.0722 * c.getBlue();
            }
        }
        return sum / (image.getWidth() * image.getHeight());
    }

    @Test
    void inTheDarkThemeTheMapsPngIsStillDrawnInTheLightColoursForPaper(FxRobot robot, @TempDir Path dir) {
        openMap(robot);
        Image light = exported(robot, dir, "light.png");
        robot.interact(() -> {
            MenuBar bar = (MenuBar) app.window().lookup("#menuBar");
            bar.getMenus().stream().flatMap(m -> m.getItems().stream()).flatMap(i -> i instanceof Menu sub
                    ? sub.getItems().stream() : Stream.of(i))
                    .filter(i -> "menuThemeDark".equals(i.getId())).findFirst().orElseThrow().fire();
        });
        drawn(robot);
        assertTrue(luminance(shownMap(robot)) < 0.3, "the window's map is dark");
        Image dark = exported(robot, dir, "dark.png");
        assertTrue(luminance(dark) > 0.7, "the picture is light: " + luminance(dark));
        assertEquals(light.getWidth(), dark.getWidth());
        assertEquals(light.getHeight(), dark.getHeight());
        assertEquals(0, differingPixels(light, dark), "the same picture whichever the window's theme");
    }

    /** The click comes at once after the drag, while the ground may still be drawn off the UI thread. */
    @Test
    void aClickAfterADragSelectsThePlaceUnderThePointer(FxRobot robot) {
        openMap(robot);
        drag(robot, -170, 140);
        Node canvas = robot.lookup("#map").query();
        Point2D kosice = fx(() -> canvas.localToScreen(map().markerOf("kosice")));
        robot.clickOn(kosice);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("kosice", selectedPlaceRow());
        assertEquals("kosice", fx(() -> map().selectedId()));
    }

    /** Drags the map from inside it by {@code dx, dy} pixels and releases it. */
    private static void drag(FxRobot robot, double dx, double dy) {
        Point2D start = fx(() -> robot.lookup("#map").query().localToScreen(250, 180));
        robot.moveTo(start).press(MouseButton.PRIMARY).moveBy(dx / 3, dy / 3).moveBy(dx / 3, dy / 3)
                .moveBy(dx / 3, dy / 3).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static Image shownMap(FxRobot robot) {
        var image = new AtomicReference<Image>();
        robot.interact(() -> image.set(robot.lookup("#map").query().snapshot(null, null)));
        return image.get();
    }

    /** Pixels of {@code a} whose colour differs by more than 2 levels in a channel from {@code b}'s at that point. */
    private static long differingPixels(Image a, Image b) {
        PixelReader ra = a.getPixelReader();
        PixelReader rb = b.getPixelReader();
        long n = 0;
        for (int y = 0; y < (int) a.getHeight(); y++) {
            for (int x = 0; x < (int) a.getWidth(); x++) {
                int pa = ra.getArgb(x, y);
                int pb = rb.getArgb(x, y);
                for (int shift = 0; shift < 32; shift += 8) {
                    if (Math.abs(((pa >> shift) & 0xff) - ((pb >> shift) & 0xff)) > 2) {
                        n++;
                        break;
                    }
                }
            }
        }
        return n;
    }
}
