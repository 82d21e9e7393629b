package app.delegations.ui.details;

import app.delegations.model.Entity;
import app.delegations.model.Attendance;
import app.delegations.model.Citation;
import app.delegations.model.Country;
import app.delegations.model.Dataset;
import app.delegations.model.Event;
import app.delegations.model.Names;
import app.delegations.model.Organisation;
import app.delegations.model.Participation;
import app.delegations.model.Person;
import app.delegations.model.Place;
import app.delegations.model.PlaceRole;
import app.delegations.model.Position;
import app.delegations.model.Source;
import app.delegations.ui.common.Formats;
import app.delegations.ui.common.Messages;
import app.delegations.ui.details.Details.Evidence;
import app.delegations.ui.details.Details.Fact;
import app.delegations.ui.details.Details.Section;
import app.delegations.index.DatasetIndex;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Builds the {@link Details} of a place, country or event in one language. Pure: no UI, no state. */
final class DetailsBuilder {
    private final DatasetIndex index;
    private final Dataset data;
    private final Messages m;
    private final Locale locale;
    private final Formats formats;

    DetailsBuilder(DatasetIndex index, Messages messages) {
        this.index = index;
        this.data = index.dataset();
        this.m = messages;
        this.locale = messages.locale();
        this.formats = new Formats(locale);
    }

    Details build(Entity record) {
        if (record instanceof Place p) {
            return place(p);
        }
        if (record instanceof Country c) {
            return country(c);
        }
        if (record instanceof Event e) {
            return event(e);
        }
        return null;
    }

    private Details place(Place p) {
        var sections = new ArrayList<Section>();
        sections.add(names(p.names(), p.evidence()));
        var about = new ArrayList<Fact>();
        about.add(new Fact(m.get("details.kind"), m.label("kind", p.kind().json()), field(p.evidence(), "kind")));
        about.add(new Fact(m.get("details.country"), countryName(p.country()), null, field(p.evidence(), "country"),
                data.country(p.country()).orElse(null)));
        var roles = new ArrayList<String>();
        var roleEvidence = new ArrayList<Evidence>();
        for (Event e : index.eventsOf(p.id())) {
            for (Participation part : e.participants()) {
                if (part.place().equals(p.id())) {
                    String label = m.label("role", part.role().json());
                    if (!roles.contains(label)) {
                        roles.add(label);
                    }
                    roleEvidence.addAll(evidence(part.evidence()));
                }
            }
        }
        if (!roles.isEmpty()) {
            about.add(new Fact(m.get("details.role"), String.join(", ", roles), dedupe(roleEvidence)));
        }
        if (p.coordinates() != null) {
            var c = p.coordinates();
            about.add(new Fact(m.get("details.coordinates"), formats.coordinates(c.lat(), c.lon()),
                    c.seat() == null ? null : m.format("details.coordinates.seat", c.seat()),
                    field(p.evidence(), "coordinates"), null));
        }
        if (p.note() != null) {
            about.add(new Fact(m.get("details.note"), p.note().in(locale), field(p.evidence(), "note")));
        }
        sections.add(new Section("about", m.get("details.section.about"), about));

        var events = new ArrayList<Fact>();
        for (Event e : index.eventsOf(p.id())) {
            PlaceRole role = index.directRole(e, p.id());
            String note;
            List<Evidence> ev;
            if (role != null) {
                note = m.label("role", role.json());
                ev = participationEvidence(e, p.id());
            } else {
                Event via = firstWithParticipants(e);
                note = via == null ? null : m.format("details.event.through", via.title().in(locale));
                ev = List.of();
            }
            events.add(new Fact(formats.range(e.start(), e.end()), e.title().in(locale), note, ev, e));
        }
        sections.add(new Section("events", m.get("details.section.events"), events));

        var people = new ArrayList<Fact>();
        for (Person person : data.people()) {
            for (Position pos : person.positions()) {
                String orgPlace = pos.organisation() == null ? null
                        : data.organisation(pos.organisation()).map(Organisation::place).orElse(null);
                if (p.id().equals(pos.place()) || p.id().equals(orgPlace)) {
                    people.add(new Fact(personName(person), position(pos), evidence(person.evidence())));
                }
            }
        }
        sections.add(new Section("people", m.get("details.section.people"), people));

        var orgs = new ArrayList<Fact>();
        for (Organisation o : data.organisations()) {
            if (p.id().equals(o.place())) {
                orgs.add(new Fact(m.label("organisation", o.kind().json()), o.names().in(locale), evidence(o.evidence())));
            }
        }
        if (!orgs.isEmpty()) {
            sections.add(new Section("organisations", m.get("details.section.organisations"), orgs));
        }
        String subtitle = m.label("kind", p.kind().json()) + " · " + countryName(p.country());
        return new Details(m.label("kind", p.kind().json()), p.names().in(locale), subtitle, sections,
                whole(p.evidence()));
    }

    private Details country(Country c) {
        var sections = new ArrayList<Section>();
        sections.add(names(c.names(), c.evidence()));
        sections.add(new Section("about", m.get("details.section.about"),
                List.of(new Fact(m.get("details.code"), c.code(), field(c.evidence(), "code")))));
        var places = new ArrayList<Fact>();
        for (Place p : data.places()) {
            if (p.country().equals(c.code())) {
                places.add(new Fact(m.label("kind", p.kind().json()), p.names().in(locale), null, whole(p.evidence()), p));
            }
        }
        sections.add(new Section("places", m.get("details.section.places"), places));
        return new Details(m.get("details.kind.country"), c.names().in(locale),
                c.code() + " · " + m.count("details.places.count", places.size()), sections, whole(c.evidence()));
    }

    private Details event(Event e) {
        var sections = new ArrayList<Section>();
        var about = new ArrayList<Fact>();
        about.add(new Fact(m.get("details.kind"), m.label("event", e.kind().json()), field(e.evidence(), "kind")));
        about.add(new Fact(m.get("details.date"), formats.range(e.start(), e.end()),
                m.format("details.order", e.order()), field(e.evidence(), "start"), null));
        if (e.parent() != null) {
            data.event(e.parent()).ifPresent(parent -> about.add(new Fact(m.get("details.parent"),
                    parent.title().in(locale), null, field(e.evidence(), "parent"), parent)));
        }
        if (e.venue() != null) {
            data.venue(e.venue()).ifPresent(v -> about.add(new Fact(m.get("details.venue"), v.names().in(locale),
                    v.description() == null ? null : v.description().in(locale), evidence(v.evidence()), null)));
        }
        if (e.place() != null) {
            data.place(e.place()).ifPresent(p -> about.add(new Fact(m.get("details.place"), p.names().in(locale), null,
                    field(e.evidence(), "place"), p)));
        }
        if (e.description() != null) {
            about.add(new Fact(m.get("details.description"), e.description().in(locale), field(e.evidence(), "description")));
        }
        sections.add(new Section("about", m.get("details.section.about"), about));

        var inside = new ArrayList<Fact>();
        for (Event child : index.children(e)) {
            inside.add(new Fact(formats.range(child.start(), child.end()), child.title().in(locale),
                    m.label("event", child.kind().json()), List.of(), child));
        }
        if (!inside.isEmpty()) {
            sections.add(new Section("inside", m.get("details.section.inside"), inside));
        }

        var participants = new ArrayList<Fact>();
        Event via = firstWithParticipants(e);
        String inherited = via == null || via == e ? null : m.format("details.event.through", via.title().in(locale));
        if (via != null) {
            for (Participation part : via.participants()) {
                data.place(part.place()).ifPresent(p -> participants.add(new Fact(countryName(p.country()),
                        p.names().in(locale), inherited == null ? m.label("role", part.role().json()) : inherited,
                        evidence(part.evidence()), p)));
            }
        }
        sections.add(new Section("participants", m.get("details.section.participants"), participants));

        var people = new ArrayList<Fact>();
        for (Attendance a : e.people()) {
            data.person(a.person()).ifPresent(person -> people.add(new Fact(m.label("person", a.role().json()),
                    personName(person), a.note() == null ? positions(person) : a.note().in(locale),
                    evidence(a.evidence()), null)));
        }
        sections.add(new Section("people", m.get("details.section.people"), people));

        var orgs = new ArrayList<Fact>();
        for (String id : e.organisations()) {
            data.organisation(id).ifPresent(o -> orgs.add(new Fact(m.label("organisation", o.kind().json()),
                    o.names().in(locale), evidence(o.evidence()))));
        }
        if (!orgs.isEmpty()) {
            sections.add(new Section("organisations", m.get("details.section.organisations"), orgs));
        }
        return new Details(m.label("event", e.kind().json()), e.title().in(locale),
                m.label("event", e.kind().json()) + " · " + formats.range(e.start(), e.end()), sections, whole(e.evidence()));
    }

    private Section names(Names names, List<Citation> evidence) {
        var facts = new ArrayList<Fact>();
        facts.add(new Fact(m.get("details.name.pl"), names.pl(), field(evidence, "names.pl")));
        facts.add(new Fact(m.get("details.name.en"), names.en(), field(evidence, "names.en")));
        facts.add(new Fact(m.get("details.name.native"), names.nativeName(), field(evidence, "names.native")));
        if (!names.aliases().isEmpty()) {
            facts.add(new Fact(m.get("details.name.aliases"), String.join(", ", names.aliases()),
                    field(evidence, "names.aliases")));
        }
        return new Section("names", m.get("details.section.names"), facts);
    }

    private Event firstWithParticipants(Event event) {
        var seen = new java.util.HashSet<String>();
        for (Event e = event; e != null && seen.add(e.id());
             e = e.parent() == null ? null : data.event(e.parent()).orElse(null)) {
            if (!e.participants().isEmpty()) {
                return e;
            }
        }
        return null;
    }

    private List<Evidence> participationEvidence(Event e, String placeId) {
        var list = new ArrayList<Evidence>();
        for (Participation part : e.participants()) {
            if (part.place().equals(placeId)) {
                list.addAll(evidence(part.evidence()));
            }
        }
        return list;
    }

    private String countryName(String code) {
        return data.country(code).map(c -> c.names().in(locale)).orElse(code);
    }

    private String personName(Person p) {
        String name = p.names().in(locale);
        return p.honorific() == null ? name : p.honorific() + " " + name;
    }

    private String positions(Person p) {
        var list = new ArrayList<String>();
        for (Position pos : p.positions()) {
            list.add(position(pos));
        }
        return list.isEmpty() ? null : String.join("; ", list);
    }

    private String position(Position pos) {
        String s = pos.title().in(locale);
        if (pos.organisation() != null) {
            s += ", " + data.organisation(pos.organisation()).map(o -> o.names().in(locale)).orElse(pos.organisation());
        }
        if (pos.place() != null) {
            s += ", " + data.place(pos.place()).map(pl -> pl.names().in(locale)).orElse(pos.place());
        }
        return s;
    }

    /** Citations naming this field (not the whole-record ones, shown once under the record). */
    private List<Evidence> field(List<Citation> citations, String field) {
        var list = new ArrayList<Evidence>();
        for (Citation c : citations) {
            if (!c.fields().isEmpty() && c.covers(field)) {
                list.add(evidence(c));
            }
        }
        return list;
    }

    private List<Evidence> whole(List<Citation> citations) {
        var list = new ArrayList<Evidence>();
        for (Citation c : citations) {
            if (c.fields().isEmpty()) {
                list.add(evidence(c));
            }
        }
        return list;
    }

    private List<Evidence> evidence(List<Citation> citations) {
        var list = new ArrayList<Evidence>(citations.size());
        for (Citation c : citations) {
            list.add(evidence(c));
        }
        return list;
    }

    private Evidence evidence(Citation c) {
        // with one source there is nothing to tell apart: its title would only repeat under every quote
        String sourceTitle = c.source() == null || data.sources().size() < 2 ? null
                : data.source(c.source()).map(Source::title).map(t -> t.in(locale)).orElse(c.source());
        return new Evidence(c.basis(), m.label("basis", c.basis().json()), c.quote(),
                c.reason() == null ? null : c.reason().in(locale), c.source(), sourceTitle, c.hasQuote() ? c.start() : -1,
                c.hasQuote() ? c.end() : -1);
    }

    private static List<Evidence> dedupe(List<Evidence> list) {
        return List.copyOf(new java.util.LinkedHashSet<>(list));
    }
}
