package app.delegations.model;

import java.util.List;
import java.util.Objects;

/** A person at an event, in a role, with the evidence for it. */
public record Attendance(String person, PersonRole role, Text note, List<Citation> evidence) {
    public Attendance {
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(role, "role");
        evidence = List.copyOf(evidence);
    }
}
