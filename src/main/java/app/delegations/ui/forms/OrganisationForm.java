package app.delegations.ui.forms;

import app.delegations.model.Organisation;
import app.delegations.model.OrganisationKind;
import app.delegations.ui.common.RecordKind;
import java.util.List;

/** An organisation: its names; its kind, the place it belongs to and a description. */
final class OrganisationForm extends NamedForm {
    private final FormField kind;
    private final FormField place;
    private final List<FormField> description;

    OrganisationForm(FormParts p) {
        super(p, RecordKind.ORGANISATION);
        kind = p.choice("kind", "details.kind", OrganisationKind.values(), OrganisationKind::json, "organisation");
        kind.set(OrganisationKind.ADMINISTRATION.json());
        place = p.reference("place", "details.place", p.options.places(), true);
        description = p.optionalText("description", "details.description");
    }

    @Override
    Class<? extends Record> kind() {
        return Organisation.class;
    }

    @Override
    List<FormField> facts() {
        return join(List.of(kind, place), description);
    }

    @Override
    void fill(Record record) {
        var o = (Organisation) record;
        parts.fill(names, o.names());
        kind.set(o.kind().json());
        place.set(o.place());
        FormParts.fill(description, o.description());
    }

    @Override
    Record build(String id, Record before) {
        var k = parts.choice(kind, OrganisationKind.values(), OrganisationKind::json);
        if (!parts.allRead()) {
            return null;
        }
        return new Organisation(id, k, parts.names(names), place.valueOrNull(), FormParts.text(description),
                RecordEvidence.of(before));
    }
}
