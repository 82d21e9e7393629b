package app.delegations.ui.forms;

import app.delegations.model.Place;
import app.delegations.model.PlaceKind;
import app.delegations.ui.common.RecordKind;
import java.util.List;

/** A place: its names; its kind, country (from the world's list), coordinates and note. */
final class PlaceForm extends NamedForm {
    private final FormField kind;
    private final FormField country;
    private final List<FormField> coordinates;
    private final List<FormField> note;

    PlaceForm(FormParts p) {
        super(p, RecordKind.PLACE);
        kind = p.choice("kind", "details.kind", PlaceKind.values(), PlaceKind::json, "kind");
        kind.set(PlaceKind.CITY.json());
        country = p.reference("country", "details.country", p.options.countries(), false);
        coordinates = p.coordinates();
        note = p.optionalText("note", "details.note");
    }

    @Override
    Class<? extends Record> kind() {
        return Place.class;
    }

    @Override
    List<FormField> facts() {
        return join(List.of(kind, country), coordinates, note);
    }

    @Override
    void fill(Record record) {
        var place = (Place) record;
        parts.fill(names, place.names());
        kind.set(place.kind().json());
        country.set(place.country());
        parts.fill(coordinates, place.coordinates());
        FormParts.fill(note, place.note());
    }

    @Override
    Record build(String id, Record before) {
        var k = parts.choice(kind, PlaceKind.values(), PlaceKind::json);
        String c = parts.required(country);
        var at = parts.coordinates(coordinates);
        if (!parts.allRead()) {
            return null;
        }
        return new Place(id, k, parts.names(names), c, at, FormParts.text(note),
                RecordEvidence.of(before));
    }
}
