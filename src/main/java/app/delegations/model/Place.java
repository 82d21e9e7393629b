package app.delegations.model;

import java.util.List;
import java.util.Objects;

/** A city, region or entity that takes part in events. {@code coordinates} may be null. */
public record Place(String id, PlaceKind kind, Names names, String country, Coordinates coordinates, Text note,
                    List<Citation> evidence) implements Entity {
    public Place {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(names, "names");
        Objects.requireNonNull(country, "country");
        evidence = List.copyOf(evidence);
    }
}
