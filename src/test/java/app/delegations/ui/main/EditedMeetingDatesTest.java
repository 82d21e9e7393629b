package app.delegations.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import app.delegations.model.Event;
import app.delegations.ui.DatasetEdits;
import app.delegations.ui.common.SortKey;
import app.delegations.ui.places.PlaceColumn;
import app.delegations.ui.places.PlaceRow;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/** An edited event's dates reach the Last meeting of the places taking part in it, and only their rows change. */
class EditedMeetingDatesTest {
    @AutoClose
    private final CongressWorkspace window = new CongressWorkspace();

    private List<PlaceRow> rows() {
        return List.copyOf(window.features.places.viewModel().items());
    }

    private static PlaceRow row(List<PlaceRow> rows, String id) {
        return rows.stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void movingKrakowsPresentationToMarch2017MakesItKrakowsLastMeetingAndLeavesTheOtherRows() {
        window.features.places.viewModel().sort(List.of(new SortKey<>(PlaceColumn.LAST_MEETING, false)));
        List<PlaceRow> before = rows();
        assertEquals("30 November 2016", PlaceColumn.LAST_MEETING.text(row(before, "krakow")));
        Event e = window.data().event("krakow-portals-presentation-2016-11-30").orElseThrow();
        Event moved = new Event(e.id(), e.kind(), e.title(), e.parent(), LocalDate.of(2017, 3, 2),
                LocalDate.of(2017, 3, 3), e.order(), e.venue(), e.place(), e.description(), e.participants(),
                e.people(), e.organisations(), e.evidence());
        window.main.showEdited(DatasetEdits.with(window.data(), moved), List.of(moved));

        List<PlaceRow> after = rows();
        PlaceRow krakow = row(after, "krakow");
        assertNotSame(row(before, "krakow"), krakow);
        assertEquals("2–3 March 2017", PlaceColumn.LAST_MEETING.text(krakow));
        assertEquals(5, krakow.meetings());
        assertSame(krakow, after.get(0), "the latest meeting first: Kraków moved to the top of the sorted table");
        for (PlaceRow r : after) {
            if (r != krakow) {
                assertSame(row(before, r.id()), r, "a place not at the moved event keeps its row: " + r.name());
            }
        }
        assertEquals(1, window.loads(), "no file read");
    }
}
