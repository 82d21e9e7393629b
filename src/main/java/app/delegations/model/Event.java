package app.delegations.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Something that happened: a congress, a conference inside it, a visit, a presentation. Dates only, no hours
 * (sources such as the 2016 note give none).
 *
 * @param parent         id of the enclosing event, or null for a top-level event
 * @param start          first day
 * @param end            last day (equal to start for a one-day event)
 * @param order          position among the events with the same parent and start day, in the order the source
 *                       gives them (1 = first); it is the order of mention, not a stated time
 * @param venue          id of a {@link Venue}, or null
 * @param place          id of the {@link Place} where it happened, or null
 * @param participants   the places taking part and their roles; an event with none is attended by the
 *                       participants of its parent (as "the participants of the Congress visited …")
 * @param people         the people at the event
 * @param organisations  ids of organisations involved (visited, presenting, organising)
 */
public record Event(String id, EventKind kind, Names title, String parent, LocalDate start, LocalDate end, int order,
                    String venue, String place, Text description, List<Participation> participants,
                    List<Attendance> people, List<String> organisations, List<Citation> evidence) implements Entity {
    public Event {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        participants = List.copyOf(participants);
        people = List.copyOf(people);
        organisations = List.copyOf(organisations);
        evidence = List.copyOf(evidence);
    }
}
