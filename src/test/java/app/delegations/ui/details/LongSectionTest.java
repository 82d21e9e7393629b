package app.delegations.ui.details;

import static app.delegations.ui.OnFx.fx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.delegations.index.DatasetIndex;
import app.delegations.model.Citation;
import app.delegations.model.Dataset;
import app.delegations.model.Names;
import app.delegations.model.Place;
import app.delegations.model.PlaceKind;
import app.delegations.ui.TestData;
import app.delegations.ui.common.Messages;
import app.delegations.ui.common.Selection;
import app.delegations.ui.common.UiLanguage;
import app.delegations.ui.filter.FilterModel;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.Hyperlink;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A country of an archive with hundreds of places: its details list them a batch at a time, and the officer
 * reaches every one by the link that ends the list.
 */
@ExtendWith(ApplicationExtension.class)
class LongSectionTest {
    private static final int PLACES = 170;
    private final Dataset data = withPolishTowns(TestData.congress(), PLACES - 2); // Kraków and Gdańsk are there
    private final Selection selection = new Selection();

    @Start
    void start(Stage stage) {
        var filter = new FilterModel();
        var index = DatasetIndex.build(data);
        filter.setIndex(index);
        var vm = new DetailsViewModel(selection, filter);
        vm.setData(index, Messages.of(UiLanguage.ENGLISH));
        stage.setScene(new Scene(new DetailsView(vm, Messages.of(UiLanguage.ENGLISH), e -> {
        }), 420, 600));
        stage.sizeToScene(); // the stage TestFX shares may keep a size a window test gave it
        stage.show();
    }

    private static Dataset withPolishTowns(Dataset d, int n) {
        var places = new ArrayList<>(d.places());
        List<Citation> evidence = List.of(TestData.reference(List.of()));
        for (int i = 1; i <= n; i++) {
            String name = "Town " + i;
            places.add(new Place("town-" + i, PlaceKind.CITY, new Names(name, name, name), "PL", null, null, evidence));
        }
        return new Dataset(d.schemaVersion(), d.sources(), d.countries(), places, d.venues(), d.organisations(),
                d.people(), d.events());
    }

    private int placesShown(FxRobot robot) {
        return fx(() -> robot.lookup("#details-section-places .fact").queryAll().size());
    }

    private String more(FxRobot robot) {
        return fx(() -> robot.lookup("#details-more-places").tryQueryAs(Hyperlink.class).map(Hyperlink::getText)
                .orElse(null));
    }

    @Test
    void aPlaceWithoutMeetingsSaysNoneAreRecordedNotThatTheSourceNamesNoOne(FxRobot robot) {
        robot.interact(() -> selection.select(data.place("town-1").orElseThrow()));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("No meetings recorded.",
                fx(() -> robot.lookup("#details-section-meetings .details-none").queryLabeled().getText()));
    }

    @Test
    void aCountryWithHundredsOfPlacesListsThemABatchAtATimeToTheLast(FxRobot robot) {
        robot.interact(() -> selection.select(data.countries().stream().filter(c -> c.code().equals("PL"))
                .findFirst().orElseThrow()));
        assertEquals("PL · " + PLACES + " places", fx(() -> robot.lookup(".details-subtitle").queryLabeled().getText()));
        assertEquals(FactBatches.FIRST, placesShown(robot), "the first batch");
        assertEquals("Show 100 more of 170", more(robot));

        // the link ends the list, below the pane's fold: the pane scrolls to what gets the focus, as Tab gives it
        robot.interact(() -> robot.lookup("#details-more-places").query().requestFocus());
        robot.clickOn("#details-more-places");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(FactBatches.FIRST + FactBatches.MORE, placesShown(robot));
        assertEquals("Show 20 more of 170", more(robot));
        assertTrue(fx(() -> robot.lookup("#details-more-places").query().isFocused()),
                "the keyboard stays on the link, so Space shows the rest");

        robot.type(KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(PLACES, placesShown(robot), "every place reached");
        assertEquals(null, more(robot), "nothing more to show");
        assertEquals("Town 168", fx(() -> robot.lookup("#details-section-places .fact-link").queryAll().stream()
                .map(n -> ((Hyperlink) n).getText()).reduce((a, b) -> b).orElseThrow()), "the last one in the file's order");
    }

    @Test
    void aShortSectionHasNoLink(FxRobot robot) {
        robot.interact(() -> selection.select(data.countries().stream().filter(c -> c.code().equals("RS"))
                .findFirst().orElseThrow()));
        assertTrue(placesShown(robot) > 0);
        assertEquals(null, more(robot));
    }
}
