package app.delegations.ui.details;

import app.delegations.index.DatasetIndex;
import app.delegations.model.Attendance;
import app.delegations.model.Dataset;
import app.delegations.model.Event;
import app.delegations.model.Participation;
import app.delegations.model.PlaceRole;
import app.delegations.text.Quotes;
import app.delegations.ui.common.Messages;
import app.delegations.ui.details.Details.Fact;
import app.delegations.ui.details.Details.Section;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;

/**
 * The details of an event: its kind, date and order, the event it is part of, venue, place and description;
 * the events inside it and its organisations (sections only when there are any); its participants (its own,
 * or those of the nearest enclosing event that names some, said to attend through it) and its people.
 * Related events, places, people and organisations are links.
 */
final class EventDetails {
    private final DatasetIndex index;
    private final Wording w;
    private final Messages m;
    private final Locale locale;

    EventDetails(DatasetIndex index, Wording wording) {
        this.index = index;
        this.w = wording;
        this.m = wording.m;
        this.locale = wording.locale;
    }

    /**
     * The event itself when it names participants, else its nearest enclosing event that does; null when none
     * does. A cycle of parents (a broken file) ends the search instead of looping.
     */
    static Event firstWithParticipants(Dataset data, Event event) {
        var seen = new HashSet<String>();
        for (Event e = event; e != null && seen.add(e.id());
             e = e.parent() == null ? null : data.event(e.parent()).orElse(null)) {
            if (!e.participants().isEmpty()) {
                return e;
            }
        }
        return null;
    }

    /**
     * How a place attends an event through the enclosing event {@code via}, in its role there: "as host of “…”"
     * for the host, not "as a participant in" the event it hosts; a quotation in the title nested in the
     * language's inner marks ({@link Quotes#nested}).
     */
    static String through(Messages m, PlaceRole role, String viaTitle) {
        String key = switch (role) {
            case HOST -> "details.event.through.host";
            case PRESENTER -> "details.event.through.presenter";
            case PARTICIPANT -> "details.event.through";
        };
        return m.format(key, Quotes.nested(viaTitle, m.locale()));
    }

    Details build(Event e) {
        var sections = new ArrayList<Section>();
        sections.add(new Section("about", m.get("details.section.about"), about(e)));
        var inside = new ArrayList<Fact>();
        for (Event child : index.children(e)) {
            inside.add(new Fact(w.formats.range(child.start(), child.end()), child.title().in(locale),
                    m.label("event", child.kind().json()), List.of(), child));
        }
        if (!inside.isEmpty()) {
            sections.add(new Section("inside", m.get("details.section.inside"), inside));
        }
        sections.add(new Section("participants", m.get("details.section.participants"), participants(e)));
        var people = new ArrayList<Fact>();
        for (Attendance a : e.people()) {
            w.data.person(a.person()).ifPresent(person -> people.add(new Fact(m.label("person", a.role().json()),
                    w.personName(person), a.note() == null ? w.positions(person) : a.note().in(locale),
                    w.cite.all(a.evidence()), person)));
        }
        sections.add(new Section("people", m.get("details.section.people"), people));
        var orgs = new ArrayList<Fact>();
        for (String id : e.organisations()) {
            w.data.organisation(id).ifPresent(o -> orgs.add(new Fact(m.label("organisation", o.kind().json()),
                    o.names().in(locale), null, w.cite.all(o.evidence()), o)));
        }
        if (!orgs.isEmpty()) {
            sections.add(new Section("organisations", m.get("details.section.organisations"), orgs));
        }
        return new Details(m.label("event", e.kind().json()), e.title().in(locale),
                m.label("event", e.kind().json()) + " · " + w.formats.range(e.start(), e.end()), sections,
                w.cite.whole(e.evidence()));
    }

    private List<Fact> about(Event e) {
        var about = new ArrayList<Fact>();
        about.add(new Fact(m.get("details.kind"), m.label("event", e.kind().json()), w.cite.field(e.evidence(), "kind")));
        about.add(new Fact(m.get("details.date"), w.formats.range(e.start(), e.end()),
                m.format("details.order", e.order()), w.cite.field(e.evidence(), "start"), null));
        if (e.parent() != null) {
            w.data.event(e.parent()).ifPresent(parent -> about.add(new Fact(m.get("details.parent"),
                    parent.title().in(locale), null, w.cite.field(e.evidence(), "parent"), parent)));
        }
        if (e.venue() != null) {
            w.data.venue(e.venue()).ifPresent(v -> about.add(new Fact(m.get("details.venue"), v.names().in(locale),
                    v.description() == null ? null : v.description().in(locale), w.cite.all(v.evidence()), null)));
        }
        if (e.place() != null) {
            w.data.place(e.place()).ifPresent(p -> about.add(new Fact(m.get("details.place"), p.names().in(locale),
                    null, w.cite.field(e.evidence(), "place"), p)));
        }
        if (e.description() != null) {
            about.add(new Fact(m.get("details.description"), e.description().in(locale),
                    w.cite.field(e.evidence(), "description")));
        }
        return about;
    }

    /**
     * Its own participants with their roles, or those it inherits, each said to attend through that event in its
     * role there.
     */
    private List<Fact> participants(Event e) {
        var participants = new ArrayList<Fact>();
        Event via = firstWithParticipants(w.data, e);
        if (via != null) {
            String viaTitle = via.title().in(locale);
            for (Participation part : via.participants()) {
                String role = via == e ? m.label("role", part.role().json()) : through(m, part.role(), viaTitle);
                w.data.place(part.place()).ifPresent(p -> participants.add(new Fact(w.countryName(p.country()),
                        p.names().in(locale), role, w.cite.all(part.evidence()), p)));
            }
        }
        return participants;
    }
}
