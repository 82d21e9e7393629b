package app.delegations.ui.timeline;

import static app.delegations.ui.timeline.Fixtures.CONFERENCE;
import static app.delegations.ui.timeline.Fixtures.CONGRESS;
import static app.delegations.ui.timeline.Fixtures.NOV_29;
import static app.delegations.ui.timeline.Fixtures.NOV_30;
import static app.delegations.ui.timeline.Fixtures.PORTALS;
import static app.delegations.ui.timeline.Fixtures.STRATEGY;
import static app.delegations.ui.timeline.Fixtures.SUMMARY;
import static app.delegations.ui.timeline.Fixtures.VISIT_CITY_UNITS;
import static app.delegations.ui.timeline.Fixtures.VISIT_UNIVERSITIES;
import static org.junit.jupiter.api.Assertions.assertEquals;

import app.delegations.model.Dataset;
import app.delegations.index.DatasetIndex;
import app.delegations.ui.TestData;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The timeline of the data the app ships (issue 12, items 17 and 18): the Governor's summary, which closes the
 * conference, is drawn after Kraków's two presentations; Kraków, whose part the note dates to 30 November,
 * is at no event of the 29th.
 */
class BundledTimelineTest {

    private final Dataset data = TestData.congress();

    private static List<String> ids(List<TimelineItem> items) {
        return items.stream().map(i -> i.event().id()).toList();
    }

    @Test
    void theSummaryIsDrawnAfterThePresentationsItSumsUp() {
        var layout = TimelineLayout.of(data, e -> true);
        assertEquals(List.of(CONFERENCE, STRATEGY, PORTALS, SUMMARY), ids(layout.itemsOn(NOV_30)));
    }

    @Test
    void krakowIsOnTheTimelineOnlyOnTheDayTheNoteGivesIt() {
        var index = DatasetIndex.build(data);
        var krakows = TimelineLayout.of(data, e -> index.participants(e).contains("krakow"));
        assertEquals(List.of(CONGRESS), ids(krakows.itemsOn(NOV_29)), "only the two-day congress reaches the 29th");
        var hosts = TimelineLayout.of(data, e -> index.participants(e).contains("saint-petersburg"));
        assertEquals(List.of(CONGRESS, VISIT_UNIVERSITIES, VISIT_CITY_UNITS), ids(hosts.itemsOn(NOV_29)),
                "St. Petersburg hosts the visits");
    }
}
