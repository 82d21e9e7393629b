package app.delegations.model;

import java.util.Objects;

/** A post a person holds: its title, and optionally the organisation and place it belongs to. */
public record Position(Text title, String organisation, String place) {
    public Position {
        Objects.requireNonNull(title, "title");
    }
}
