package app.delegations.ui.forms;

import app.delegations.model.Person;
import app.delegations.model.Position;
import app.delegations.model.Text;
import app.delegations.ui.common.RecordKind;
import java.util.ArrayList;
import java.util.List;

/** A person: names and honorific; positions, each a title with the organisation and place it belongs to. */
final class PersonForm extends RecordForm {
    private final List<FormField> names;
    private final FormField honorific;
    private final FormRows positions;
    private final List<Option> organisations;
    private final List<Option> places;

    PersonForm(FormParts p) {
        super(p);
        names = p.names("names", RecordKind.PERSON);
        honorific = p.text("honorific", "details.honorific");
        organisations = p.options.organisations();
        places = p.options.places();
        positions = new FormRows("positions", p.m.get("form.add.position"),
                n -> p.m.format("form.row.position", n), () -> {
            var row = new ArrayList<>(p.requiredText("title", "details.position"));
            row.add(p.reference("organisation", "details.organisation", organisations, true));
            row.add(p.reference("place", "details.place", places, true));
            return row;
        });
    }

    @Override
    Class<? extends Record> kind() {
        return Person.class;
    }

    @Override
    List<FormSection> sections() {
        var head = new ArrayList<>(names);
        head.add(honorific);
        return List.of(new FormSection("names", parts.m.get("details.section.names"), head, null),
                FormSection.rows("positions", parts.m.get("form.section.positions"), positions));
    }

    @Override
    String name() {
        return FormParts.name(names);
    }

    @Override
    void fill(Record record) {
        var person = (Person) record;
        parts.fill(names, person.names());
        honorific.set(person.honorific());
        positions.rows().clear();
        for (Position pos : person.positions()) {
            var row = positions.add().fields();
            FormParts.fill(row.subList(0, 2), pos.title());
            row.get(2).set(pos.organisation());
            row.get(3).set(pos.place());
        }
    }

    @Override
    Record build(String id, Record before) {
        var list = new ArrayList<Position>();
        for (FormRow r : positions.rows()) {
            var f = r.fields();
            Text title = FormParts.text(f.subList(0, 2));
            list.add(new Position(title == null ? new Text("", "") : title, f.get(2).valueOrNull(),
                    f.get(3).valueOrNull()));
        }
        return new Person(id, parts.names(names), honorific.valueOrNull(), list,
                before == null ? List.of() : ((Person) before).evidence());
    }
}
