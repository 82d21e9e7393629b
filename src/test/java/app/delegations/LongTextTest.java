package app.delegations;

import static app.delegations.AppTest.fx;
import static app.delegations.AppTest.settled;
import static app.delegations.AppTest.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.delegations.ui.places.PlaceRow;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableRow;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A million-character name (within the loader's limits) is shown shortened everywhere, so selecting it lays
 * out a bounded amount of text, and the whole name stays reachable from the detail pane.
 */
class LongTextTest extends WindowStory {
    private static final String LONG = "Kragujevac " + "x".repeat(1_000_000 - 11); // the loader's longest text
    /** More text than the whole window shows of the bundled data, far less than the name. */
    private static final int BOUNDED = 40_000;

    @TempDir
    Path dir;

    /** The congress with Kragujevac's English name and the congress's English title a million characters long. */
    private Path longNames() throws IOException {
        var mapper = new ObjectMapper();
        var root = (ObjectNode) mapper.readTree(Path.of("data/congress-2016.json").toFile());
        for (var place : root.get("places")) {
            if (place.get("id").asText().equals("kragujevac")) {
                ((ObjectNode) place.get("names")).put("en", LONG);
            }
        }
        ((ObjectNode) root.get("events").get(0).get("title")).put("en", LONG);
        Files.createDirectories(dir.resolve("sources"));
        Files.copy(Path.of("data/sources/note-2016-11-30-krakow.txt"), dir.resolve("sources/note-2016-11-30-krakow.txt"));
        Path file = dir.resolve("long.json");
        mapper.writeValue(file.toFile(), root);
        return file;
    }

    /** Characters put into the labels and texts of the window (what layout measures). */
    private int charactersShown() {
        return fx(() -> count(app.stage().getScene().getRoot()));
    }

    private static int count(Node n) {
        int c = 0;
        if (n instanceof Labeled l && l.getText() != null) {
            c += l.getText().length();
        }
        if (n instanceof Text t && t.getText() != null) {
            c += t.getText().length();
        }
        if (n instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                c += count(child);
            }
        }
        return c;
    }

    @Test
    void aMillionCharacterNameIsShownShortWithTheWholeReachable(FxRobot robot) throws IOException {
        waitUntil(() -> settled(app));
        Path file = longNames();
        robot.interact(() -> app.actions().open(file));
        waitUntil(() -> app.workspace().current().file() != null && settled(app));
        assertTrue(charactersShown() < BOUNDED, "the table: " + charactersShown());

        robot.clickOn(robot.lookup("#placesTable .table-row-cell").match((Node n) ->
                n instanceof TableRow<?> r && r.getItem() instanceof PlaceRow p && p.name().equals(LONG))
                .queryAs(Node.class));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(charactersShown() < BOUNDED, "with the row selected: " + charactersShown());

        Hyperlink showAll = robot.lookup("#detailsView .details-show-all").queryAs(Hyperlink.class);
        robot.interact(showAll::fire); // below the fold of the detail pane
        WaitForAsyncUtils.waitForFxEvents();
        TextArea all = robot.lookup("#detailsFullText").queryAs(TextArea.class);
        assertEquals(LONG, fx(all::getText), "the whole name is reachable");

        robot.press(KeyCode.CONTROL, KeyCode.DIGIT3).release(KeyCode.DIGIT3, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT4).release(KeyCode.DIGIT4, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        Node countries = robot.lookup("#countriesTable").query();
        assertTrue(fx(() -> count(countries)) < BOUNDED, "the Countries table, whose Serbia row lists the long name: "
                + fx(() -> count(countries)));
        assertTrue(fx(() -> app.stage().getTitle().length()) < 300, "the window's title");
    }
}
