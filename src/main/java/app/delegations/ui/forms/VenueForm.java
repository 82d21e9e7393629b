package app.delegations.ui.forms;

import app.delegations.model.Venue;
import app.delegations.ui.common.RecordKind;
import java.util.List;

/** A venue (a building or site): its names; the place it stands in, coordinates and description. */
final class VenueForm extends NamedForm {
    private final FormField place;
    private final List<FormField> coordinates;
    private final List<FormField> description;

    VenueForm(FormParts p) {
        super(p, RecordKind.VENUE);
        place = p.reference("place", "details.place", p.options.places(), true);
        coordinates = p.coordinates();
        description = p.optionalText("description", "details.description");
    }

    @Override
    Class<? extends Record> kind() {
        return Venue.class;
    }

    @Override
    List<FormField> facts() {
        return join(List.of(place), coordinates, description);
    }

    @Override
    void fill(Record record) {
        var venue = (Venue) record;
        parts.fill(names, venue.names());
        place.set(venue.place());
        parts.fill(coordinates, venue.coordinates());
        FormParts.fill(description, venue.description());
    }

    @Override
    Record build(String id, Record before) {
        var at = parts.coordinates(coordinates);
        if (!parts.allRead()) {
            return null;
        }
        return new Venue(id, parts.names(names), place.valueOrNull(), at, FormParts.text(description),
                RecordEvidence.of(before));
    }
}
