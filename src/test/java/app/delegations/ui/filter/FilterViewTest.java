package app.delegations.ui.filter;

import app.delegations.index.DatasetIndex;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.delegations.bench.DatasetGenerator;
import app.delegations.bench.GeneratorSpec;
import app.delegations.data.DatasetLoader;
import app.delegations.model.Dataset;
import app.delegations.model.Event;
import app.delegations.model.Place;
import app.delegations.ui.TestData;
import app.delegations.ui.common.Messages;
import app.delegations.ui.common.Pace;
import app.delegations.ui.common.UiLanguage;
import java.io.IOException;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Set;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The facets follow the data: a small file's at once, a large file's in frames after the one the data comes in. */
@ExtendWith(ApplicationExtension.class)
class FilterViewTest {
    /** 10,000 generated records: 3,000 places and 4,000 events, over {@link Pace#SPREAD_FROM}. */
    private static Dataset large;

    @BeforeAll
    static void generate(@TempDir Path dir) throws IOException {
        large = new DatasetLoader().load(DatasetGenerator.generate(GeneratorSpec.of(10_000), dir).file()).datasetOrNull();
    }

    private final FilterModel filter = new FilterModel();
    /** Frames run by hand, one step each, as pulses would. */
    private final Deque<Runnable> queued = new ArrayDeque<>();
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        filter.setIndex(DatasetIndex.build(TestData.congress()));
        stage.setScene(new Scene(new FilterView(filter, Messages.of(UiLanguage.ENGLISH), queued::add), 300, 600));
        stage.sizeToScene(); // the stage TestFX shares may keep a size a window test gave it
        stage.show();
    }

    private static boolean has(FxRobot robot, String id) {
        return robot.lookup(id).tryQuery().isPresent();
    }

    @Test
    void theBundledCongressFacetsShowAtOnce(FxRobot robot) {
        assertTrue(has(robot, "#facet-country-PL"));
        assertTrue(queued.isEmpty(), "nothing left for later frames");
    }

    @Test
    void aLargeFilesFacetsAreMadeInTheFramesAfterTheData(FxRobot robot) {
        var index = DatasetIndex.build(large);
        robot.interact(() -> filter.setIndex(index));
        assertFalse(has(robot, "#facet-country-PL"), "the old data's facets are gone in the frame the data comes in");
        assertFalse(has(robot, "#facet-country"), "and no facet is made in that frame");
        assertEquals(1, queued.size(), "the facets wait for the next frame");

        while (!queued.isEmpty()) {
            robot.interact(() -> queued.removeFirst().run());
        }
        String code = index.countryCodes().get(0);
        CheckBox first = robot.lookup("#facet-country-" + code).queryAs(CheckBox.class);
        Label count = (Label) first.getParent().getChildrenUnmodifiable().get(1);
        assertEquals(String.format(Locale.ENGLISH, "%,d", filter.countsProperty().get().country(code)),
                count.getText(), "the new data's values with their counts");
    }

    @Test
    void aSmallFileComingWhileALargeFilesFacetsWaitShowsItsOwnAtOnce(FxRobot robot) {
        var largeIndex = DatasetIndex.build(large);
        robot.interact(() -> filter.setIndex(largeIndex));
        robot.interact(() -> filter.setIndex(DatasetIndex.build(TestData.congress())));
        assertTrue(has(robot, "#facet-country-PL"), "the small file's facets at once");
        int rows = robot.lookup(".facet-row").queryAll().size();

        while (!queued.isEmpty()) {
            robot.interact(() -> queued.removeFirst().run());
        }
        assertEquals(rows, robot.lookup(".facet-row").queryAll().size(), "the large file's facets are not made after all");
        assertTrue(has(robot, "#facet-country-PL"));
    }

    @Test
    void thousandsOfEventsGiveOneYearRowEachWithItsEventCount(FxRobot robot) {
        var index = DatasetIndex.build(large);
        robot.interact(() -> filter.setIndex(index));
        while (!queued.isEmpty()) {
            robot.interact(() -> queued.removeFirst().run());
        }
        int[] years = index.dates().years();
        assertEquals(years.length, robot.lookup("#facet-year .facet-row").queryAll().size(), "one row per year");
        assertTrue(years.length <= 30, "the generated events lie in 2000–2029, over " + large.events().size() + " events");
        String year = Integer.toString(years[years.length / 2]);
        CheckBox box = robot.lookup("#facet-year-" + year).queryAs(CheckBox.class);
        Label count = (Label) box.getParent().getChildrenUnmodifiable().get(1);
        int events = filter.countsProperty().get().year(Integer.parseInt(year));
        assertTrue(events > 0);
        assertEquals(String.format(Locale.ENGLISH, "%,d", events), count.getText());

        robot.clickOn(box.lookup(".box"));
        assertEquals(Set.of(Integer.parseInt(year)), Set.copyOf(filter.years()));
        assertEquals(events, large.events().stream().filter(filter.eventPredicateProperty().get()).count(),
                "ticking the year leaves as many events as its count said");
    }

    @Test
    void anUpdateThatLeavesTheFacetsValuesKeepsTheirRowsAndShowsTheNewCounts(FxRobot robot) {
        var index = DatasetIndex.build(large);
        robot.interact(() -> filter.setIndex(index));
        while (!queued.isEmpty()) {
            robot.interact(() -> queued.removeFirst().run());
        }
        Place gone = large.places().get(large.places().size() - 1);
        int before = filter.countsProperty().get().country(gone.country());
        assertTrue(before > 1, "its country keeps places: " + before);
        CheckBox box = robot.lookup("#facet-country-" + gone.country()).queryAs(CheckBox.class);
        int rows = robot.lookup(".facet-row").queryAll().size();
        var places = large.places().subList(0, large.places().size() - 1);
        Dataset next = new Dataset(large.schemaVersion(), large.sources(), large.countries(), places, large.venues(),
                large.organisations(), large.people(), large.events());
        robot.interact(() -> filter.updateIndex(DatasetIndex.build(next)));

        assertTrue(queued.isEmpty(), "no facet is made again, in this frame or a later one");
        assertSame(box, robot.lookup("#facet-country-" + gone.country()).queryAs(CheckBox.class), "the same row");
        assertEquals(rows, robot.lookup(".facet-row").queryAll().size());
        Label count = (Label) box.getParent().getChildrenUnmodifiable().get(1);
        assertEquals(String.format(Locale.ENGLISH, "%,d", before - 1), count.getText(), "the new count");
    }

    @Test
    void aPolishWindowWritesAYearsThousandsOfEventsGroupedAsTheFiguresDo(FxRobot robot) {
        Dataset congress = TestData.congress();
        var events = new ArrayList<>(congress.events());
        Event first = congress.events().get(0);
        for (int i = 0; i < 1300; i++) { // 1,300 more events in 2016: the year counts over a thousand
            events.add(new Event("copy-" + i, first.kind(), first.title(), null, first.start(), first.end(),
                    first.order(), first.venue(), first.place(), first.description(), first.participants(),
                    first.people(), first.organisations(), first.evidence()));
        }
        Dataset many = new Dataset(congress.schemaVersion(), congress.sources(), congress.countries(),
                congress.places(), congress.venues(), congress.organisations(), congress.people(), events);
        robot.interact(() -> {
            filter.setIndex(DatasetIndex.build(many));
            stage.setScene(new Scene(new FilterView(filter, Messages.of(UiLanguage.POLISH), queued::add), 300, 600));
        });
        int n = filter.countsProperty().get().year(2016);
        assertTrue(n > 1300, "the year's events: " + n);
        CheckBox box = robot.lookup("#facet-year-2016").queryAs(CheckBox.class);
        Label count = (Label) box.getParent().getChildrenUnmodifiable().get(1);
        String polish = NumberFormat.getIntegerInstance(UiLanguage.POLISH.locale()).format(n);
        assertFalse(polish.equals(Integer.toString(n)), "Polish groups thousands: " + polish);
        assertEquals(polish, count.getText(), "as the Figures write it (\"1 315\"), not \"" + n + "\"");
        assertTrue(box.getAccessibleText().endsWith(polish), "read with the same count: " + box.getAccessibleText());
    }
}
