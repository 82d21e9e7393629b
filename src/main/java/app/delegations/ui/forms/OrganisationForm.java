package app.delegations.ui.forms;

import app.delegations.model.Organisation;
import app.delegations.model.OrganisationKind;
import java.util.ArrayList;
import java.util.List;

/** An organisation: its names; its kind, the place it belongs to and a description. */
final class OrganisationForm extends RecordForm {
    private final List<FormField> names;
    private final FormField kind;
    private final FormField place;
    private final List<FormField> description;

    OrganisationForm(FormParts p) {
        super(p);
        names = p.names("names");
        kind = p.choice("kind", "details.kind", OrganisationKind.values(), OrganisationKind::json, "organisation");
        kind.set(OrganisationKind.ADMINISTRATION.json());
        place = p.reference("place", "details.place", p.options.places(), true);
        description = p.textPair("description", "details.description", true);
    }

    @Override
    Class<? extends Record> kind() {
        return Organisation.class;
    }

    @Override
    List<FormSection> sections() {
        var facts = new ArrayList<FormField>();
        facts.add(kind);
        facts.add(place);
        facts.addAll(description);
        return List.of(new FormSection("names", parts.m.get("details.section.names"), names, null),
                new FormSection("facts", parts.m.get("details.section.about"), facts, null));
    }

    @Override
    String name() {
        return FormParts.name(names);
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
                before == null ? List.of() : ((Organisation) before).evidence());
    }
}
