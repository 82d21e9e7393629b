package app.delegations.ui.filter;

import app.delegations.index.DatasetIndex;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.delegations.model.Event;
import app.delegations.ui.Shapes;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * The events a filter leaves, when many events inherit one parent's long list of participants: the list is
 * looked through once for all of them, so a change of filter costs the size of the file, not children ×
 * participants.
 */
class FilterInheritedParticipantsTest {
    @Test
    void childrenSharingTheirParentsParticipantsAreJudgedByOneLookAtTheList() {
        int places = 2_000;
        int children = 20_000;
        List<Event> events = Shapes.parentAndChildren(places, children);
        var filter = new FilterModel();
        filter.setIndex(DatasetIndex.build(Shapes.dataset(Shapes.places(places), events)));

        filter.searchTextProperty().set("p1999"); // the parent's last place: every event keeps it
        Predicate<Event> kept = filter.eventPredicateProperty().get();
        assertEquals(events.size(), events.stream().filter(kept).count());
        assertEquals(1, ((EventMatch) FilterModel.unwrapped(kept)).listsLookedThrough(), "one list for all the events");

        filter.searchTextProperty().set("nowhere");
        Predicate<Event> none = filter.eventPredicateProperty().get();
        assertFalse(events.stream().anyMatch(none));
        assertEquals(1, ((EventMatch) FilterModel.unwrapped(none)).listsLookedThrough());

        filter.searchTextProperty().set("");
        assertTrue(events.stream().allMatch(filter.eventPredicateProperty().get()), "no filter: every event");
    }
}
