package app.delegations.ui.brief;

import app.delegations.index.DatasetIndex;
import app.delegations.model.Event;
import app.delegations.model.Participation;
import app.delegations.model.Place;
import app.delegations.ui.common.Formats;
import app.delegations.ui.common.Messages;
import app.delegations.ui.common.PaperDocument.Block;
import app.delegations.ui.common.PaperDocument.Heading;
import app.delegations.ui.common.PaperDocument.Paragraph;
import app.delegations.ui.details.Details;
import app.delegations.ui.details.Details.Evidence;
import app.delegations.ui.details.Details.Fact;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The parts of a partner's brief (a place or a country), from its details: what it is (kind, country, roles,
 * note; its first line marked with the quotes of the partner as a whole, of its names, kind and country; each role
 * with the quotes of the parts played in it only), what the office did
 * with it before (its meetings in the archive up to today, in date order, with its role or, for a country, which
 * of its places took part; the meetings the archive dates after today apart, as planned), and its people (a place) or its places (a country); each marked with its quotes' numbers.
 * A line or row with no citation at all says so, as the detail pane does ("brak źródła"): a brief never looks
 * better sourced than the archive is. Past 250 lines because the roles and the places' rows read the same meetings
 * and details as the rest of the brief; apart, each would walk them again.
 *
 * <p>A brief stays a brief for a partner with hundreds of meetings or places: each list gives at most
 * {@link #LISTED} rows — the latest meetings so far, the first people as the details list them, the places with the most
 * meetings (with their number and the last one so far); the planned meetings at most {@link #LISTED_PLANNED}, the soonest — and a line below it counts the rest,
 * which the archive (the detail pane) has in full.
 */
final class PartnerBrief implements BriefMaker.Body {
    /** The most rows a list of the brief gives; the bundled data's lists are all shorter. */
    static final int LISTED = 15;
    /** The most planned meetings a brief gives: the next few, so that a huge partner's brief stays two pages. */
    static final int LISTED_PLANNED = 5;

    private final DatasetIndex index;
    private final Messages m;
    private final Details d;
    /** The place the brief is of; null for a country's. */
    private final Place place;

    /** The day the brief is made for: meetings that begin after it are planned, not "so far". */
    private final LocalDate today;

    PartnerBrief(DatasetIndex index, Messages messages, Details details, Place place, LocalDate today) {
        this.index = index;
        this.m = messages;
        this.d = details;
        this.place = place;
        this.today = today;
    }

    @Override
    public void add(List<Block> blocks, BriefSources sources) {
        // the map's business, not the meeting's; and what the line under the title says ("City · Slovakia")
        Set<String> left = Set.of(m.get("details.coordinates"), m.get("details.kind"), m.get("details.country"));
        List<Evidence> whole = identity(d);
        boolean cited = !whole.isEmpty(); // the record's citations stand for its facts that have none of their own
        blocks.add(Paragraph.of(BriefMaker.marked(d.subtitle(), sources.after(whole))));
        String nativeName = m.get("details.name.native");
        for (Fact f : BriefMaker.facts(d, "names")) { // the name the partner uses, when it is not the title's
            if (f.label().equals(nativeName) && f.value() != null && !f.value().isBlank()
                    && !f.value().equals(d.title())) {
                blocks.add(new Paragraph(f.label() + ":", BriefMaker.marked(f.value(), own(f, cited, sources))));
            }
        }
        String role = m.get("details.role");
        for (Fact f : BriefMaker.facts(d, "about")) {
            if (f.label().equals(role) && place != null) {
                blocks.add(new Paragraph(f.label() + ":", roles(sources)));
            } else if (!left.contains(f.label())) {
                String value = f.note() == null ? f.value() : f.value() + " (" + f.note() + ")";
                blocks.add(new Paragraph(f.label() + ":", BriefMaker.marked(value, own(f, cited, sources))));
            }
        }

        blocks.add(new Heading(m.get("brief.section.meetings")));
        var meetings = new ArrayList<Fact>(); // up to today, in date order
        var planned = new ArrayList<Fact>(); // begun after today
        for (Fact f : BriefMaker.facts(d, "meetings")) {
            (f.link() instanceof Event e && e.start().isAfter(today) ? planned : meetings).add(f);
        }
        List<String> columns = List.of("brief.col.date", "brief.col.meeting",
                d.kind().equals(m.get("details.kind.country")) ? "brief.col.places" : "brief.col.role");
        if (meetings.isEmpty()) {
            blocks.add(Paragraph.of(m.get("brief.meetings.none")));
        } else {
            List<Fact> latest = meetings.subList(Math.max(0, meetings.size() - LISTED), meetings.size());
            blocks.add(rows(latest).table(m, sources, columns, 3, 6, 3));
            more(blocks, "brief.more.meetings", meetings.size() - latest.size());
        }
        if (!planned.isEmpty()) { // the soonest, apart: not met yet
            blocks.add(new Heading(m.get("brief.section.planned")));
            List<Fact> soonest = planned.subList(0, Math.min(LISTED_PLANNED, planned.size()));
            blocks.add(rows(soonest).table(m, sources, columns, 3, 6, 3));
            more(blocks, "brief.more.planned", planned.size() - soonest.size());
        }

        List<Fact> people = BriefMaker.facts(d, "people");
        if (!people.isEmpty()) {
            blocks.add(new Heading(m.get("brief.section.contacts")));
            var rows = new MarkedRows();
            for (Fact f : people.subList(0, Math.min(LISTED, people.size()))) {
                List<String> row = List.of(f.value(), f.label(), f.note() == null ? "" : f.note());
                rows.add(row, row, f.evidence());
            }
            blocks.add(rows.table(m, sources, List.of("brief.col.person", "brief.col.position",
                    "brief.col.organisation"), 3, 3, 4));
            more(blocks, "brief.more.people", people.size() - LISTED);
        }
        List<Fact> places = BriefMaker.facts(d, "places");
        if (!places.isEmpty()) {
            blocks.add(new Heading(m.get("brief.section.places")));
            List<Fact> listed = places;
            if (places.size() > LISTED) { // those with the most meetings, in that order (ties as the details list them)
                var ranked = new ArrayList<>(places);
                ranked.sort(Comparator.comparingInt(this::meetingsOf).reversed());
                listed = ranked.subList(0, LISTED);
            }
            MarkedRows rows = places(listed);
            if (rows.same(1) != null) { // every place of one kind ("City"): the column would say nothing
                blocks.add(rows.without(1).table(m, sources, List.of("brief.col.place", "brief.col.meetings",
                        "brief.col.last"), 6, 2, 3));
            } else {
                blocks.add(rows.table(m, sources, List.of("brief.col.place", "brief.col.kind", "brief.col.meetings",
                        "brief.col.last"), 5, 3, 2, 3));
            }
            more(blocks, "brief.more.places", places.size() - listed.size());
        }
    }

    /**
     * What the first line of a partner's brief says ("City · Slovakia", under its name) is cited by: its citations
     * as a whole, of its names, of its kind and of its country.
     */
    private List<Evidence> identity(Details of) {
        String kind = m.get("details.kind");
        String country = m.get("details.country");
        var evidence = new ArrayList<>(of.evidence());
        BriefMaker.facts(of, "names").forEach(f -> evidence.addAll(f.evidence()));
        BriefMaker.facts(of, "about").stream().filter(f -> f.label().equals(kind) || f.label().equals(country))
                .forEach(f -> evidence.addAll(f.evidence()));
        return evidence;
    }

    /**
     * The marks of a fact about the partner itself (a name, its note): its own citations; when it has none, none
     * when the partner is cited (the first line carries those), else "(brak źródła)".
     */
    private static String own(Fact f, boolean cited, BriefSources sources) {
        return f.evidence().isEmpty() && cited ? "" : sources.after(f.evidence());
    }

    /**
     * The place's roles as the details list them ("Participant, Host"), each followed by the marks of the citations
     * of the parts it played in that role only, or by "(brak źródła)" when none is cited: "Participant [1–5], Host
     * (brak źródła)". A role is a fact of its own, so one role's quotes never stand beside another role.
     */
    private String roles(BriefSources sources) {
        var meetingOf = new IdentityHashMap<Event, Fact>();
        for (Fact f : BriefMaker.facts(d, "meetings")) {
            if (f.link() instanceof Event e) {
                meetingOf.put(e, f);
            }
        }
        var evidenceOf = new LinkedHashMap<String, List<Evidence>>(); // in the order the details name the roles
        for (Event e : index.eventsOf(place.id())) {
            Fact meeting = meetingOf.get(e);
            // a meeting the place is named in cites its parts there, each part's citations in turn
            List<Evidence> cited = meeting == null || index.directRole(e, place.id()) == null ? List.of()
                    : meeting.evidence();
            int at = 0;
            for (Participation part : e.participants()) {
                if (part.place().equals(place.id())) {
                    int n = Math.min(part.evidence().size(), cited.size() - at);
                    evidenceOf.computeIfAbsent(m.label("role", part.role().json()), k -> new ArrayList<>())
                            .addAll(cited.subList(at, at + n));
                    at += n;
                }
            }
        }
        var roles = new ArrayList<String>();
        for (Map.Entry<String, List<Evidence>> r : evidenceOf.entrySet()) {
            roles.add(BriefMaker.marked(r.getKey(), sources.after(r.getValue())));
        }
        return String.join(", ", roles);
    }

    /** How many meetings the archive has for the place a fact links to (none for another fact). */
    private int meetingsOf(Fact f) {
        return f.link() instanceof Place p ? index.eventsOf(p.id()).size() : 0;
    }

    /**
     * One row per place: its name, kind, how many meetings the archive has for it and the date of the last one up
     * to today (blank when all are planned) — why it is among the places listed — marked with the place's citations
     * as a whole; a place with none of those but cited for some fields (its names) has no mark, its own brief giving
     * those quotes (fifteen places' names quoted here would push a country's brief to a third page); only a place
     * with no citation at all says "brak źródła".
     */
    private MarkedRows places(List<Fact> facts) {
        var rows = new MarkedRows();
        var formats = new Formats(m.locale());
        for (int i = 0; i < facts.size(); i++) {
            Fact f = facts.get(i);
            LocalDate last = null;
            if (f.link() instanceof Place p) {
                for (Event e : index.eventsOf(p.id())) {
                    if (!e.start().isAfter(today) && (last == null || e.start().isAfter(last))) {
                        last = e.start();
                    }
                }
            }
            List<String> key = List.of(String.valueOf(i));
            rows.add(key, List.of(f.value(), f.label(),
                    NumberFormat.getIntegerInstance(m.locale()).format(meetingsOf(f)), last == null ? "" : formats.date(last)), f.evidence());
            if (f.link() instanceof Place p && !p.evidence().isEmpty()) { // cited for some fields: its brief quotes them
                rows.cited(key);
            }
        }
        return rows;
    }

    /** The line under a list that counts the {@code left} rows it does not give, if any. */
    private void more(List<Block> blocks, String key, int left) {
        if (left > 0) {
            blocks.add(Paragraph.of(m.count(key, left)));
        }
    }

    /** One row per fact: its label, value and note. */
    private static MarkedRows rows(List<Fact> facts) {
        var rows = new MarkedRows();
        for (int i = 0; i < facts.size(); i++) {
            Fact f = facts.get(i);
            List<Evidence> evidence = f.evidence();
            rows.add(List.of(String.valueOf(i)), List.of(f.label(), f.value(), f.note() == null ? "" : f.note()),
                    evidence);
        }
        return rows;
    }
}
