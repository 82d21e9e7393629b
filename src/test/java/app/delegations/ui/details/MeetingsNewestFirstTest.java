package app.delegations.ui.details;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.delegations.model.Event;
import app.delegations.ui.TestData;
import app.delegations.ui.details.Details.Fact;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Tester 7, Q: "what did we do with them last time?" — a partner with thousands of meetings showed its oldest 50
 * first, the latest 29 clicks away. The pane lists them the latest day first, a day's events in their order.
 */
class MeetingsNewestFirstTest {
    @Test
    void theLatestDayComesFirstAndADaysEventsKeepTheirOrderThatDay() {
        List<Event> events = TestData.congress().events().stream().sorted(Meetings.BY_DATE).toList();
        List<Fact> inDateOrder = events.stream().map(e -> new Fact(e.start().toString(), e.id(), null, List.of(), e))
                .toList();

        List<Event> shown = Meetings.newestFirst(inDateOrder).stream().map(f -> (Event) f.link()).toList();

        assertEquals(events.size(), shown.size());
        assertEquals(events.stream().map(Event::start).max(Comparator.naturalOrder()).orElseThrow(),
                shown.get(0).start(), "the latest day first");
        for (int i = 1; i < shown.size(); i++) {
            Event before = shown.get(i - 1);
            Event now = shown.get(i);
            boolean laterDayFirst = before.start().isAfter(now.start());
            boolean sameDayInOrder = before.start().equals(now.start()) && before.order() <= now.order();
            assertEquals(true, laterDayFirst || sameDayInOrder, before.id() + " then " + now.id());
        }
    }
}
