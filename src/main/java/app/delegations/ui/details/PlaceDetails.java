package app.delegations.ui.details;

import app.delegations.index.DatasetIndex;
import app.delegations.model.Event;
import app.delegations.model.Organisation;
import app.delegations.model.Participation;
import app.delegations.model.Person;
import app.delegations.model.Place;
import app.delegations.model.Position;
import app.delegations.ui.common.Messages;
import app.delegations.ui.details.Details.Evidence;
import app.delegations.ui.details.Details.Fact;
import app.delegations.ui.details.Details.Section;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The details of a place: first its {@link Meetings} (a partner's history: the events it took part in, in date
 * order, with its role at each; a presentation it gave is one of them); then its names; its kind, country (a
 * link), roles, coordinates and note; the people holding a position there and its organisations (links; organisations a section only when
 * it has any). There is no separate "events" section: it listed the same events with the same roles and
 * citations, so the meetings replace it.
 */
final class PlaceDetails {
    private final DatasetIndex index;
    private final Meetings meetings;
    private final Wording w;
    private final Messages m;
    private final Locale locale;

    PlaceDetails(DatasetIndex index, Wording wording) {
        this.index = index;
        this.meetings = new Meetings(index, wording);
        this.w = wording;
        this.m = wording.m;
        this.locale = wording.locale;
    }

    Details build(Place p) {
        var sections = new ArrayList<Section>();
        sections.add(meetings.of(p));
        sections.add(w.names(p.names(), p.evidence()));
        sections.add(new Section("about", m.get("details.section.about"), about(p)));
        sections.add(new Section("people", m.get("details.section.people"), people(p)));
        var orgs = new ArrayList<Fact>();
        for (Organisation o : w.data.organisations()) {
            if (p.id().equals(o.place())) {
                orgs.add(new Fact(m.label("organisation", o.kind().json()), o.names().in(locale), null,
                        w.cite.all(o.evidence()), o));
            }
        }
        if (!orgs.isEmpty()) {
            sections.add(new Section("organisations", m.get("details.section.organisations"), orgs));
        }
        String subtitle = m.label("kind", p.kind().json()) + " · " + w.countryName(p.country());
        return new Details(m.label("kind", p.kind().json()), p.names().in(locale), subtitle, sections,
                w.cite.whole(p.evidence()));
    }

    private List<Fact> about(Place p) {
        var about = new ArrayList<Fact>();
        about.add(new Fact(m.get("details.kind"), m.label("kind", p.kind().json()), w.cite.field(p.evidence(), "kind")));
        about.add(new Fact(m.get("details.country"), w.countryName(p.country()), null,
                w.cite.field(p.evidence(), "country"), w.data.country(p.country()).orElse(null)));
        var roles = new ArrayList<String>();
        var roleEvidence = new ArrayList<Evidence>();
        for (Event e : index.eventsOf(p.id())) {
            for (Participation part : e.participants()) {
                if (part.place().equals(p.id())) {
                    String label = m.label("role", part.role().json());
                    if (!roles.contains(label)) {
                        roles.add(label);
                    }
                    roleEvidence.addAll(w.cite.all(part.evidence()));
                }
            }
        }
        if (!roles.isEmpty()) {
            about.add(new Fact(m.get("details.role"), String.join(", ", roles), Citations.dedupe(roleEvidence)));
        }
        if (p.coordinates() != null) {
            var c = p.coordinates();
            about.add(new Fact(m.get("details.coordinates"), w.formats.coordinates(c.lat(), c.lon()),
                    c.seat() == null ? null : m.format("details.coordinates.seat", c.seat()),
                    w.cite.field(p.evidence(), "coordinates"), null));
        }
        if (p.note() != null) {
            about.add(new Fact(m.get("details.note"), p.note().in(locale), w.cite.field(p.evidence(), "note")));
        }
        return about;
    }

    /**
     * The people with a position at the place, or at an organisation of the place: the position's title, the
     * person (a link) and the position's organisation.
     */
    private List<Fact> people(Place p) {
        var people = new ArrayList<Fact>();
        for (Person person : w.data.people()) {
            for (Position pos : person.positions()) {
                String orgPlace = pos.organisation() == null ? null
                        : w.data.organisation(pos.organisation()).map(Organisation::place).orElse(null);
                if (p.id().equals(pos.place()) || p.id().equals(orgPlace)) {
                    String organisation = pos.organisation() == null ? null : w.data.organisation(pos.organisation())
                            .map(o -> o.names().in(locale)).orElse(pos.organisation());
                    people.add(new Fact(pos.title().in(locale), w.personName(person), organisation,
                            w.cite.all(person.evidence()), person));
                }
            }
        }
        return people;
    }
}
