package app.delegations.ui.details;

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
 * The details of an organisation: its names; its kind, place (a link) and description, each with the
 * citations that state it; the events it appears in (links, by date, then the order of mention, then the
 * file's order), each with the citations naming it there; and the people holding a position in it (links, with
 * that position), a section only when there are any.
 */
final class OrganisationDetails {
    private final Wording w;
    private final Messages m;
    private final Locale locale;

    OrganisationDetails(Wording wording) {
        this.w = wording;
        this.m = wording.m;
        this.locale = wording.locale;
    }

    Details build(Organisation o) {
        String kind = m.label("organisation", o.kind().json());
        Place place = o.place() == null ? null : w.data.place(o.place()).orElse(null);
        var sections = new ArrayList<Section>();
        sections.add(w.names(o.names(), o.evidence()));
        sections.add(new Section("about", m.get("details.section.about"), about(o, kind, place)));
        sections.add(new Section("events", m.get("details.section.events"), events(o)));
        var people = people(o);
        if (!people.isEmpty()) {
            sections.add(new Section("people", m.get("details.section.people"), people));
        }
        String subtitle = place == null ? kind : kind + " · " + place.names().in(locale);
        return new Details(kind, o.names().in(locale), subtitle, sections, w.cite.whole(o.evidence()));
    }

    private List<Fact> about(Organisation o, String kind, Place place) {
        var about = new ArrayList<Fact>();
        about.add(new Fact(m.get("details.kind"), kind, w.cite.field(o.evidence(), "kind")));
        if (place != null) {
            about.add(new Fact(m.get("details.place"), place.names().in(locale), w.countryName(place.country()),
                    w.cite.field(o.evidence(), "place"), place));
        }
        if (o.description() != null) {
            about.add(new Fact(m.get("details.description"), o.description().in(locale),
                    w.cite.field(o.evidence(), "description")));
        }
        return about;
    }

    /** The events listing the organisation, by date, each with its kind and the citations naming the organisation. */
    private List<Fact> events(Organisation o) {
        var events = new ArrayList<Event>();
        for (Event e : w.data.events()) {
            if (e.organisations().contains(o.id())) {
                events.add(e);
            }
        }
        events.sort(Meetings.BY_DATE);
        var facts = new ArrayList<Fact>();
        for (Event e : events) {
            facts.add(new Fact(w.formats.range(e.start(), e.end()), e.title().in(locale),
                    m.label("event", e.kind().json()), w.cite.field(e.evidence(), "organisations"), e));
        }
        return facts;
    }

    /** The people with a position in the organisation (links), under that position's title. */
    private List<Fact> people(Organisation o) {
        var people = new ArrayList<Fact>();
        for (Person person : w.data.people()) {
            for (Position pos : person.positions()) {
                if (o.id().equals(pos.organisation())) {
                    people.add(new Fact(pos.title().in(locale), w.personName(person), null,
                            w.cite.all(person.evidence()), person));
                }
            }
        }
        return people;
    }
}
