package app.delegations.model;

import java.util.List;
import java.util.Objects;

/** A person named in a source. {@code honorific} (e.g. "dr") may be null. */
public record Person(String id, Names names, String honorific, List<Position> positions, List<Citation> evidence)
        implements Entity {
    public Person {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(names, "names");
        positions = List.copyOf(positions);
        evidence = List.copyOf(evidence);
    }
}
