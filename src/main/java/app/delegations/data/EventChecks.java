package app.delegations.data;

import app.delegations.model.Event;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The rules on events that need the whole file: no event is its own ancestor, a child lies within its parent's
 * dates, and no two events with the same parent and start day share an order number.
 */
final class EventChecks {
    private final Problems problems;
    private final Map<String, EventParser.Located> byId = new HashMap<>();
    private final List<EventParser.Located> events;

    EventChecks(Problems problems, List<EventParser.Located> events) {
        this.problems = problems;
        this.events = events;
        for (EventParser.Located e : events) {
            byId.putIfAbsent(e.event().id(), e);
        }
    }

    void check() {
        var inCycle = cycles();
        for (EventParser.Located e : events) {
            Event ev = e.event();
            EventParser.Located parent = ev.parent() == null ? null : byId.get(ev.parent());
            if (parent == null || inCycle.containsKey(ev.id())) {
                continue;
            }
            Event p = parent.event();
            String span = "its parent \"" + p.id() + "\" (" + p.start() + (p.end().equals(p.start()) ? "" : " to "
                    + p.end()) + ")";
            if (ev.start().isBefore(p.start()) || ev.start().isAfter(p.end())) {
                problems.error(e.startAt(), e.path().key("start"), "the event starts on " + ev.start()
                        + ", outside the dates of " + span);
            } else if (ev.end().isAfter(p.end())) {
                problems.error(e.endAt(), e.path().key("end"), "the event ends on " + ev.end()
                        + ", after the end of " + span);
            }
        }
        orders();
    }

    /** Reports each loop of parents once; returns the ids of the events in loops. */
    private Map<String, Boolean> cycles() {
        var state = new HashMap<String, Integer>(); // 1: on the current walk, 2: done
        var inCycle = new HashMap<String, Boolean>();
        for (EventParser.Located start : events) {
            var walk = new ArrayList<EventParser.Located>();
            EventParser.Located e = start;
            while (e != null && !state.containsKey(e.event().id())) {
                state.put(e.event().id(), 1);
                walk.add(e);
                e = e.event().parent() == null ? null : byId.get(e.event().parent());
            }
            if (e != null && state.get(e.event().id()) == 1) { // came back to this walk: a loop
                int from = walk.indexOf(e);
                var names = new StringBuilder();
                for (int i = from; i < walk.size(); i++) {
                    names.append('"').append(walk.get(i).event().id()).append("\" → ");
                    inCycle.put(walk.get(i).event().id(), true);
                }
                names.append('"').append(e.event().id()).append('"');
                EventParser.Located last = walk.get(walk.size() - 1);
                problems.error(last.parentAt(), last.path().key("parent"), from == walk.size() - 1
                        ? "an event cannot be its own parent"
                        : "these events are each other's parents, in a loop: " + names);
            }
            for (EventParser.Located w : walk) {
                state.put(w.event().id(), 2);
            }
        }
        return inCycle;
    }

    private void orders() {
        var used = new HashMap<String, EventParser.Located>();
        for (EventParser.Located e : events) {
            Event ev = e.event();
            String key = (ev.parent() == null ? "" : ev.parent()) + '\n' + ev.start() + '\n' + ev.order();
            EventParser.Located before = used.putIfAbsent(key, e);
            if (before != null) {
                problems.error(e.orderAt(), e.path().key("order"), "order " + ev.order() + " is taken by the event \""
                        + before.event().id() + "\", which has the same parent and start day; give each its own number");
            }
        }
    }
}
