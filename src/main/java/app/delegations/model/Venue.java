package app.delegations.model;

import java.util.List;
import java.util.Objects;

/** A building or site where an event happens, e.g. Smolny; {@code place} is the city it stands in. */
public record Venue(String id, Names names, String place, Coordinates coordinates, Text description,
                    List<Citation> evidence) {
    public Venue {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(names, "names");
        evidence = List.copyOf(evidence);
    }
}
