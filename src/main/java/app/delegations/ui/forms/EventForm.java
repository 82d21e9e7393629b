package app.delegations.ui.forms;

import app.delegations.model.Attendance;
import app.delegations.model.Citation;
import app.delegations.model.Event;
import app.delegations.model.EventKind;
import app.delegations.model.Participation;
import app.delegations.model.PersonRole;
import app.delegations.model.PlaceRole;
import app.delegations.ui.common.RecordKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * An event: kind and title (Polish, English, native); dates from–to, its order among the events of its parent
 * that day, the event it belongs to, venue or place, description; the participating places with their roles, the
 * people with theirs, the organisations. A participant, person or organisation kept from before keeps its
 * evidence (and a person's note); a new one has none yet.
 */
final class EventForm extends RecordForm {
    private final FormField kind;
    private final List<FormField> title;
    private final FormField start;
    private final FormField end;
    private final FormField order;
    private final FormField parent;
    private final FormField venue;
    private final FormField place;
    private final List<FormField> description;
    private final FormRows participants;
    private final FormRows people;
    private final FormRows organisations;
    private Event before;

    EventForm(FormParts p, String id) {
        super(p);
        kind = p.choice("kind", "details.kind", EventKind.values(), EventKind::json, "event");
        kind.set(EventKind.VISIT.json());
        title = p.names("title", RecordKind.EVENT);
        start = p.date("start", "form.start").require();
        end = p.date("end", "form.end");
        order = p.number("order", "form.order").require();
        parent = p.reference("parent", "details.parent", p.options.events(id), true);
        venue = p.reference("venue", "details.venue", p.options.venues(), true);
        List<Option> places = p.options.places();
        place = p.reference("place", "details.place", places, true);
        description = p.optionalText("description", "details.description");
        participants = new FormRows("participants", p.m.get("form.add.participant"),
                n -> p.m.format("form.row.participant", n), () -> List.of(
                p.reference("place", "details.place", places, false),
                withValue(p.choice("role", "details.role", PlaceRole.values(), PlaceRole::json, "role"),
                        PlaceRole.PARTICIPANT.json())));
        List<Option> persons = p.options.people();
        people = new FormRows("people", p.m.get("form.add.person"),
                n -> p.m.format("form.row.person", n), () -> List.of(
                // a speaker not yet recorded: said where the officer looks, with where to add them
                p.reference("person", RecordKind.PERSON.nameKey(), persons, false)
                        .noMatch(p.m.format("form.picker.noPerson", String.join(" › ",
                                p.m.get("menu.edit").replace("_", ""), p.m.get("menu.edit.newRecord").replace("_", ""),
                                p.m.get("record.kind.person")))),
                withValue(p.choice("role", "details.role", PersonRole.values(), PersonRole::json, "person"),
                        PersonRole.PARTICIPANT.json())));
        List<Option> orgs = p.options.organisations();
        organisations = new FormRows("organisations", p.m.get("form.add.organisation"),
                n -> p.m.format("form.row.organisation", n), () -> List.of(
                p.reference("", "details.organisation", orgs, false)));
        // a blank end means the start's day: the end's prompt says which, once a start is typed (no example date)
        start.valueProperty().addListener((o, a, b) -> {
            LocalDate day = p.dateOrNull(start);
            end.promptProperty().set(day == null ? null : p.m.format("form.end.prompt", p.format(day)));
        });
        // a new event's order: the next free one that day, until the officer sets it
        start.valueProperty().addListener((o, a, b) -> {
            if (this.before == null) {
                LocalDate day = p.date(start, false);
                p.startReading();
                if (day != null) {
                    order.set(String.valueOf(p.nextOrder(parent.valueOrNull(), day)));
                }
            }
        });
    }

    private static FormField withValue(FormField f, String value) {
        f.set(value);
        return f;
    }

    @Override
    Class<? extends Record> kind() {
        return Event.class;
    }

    @Override
    List<FormSection> sections() {
        var names = new ArrayList<FormField>();
        names.add(kind);
        names.addAll(title);
        var facts = new ArrayList<FormField>(List.of(start, end, order, parent, venue, place));
        facts.addAll(description);
        return List.of(new FormSection("names", parts.m.get("details.section.names"), names, null),
                new FormSection("facts", parts.m.get("details.section.about"), facts, null),
                FormSection.rows("participants", parts.m.get("details.section.participants"), participants),
                FormSection.rows("people", parts.m.get("details.section.people"), people),
                FormSection.rows("organisations", parts.m.get("details.section.organisations"), organisations));
    }

    /** The start date field (for tests and the view's focus). */
    FormField start() {
        return start;
    }

    @Override
    String name() {
        return FormParts.name(title);
    }

    @Override
    void fill(Record record) {
        var e = (Event) record;
        before = e;
        kind.set(e.kind().json());
        parts.fill(title, e.title());
        start.set(parts.format(e.start()));
        end.set(parts.format(e.end()));
        order.set(String.valueOf(e.order()));
        parent.set(e.parent());
        venue.set(e.venue());
        place.set(e.place());
        FormParts.fill(description, e.description());
        participants.rows().clear();
        for (Participation pa : e.participants()) {
            var row = participants.add().fields();
            row.get(0).set(pa.place());
            row.get(1).set(pa.role().json());
        }
        people.rows().clear();
        for (Attendance a : e.people()) {
            var row = people.add().fields();
            row.get(0).set(a.person());
            row.get(1).set(a.role().json());
        }
        organisations.rows().clear();
        for (String o : e.organisations()) {
            organisations.add().fields().get(0).set(o);
        }
    }

    @Override
    Record build(String id, Record was) {
        var k = parts.choice(kind, EventKind.values(), EventKind::json);
        LocalDate from = parts.date(start, true);
        LocalDate to = parts.date(end, false);
        Integer n = parts.whole(order);
        var places = new ArrayList<Participation>();
        for (FormRow r : participants.rows()) {
            String at = parts.required(r.fields().get(0));
            var role = parts.choice(r.fields().get(1), PlaceRole.values(), PlaceRole::json);
            if (at != null && role != null) {
                places.add(new Participation(at, role, participationEvidence(at)));
            }
        }
        var attending = new ArrayList<Attendance>();
        for (FormRow r : people.rows()) {
            String who = parts.required(r.fields().get(0));
            var role = parts.choice(r.fields().get(1), PersonRole.values(), PersonRole::json);
            if (who != null && role != null) {
                Attendance kept = before == null ? null
                        : before.people().stream().filter(a -> a.person().equals(who)).findFirst().orElse(null);
                attending.add(new Attendance(who, role, kept == null ? null : kept.note(),
                        kept == null ? List.of() : kept.evidence()));
            }
        }
        var orgs = new ArrayList<String>();
        for (FormRow r : organisations.rows()) {
            String o = parts.required(r.fields().get(0));
            if (o != null) {
                orgs.add(o);
            }
        }
        if (!parts.allRead()) {
            return null;
        }
        return new Event(id, k, parts.names(title), parent.valueOrNull(), from, to == null ? from : to, n,
                venue.valueOrNull(), place.valueOrNull(), FormParts.text(description), places, attending, orgs,
                was == null ? List.of() : ((Event) was).evidence());
    }

    private List<Citation> participationEvidence(String at) {
        return before == null ? List.of() : before.participants().stream().filter(pa -> pa.place().equals(at))
                .findFirst().map(Participation::evidence).orElse(List.of());
    }
}
