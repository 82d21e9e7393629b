package app.delegations.model;

import java.util.List;
import java.util.Objects;

/** A country; its id is the ISO 3166-1 alpha-2 code. */
public record Country(String code, Names names, List<Citation> evidence) implements Entity {
    public Country {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(names, "names");
        evidence = List.copyOf(evidence);
    }
}
