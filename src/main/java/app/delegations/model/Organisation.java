package app.delegations.model;

import java.util.List;
import java.util.Objects;

/** An organisation; {@code place} (the place it belongs to) may be null. */
public record Organisation(String id, OrganisationKind kind, Names names, String place, Text description,
                           List<Citation> evidence) implements Entity {
    public Organisation {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(names, "names");
        evidence = List.copyOf(evidence);
    }
}
