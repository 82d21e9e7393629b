package app.delegations.index;

import app.delegations.data.Work;
import app.delegations.model.Dataset;
import app.delegations.model.Event;
import app.delegations.model.Participation;
import app.delegations.model.PlaceRole;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How events and places relate: an event's children, its participants by the rule of {@link Inheritance}, the
 * events a place took part in, a place's role at an event. Built in time and memory linear in the events and
 * the participations written in the file; events sharing a definer share one participant list.
 */
final class EventRelations {
    private final Dataset dataset;
    private final Inheritance inheritance;
    private final Map<String, List<String>> participantsByEvent;
    private final Map<String, List<Event>> childrenByEvent = new HashMap<>();

    EventRelations(Dataset dataset, Work work) {
        this.dataset = dataset;
        for (Event e : dataset.events()) {
            if (e.parent() != null) {
                childrenByEvent.computeIfAbsent(e.parent(), k -> new ArrayList<>()).add(e);
            }
            work.step();
        }
        this.inheritance = new Inheritance(dataset, work);
        this.participantsByEvent = new HashMap<>(dataset.events().size() * 2);
        for (int i = 0; i < dataset.events().size(); i++) {
            participantsByEvent.put(dataset.events().get(i).id(), inheritance.participants(i));
            work.step();
        }
    }

    List<String> participants(Event event) {
        return participantsByEvent.getOrDefault(event.id(), List.of());
    }

    List<Event> eventsOf(String placeId) {
        return inheritance.eventsOf(placeId);
    }

    List<Event> children(Event event) {
        return childrenByEvent.getOrDefault(event.id(), List.of());
    }

    static PlaceRole directRole(Event event, String placeId) {
        for (Participation p : event.participants()) {
            if (p.place().equals(placeId)) {
                return p.role();
            }
        }
        return null;
    }

    /** See {@link DatasetIndex#mostSpecificEvents}; each ancestor is climbed past once, so linear in a deep chain. */
    Set<String> mostSpecificEvents(String placeId) {
        var named = new LinkedHashSet<String>();
        for (Event e : eventsOf(placeId)) {
            if (directRole(e, placeId) != null) {
                named.add(e.id());
            }
        }
        var result = new LinkedHashSet<>(named);
        var climbed = new HashSet<String>();
        for (String id : named) {
            Event e = dataset.event(id).orElseThrow();
            for (String parent = e.parent(); parent != null && climbed.add(parent);
                 parent = dataset.event(parent).map(Event::parent).orElse(null)) {
                result.remove(parent);
            }
        }
        return result;
    }
}
