package app.delegations.model;

import java.util.List;
import java.util.Objects;

/** A place at an event, in a role, with the evidence for it (e.g. the host's place is inferred). */
public record Participation(String place, PlaceRole role, List<Citation> evidence) {
    public Participation {
        Objects.requireNonNull(place, "place");
        Objects.requireNonNull(role, "role");
        evidence = List.copyOf(evidence);
    }
}
