package app.delegations;

import static app.delegations.AppTest.fx;
import static app.delegations.AppTest.settled;
import static app.delegations.AppTest.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;


import app.delegations.ui.places.PlaceRow;
import java.util.List;
import java.util.Map;
import javafx.animation.AnimationTimer;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * "Which Serbian cities have we met, and when?": on the officers' laptop screen (1366×768), in the window as it
 * opens on that screen (1280 wide: the first window's default, as on the laptop; a window of the whole screen only
 * gives the table more room, and is wider than the test screen's frame buffer) and in a narrower one, the Places
 * table shows its columns with every name long enough to tell the places apart, every number and date whole and
 * every header whole (a long one on two lines); the other texts are cut in their cells, whole in the tooltip (a
 * country's name beside its code badge too), and what does not fit beside them is reached by the sideways scroll
 * bar. (The Polish window: {@link PlacesColumnsInSightPolishTest}.)
 */
class PlacesColumnsInSightTest extends WindowStory {
    /** The fewest characters of a row's name or title shown before its "…": rows are told apart by them. */
    static final int TITLE_CHARS = 18;

    @Test
    void placesNamesNumbersDatesAndHeadersAreReadInTheWindowAsItOpensOnALaptopAndInANarrowerOne(FxRobot robot) {
        resize(robot, 1280, 768);
        assertColumnsShown(robot);
        assertEveryHeaderWhole(robot, "#placesTable");
        assertReadable(robot, "#placesTable", "name", "meetings", "lastMeeting");

        resize(robot, 1180, 768); // narrower than the laptop's window
        assertColumnsShown(robot);
        assertEveryHeaderWhole(robot, "#placesTable");
        assertReadable(robot, "#placesTable", "name", "meetings", "lastMeeting");
        assertCutCountryNameWholeInItsTooltip(robot);
    }

    /**
     * Every table's headers on the laptop (Polish ones are long: "Ostatnie spotkanie"), each read whole; every
     * table's names or titles long enough to tell its rows apart, its numbers and dates whole.
     */
    @Test
    void everyTablesHeadersAreReadWholeInTheWindowAsItOpensOnALaptop(FxRobot robot) {
        resize(robot, 1280, 768);
        Map<String, List<String>> readable = Map.of("places", List.of("name", "meetings", "lastMeeting"),
                "countries", List.of("countryName", "count"), "events", List.of("title", "dates", "places"),
                "people", List.of("name", "eventCount"), "organisations", List.of("name"));
        for (String name : List.of("places", "countries", "events", "people", "organisations")) {
            String tab = "tab" + Character.toUpperCase(name.charAt(0)) + name.substring(1);
            TabPane views = robot.lookup("#views").query();
            robot.interact(() -> views.getSelectionModel().select(views.getTabs().stream()
                    .filter(t -> tab.equals(t.getId())).findFirst().orElseThrow()));
            pulses(robot, 30); // the table's rows and its fitted columns come a frame apart
            assertEveryHeaderWhole(robot, "#" + name + "Table");
            List<String> ids = readable.get(name);
            assertReadable(robot, "#" + name + "Table", ids.get(0), ids.subList(1, ids.size()).toArray(String[]::new));
        }
    }

    /**
     * Figures on the laptop with both side panes open: each chart's table heads its columns with whole words
     * ("Wydarzenia" was broken into "Wydarzeni" and "a").
     */
    @Test
    void everyFiguresTableKeepsItsHeadersWordsWhole(FxRobot robot) {
        resize(robot, 1280, 768); // the test screen's width (a wider window overflows the headless screen)
        TabPane views = robot.lookup("#views").query();
        robot.interact(() -> views.getSelectionModel().select(views.getTabs().stream()
                .filter(t -> "tabFigures".equals(t.getId())).findFirst().orElseThrow()));
        for (Node button : robot.lookup("#figuresView .toggle-button").queryAll()) {
            robot.interact(() -> ((ToggleButton) button).fire());
            pulses(robot, 30);
            assertEveryHeaderWhole(robot, "#figuresTable");
        }
    }

    /**
     * In every row shown, the {@code title} column (the row's name or title) shows its text whole or at least
     * {@link #TITLE_CHARS} characters of it before the "…", so that rows can be told apart, and the {@code whole}
     * columns (numbers, dates) show their texts whole.
     */
    static void assertReadable(FxRobot robot, String table, String title, String... whole) {
        List<String> wholeIds = List.of(whole);
        int checked = 0;
        for (Node n : robot.lookup(table + " .table-cell").queryAll()) {
            if (!(n instanceof TableCell<?, ?> cell) || !fx(cell::isVisible) || fx(cell::getText) == null
                    || fx(cell::getTableColumn) == null) {
                continue;
            }
            String id = fx(() -> cell.getTableColumn().getId());
            String text = fx(cell::getText);
            if (text.isEmpty() || !(id.equals(title) || wholeIds.contains(id))
                    || fx(() -> cell.getGraphic() != null && cell.getContentDisplay() == ContentDisplay.GRAPHIC_ONLY)) {
                continue;
            }
            String shown = fx(() -> Shown.text(cell));
            checked++;
            if (wholeIds.contains(id)) {
                assertEquals(text, shown, () -> "the " + id + " cell of " + table + " shows its text whole, "
                        + fx(cell::getWidth) + " wide");
            } else {
                String read = shown.replaceFirst("^\\p{Zs}+", "").replaceFirst("(…|\\.\\.\\.)$", ""); // after the indent
                assertTrue(shown.equals(text) || read.length() >= TITLE_CHARS, () -> "the " + id + " cell of "
                        + table + " shows at least " + TITLE_CHARS + " characters of \"" + text + "\": \"" + shown
                        + "\", " + fx(cell::getWidth) + " wide");
            }
        }
        assertTrue(checked > 0, () -> table + " shows cells to check");
    }

    /** Waits for {@code n} pulses of the window: the steps the window spreads over frames have run. */
    static void pulses(FxRobot robot, int n) {
        int[] seen = {0};
        var timer = new AnimationTimer() {
            @Override
            public void handle(long now) {
                seen[0]++;
            }
        };
        robot.interact(timer::start);
        waitUntil(() -> seen[0] >= n);
        robot.interact(timer::stop);
    }

    /** The country column, narrowed, cuts "Bosnia and Herzegovina" beside its badge and shows it whole in a tooltip. */
    private void assertCutCountryNameWholeInItsTooltip(FxRobot robot) {
        TableView<?> table = robot.lookup("#placesTable").queryTableView();
        String bosnia = fx(() -> table.getItems().stream().map(r -> (PlaceRow) r)
                .filter(r -> r.countryCode().equals("BA")).findFirst().orElseThrow().country());
        Labeled label = fx(() -> robot.lookup("#placesTable .country-name").queryAll().stream()
                .map(n -> (Labeled) n).filter(l -> bosnia.equals(l.getText())).findFirst().orElseThrow());
        robot.moveTo(label); // the tooltip is made as the pointer reaches the cut name
        waitUntil(() -> fx(() -> label.getTooltip() != null));
        assertEquals(bosnia, fx(() -> label.getTooltip().getText()));
    }

    private void resize(FxRobot robot, double width, double height) {
        robot.interact(() -> {
            Stage stage = app.stage();
            stage.setMaximized(false);
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(width);
            stage.setHeight(height);
        });
        waitUntil(() -> settled(app) && app.stage().getScene().getWidth() == width);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /**
     * Every visible column's header shows its whole text, on one line or wrapped onto two: the text its label shows
     * is the column's (not cut with "…") and lies within the header.
     */
    static void assertEveryHeaderWhole(FxRobot robot, String table) {
        for (Node header : robot.lookup(table + " .column-header").queryAll()) {
            if (!fx(header::isVisible) || header.getId() == null) {
                continue;
            }
            Labeled label = fx(() -> (Labeled) header.lookup(".label"));
            Text shown = fx(() -> label.getChildrenUnmodifiable().stream().filter(n -> n instanceof Text)
                    .map(n -> (Text) n).findFirst().orElseThrow());
            String whole = fx(label::getText);
            assertEquals(whole, fx(() -> Shown.text(label)).replaceAll("\\s+", " ").strip(),
                    () -> "the header of " + header.getId() + " shows its text whole, "
                            + fx(() -> label.getWidth()) + " wide");
            double wraps = fx(shown::getWrappingWidth);
            for (String word : whole.split("\\s+")) {
                double wide = fx(() -> {
                    var measure = new Text(word);
                    measure.setFont(shown.getFont());
                    return measure.getLayoutBounds().getWidth();
                });
                assertTrue(wraps <= 0 || wide <= wraps + 0.5, () -> "the header of " + header.getId()
                        + " keeps the word \"" + word + "\" on one line: " + wide + " in " + wraps);
            }
            Bounds text = fx(() -> shown.localToScene(shown.getLayoutBounds()));
            Bounds room = fx(() -> header.localToScene(header.getLayoutBounds()));
            assertTrue(text.getMinY() >= room.getMinY() - 0.5 && text.getMaxY() <= room.getMaxY() + 0.5,
                    () -> "the header of " + header.getId() + " has room for its lines: " + text + " in " + room);
        }
    }

    private void assertColumnsShown(FxRobot robot) {
        TableView<?> table = robot.lookup("#placesTable").queryTableView();
        List<String> ids = fx(() -> table.getVisibleLeafColumns().stream().map(TableColumn::getId).toList());
        assertEquals(List.of("name", "native", "kind", "country", "meetings", "lastMeeting", "role"), ids);
    }
}
