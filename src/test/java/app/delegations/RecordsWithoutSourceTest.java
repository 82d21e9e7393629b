package app.delegations;

import static app.delegations.AppTest.fx;
import static app.delegations.AppTest.settled;
import static app.delegations.AppTest.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/**
 * "No source yet" in the window: an archive whose place has an empty evidence list opens without a problem, the
 * place is listed under View › Records without a source, and selecting it there shows it marked so.
 */
class RecordsWithoutSourceTest extends WindowStory {
    @TempDir
    Path dir;

    @Test
    void aRecordWithoutASourceIsListedUnderViewRecordsWithoutASource(FxRobot robot) throws IOException {
        Path office = dir.resolve("office");
        Files.createDirectories(office);
        Files.writeString(office.resolve("a.json"), """
                {"schemaVersion": 1,
                 "sources": [],
                 "countries": [{"code": "UA", "names": {"pl": "Ukraina", "en": "Ukraine", "native": "Україна"},
                   "evidence": [{"basis": "reference", "reason": {"pl": "ISO 3166-1", "en": "ISO 3166-1"}}]}],
                 "places": [{"id": "kyiv", "kind": "city", "names": {"pl": "Kijów", "en": "Kyiv", "native": "Київ"},
                   "country": "UA", "evidence": []}],
                 "venues": [], "organisations": [], "people": [], "events": []}
                """);
        openArchive(robot, office);
        assertEquals(List.of(), dialogs.problems, "no source yet is no problem");

        robot.clickOn("#menuView").clickOn("#menuUnsourced");
        waitUntil(() -> robot.lookup("#unsourcedList").tryQuery().isPresent());
        ListView<?> list = robot.lookup("#unsourcedList").queryAs(ListView.class);
        assertEquals(1, fx(() -> list.getItems().size()));
        assertEquals("1 record without a source", fx(() -> robot.lookup("#unsourcedHeading").queryLabeled().getText()));
        assertTrue(fx(() -> app.window().selectedView().tabId()).equals("tabSource"), "the Source view is in front");

        robot.clickOn(robot.lookup("#unsourcedList .list-cell").nth(0).queryAs(Node.class));
        waitUntil(() -> robot.lookup("#detailsNoSource").tryQuery().isPresent());
        Labeled badge = robot.lookup("#detailsNoSource").queryLabeled();
        assertEquals("no source yet", fx(badge::getText));
        assertEquals("Kyiv", fx(() -> robot.lookup("#detailsTitle").queryLabeled().getText()));
    }
}
