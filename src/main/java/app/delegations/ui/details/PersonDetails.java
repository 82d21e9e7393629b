package app.delegations.ui.details;

import app.delegations.model.Attendance;
import app.delegations.model.Event;
import app.delegations.model.Organisation;
import app.delegations.model.Person;
import app.delegations.model.Place;
import app.delegations.model.Position;
import app.delegations.ui.common.Messages;
import app.delegations.ui.details.Details.Fact;
import app.delegations.ui.details.Details.Section;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The details of a person: their names; their honorific, when they have one; their positions, each its title
 * followed by its organisation and its place (links), with the citations for each; then the events they attend
 * in date order ({@link Meetings#BY_DATE}, ties in the file's order), each a link with their role there and the
 * source's note on what they did, and the citations of that attendance. A position's organisation or place the
 * dataset does not define reads as its id, not a link.
 */
final class PersonDetails {
    private final Wording w;
    private final Messages m;
    private final Locale locale;

    PersonDetails(Wording wording) {
        this.w = wording;
        this.m = wording.m;
        this.locale = wording.locale;
    }

    Details build(Person p) {
        var sections = new ArrayList<Section>();
        sections.add(w.personNames(p.names(), p.evidence()));
        if (p.honorific() != null) {
            var honorific = new Fact(m.get("details.honorific"), p.honorific(), w.cite.field(p.evidence(), "honorific"));
            sections.add(new Section("about", m.get("details.section.about"), List.of(honorific)));
        }
        sections.add(new Section("positions", m.get("details.section.positions"), positions(p)));
        sections.add(new Section("events", m.get("details.section.events"), events(p)));
        String kind = m.get("details.kind.person");
        String subtitle = p.positions().isEmpty() ? kind : kind + " · " + p.positions().get(0).title().in(locale);
        return new Details(kind, w.personName(p), subtitle, sections, w.cite.whole(p.evidence()));
    }

    private List<Fact> positions(Person p) {
        var facts = new ArrayList<Fact>();
        for (Position pos : p.positions()) {
            facts.add(new Fact(m.get("details.position"), pos.title().in(locale),
                    w.cite.field(p.evidence(), "positions.title")));
            if (pos.organisation() != null) {
                Organisation o = w.data.organisation(pos.organisation()).orElse(null);
                facts.add(new Fact(m.get("details.organisation"), o == null ? pos.organisation() : o.names().in(locale),
                        o == null ? null : m.label("organisation", o.kind().json()),
                        w.cite.field(p.evidence(), "positions.organisation"), o));
            }
            if (pos.place() != null) {
                Place place = w.data.place(pos.place()).orElse(null);
                facts.add(new Fact(m.get("details.place"), place == null ? pos.place() : place.names().in(locale),
                        place == null ? null : w.countryName(place.country()),
                        w.cite.field(p.evidence(), "positions.place"), place));
            }
        }
        return facts;
    }

    /** The events the person attends, by date, each with their role and note there. */
    private List<Fact> events(Person p) {
        record At(Event event, Attendance attendance) {
        }
        var attended = new ArrayList<At>();
        for (Event e : w.data.events()) {
            for (Attendance a : e.people()) {
                if (a.person().equals(p.id())) {
                    attended.add(new At(e, a));
                }
            }
        }
        attended.sort((a, b) -> Meetings.BY_DATE.compare(a.event(), b.event())); // stable: ties keep the file's order
        var facts = new ArrayList<Fact>(attended.size());
        for (At at : attended) {
            Event e = at.event();
            Attendance a = at.attendance();
            String role = m.label("person", a.role().json());
            String note = a.note() == null ? role : role + " · " + a.note().in(locale);
            facts.add(new Fact(w.formats.range(e.start(), e.end()), e.title().in(locale), note,
                    w.cite.all(a.evidence()), e));
        }
        return facts;
    }
}
