package app.delegations.ui.brief;

import app.delegations.index.DatasetIndex;
import app.delegations.model.Attendance;
import app.delegations.model.Event;
import app.delegations.model.Person;
import app.delegations.model.PersonRole;
import app.delegations.model.Place;
import app.delegations.model.PlaceRole;
import app.delegations.text.Quotes;
import app.delegations.ui.common.Formats;
import app.delegations.ui.common.Messages;
import app.delegations.ui.common.PaperDocument.Block;
import app.delegations.ui.common.PaperDocument.Heading;
import app.delegations.ui.common.PaperDocument.Paragraph;
import app.delegations.ui.details.Details;
import app.delegations.ui.details.Details.Evidence;
import app.delegations.ui.details.Details.Fact;
import app.delegations.ui.details.DetailsBuilder;
import java.text.Collator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The parts of an event's brief: its facts (kind, dates, the event it is part of, venue, place), the partners by
 * country with their roles (a role they all share said once, above them; an event with its enclosing event's
 * partners says so once, and gives their roles there: the host as host), the programme (the events inside it, at any depth, by date and then in the order the
 * source gives them), who spoke at it or inside it (the people the data records as speakers) and, apart, the
 * others recorded there (an honorary guest is not a speaker), and the partners' earlier meetings (each partner's latest
 * {@link #EARLIER_PER_PARTNER}, one row per meeting naming its partners, the rest counted). Each fact, partner,
 * person and programme step is marked with its quotes' numbers in the {@link BriefSources}; a step of the programme
 * stands for the facts of its event (kind, date, place, description), whose quotes it is marked with.
 *
 * Past 250 lines because the brief's sections share the event's programme and partners: split, each part would
 * walk the programme again.
 */
final class EventBrief implements BriefMaker.Body {
    /** Earlier meetings listed per partner; the others are counted in one row. */
    static final int EARLIER_PER_PARTNER = 3;
    private static final Comparator<Event> BY_DATE = Comparator.comparing(Event::start).thenComparingInt(Event::order);

    private final DatasetIndex index;
    private final Messages m;
    private final Formats formats;
    private final Event event;
    private final Details details;
    /** The events inside it, in the programme's order, with their details. */
    private final Map<Event, Details> inside = new LinkedHashMap<>();
    private final List<Fact> partners;
    private final List<List<String>> earlier;
    /** The day the brief is made: a planned meeting (begun after it) is not an earlier meeting. */
    private final LocalDate today;

    EventBrief(DatasetIndex index, Messages messages, DetailsBuilder builder, Event e, Details d, LocalDate today) {
        this.today = today;
        this.index = index;
        this.m = messages;
        this.formats = new Formats(messages.locale());
        this.event = e;
        this.details = d;
        for (Event child : programme(e)) {
            inside.put(child, builder.build(child));
        }
        var sorted = new ArrayList<>(BriefMaker.facts(d, "participants"));
        sorted.sort(Comparator.comparing(Fact::label, Collator.getInstance(m.locale()))); // stable: the event's order
        this.partners = List.copyOf(sorted);
        this.earlier = earlier(e, partners);
    }

    @Override
    public void add(List<Block> blocks, BriefSources sources) {
        String date = m.get("details.date");
        List<Evidence> whole = details.evidence(); // the event as a whole: marked on its first line
        boolean cited = !whole.isEmpty(); // and standing for the facts with no citation of their own
        for (Fact f : BriefMaker.facts(details, "about")) { // the date's note is its order that day: not for paper
            String value = f.note() == null || f.label().equals(date) ? f.value() : f.value() + " (" + f.note() + ")";
            var evidence = new ArrayList<>(whole);
            evidence.addAll(f.evidence());
            whole = List.of();
            String mark = evidence.isEmpty() && cited ? "" : sources.after(evidence); // none at all: "(brak źródła)"
            blocks.add(new Paragraph(f.label() + ":", BriefMaker.marked(value, mark)));
        }

        blocks.add(new Heading(m.get("brief.section.partners")));
        Event via = definer(event);
        if (via != null && via != event && !partners.isEmpty()) { // said once; each row gives its role there
            blocks.add(Paragraph.of(m.format("brief.partners.through",
                    Quotes.nested(via.title().in(m.locale()), m.locale()))));
        }
        var byCountry = new MarkedRows(); // one row per country and role: "Serbia | Kragujevac, Vranje"
        for (Fact f : partners) {
            String note = f.note() == null ? "" : f.note();
            if (via != null && via != event && f.link() instanceof Place p) { // "Host", not "as host of “…”"
                PlaceRole role = index.directRole(via, p.id());
                note = role == null ? note : m.label("role", role.json());
            }
            byCountry.join(List.of(f.label(), note), List.of(f.label(), f.value(), note), 1, f.evidence());
        }
        String role = byCountry.same(2);
        if (role != null && !role.isEmpty() && partners.size() > 1) { // said once: "as a participant in …"
            blocks.add(new Paragraph(m.get("brief.col.role") + ":", role));
            blocks.add(byCountry.without(2).table(m, sources, List.of("brief.col.country", "brief.col.partners"), 3, 8));
        } else {
            blocks.add(byCountry.table(m, sources, List.of("brief.col.country", "brief.col.partners",
                    "brief.col.role"), 3, 6, 2));
        }

        var people = new MarkedRows(); // who spoke
        var present = new MarkedRows(); // everyone else the data records at it: an honorary guest did not speak
        addPeople(event, details, people, present);
        if (!inside.isEmpty()) {
            blocks.add(new Heading(m.get("brief.section.programme")));
            var steps = new MarkedRows();
            for (Map.Entry<Event, Details> step : inside.entrySet()) {
                Event child = step.getKey();
                var evidence = new ArrayList<>(step.getValue().evidence());
                BriefMaker.facts(step.getValue(), "about").forEach(f -> evidence.addAll(f.evidence()));
                String indent = "  ".repeat(depth(child, event) - 1);
                steps.add(List.of(child.id()), List.of(formats.range(child.start(), child.end()),
                        indent + child.title().in(m.locale()), m.label("event", child.kind().json())), evidence);
                addPeople(child, step.getValue(), people, present);
            }
            blocks.add(steps.table(m, sources, List.of("brief.col.date", "brief.col.event", "brief.col.kind"), 2.6, 6.9, 2.5));
        }

        blocks.add(new Heading(m.get("brief.section.people")));
        if (people.isEmpty()) {
            blocks.add(Paragraph.of(m.get(present.isEmpty() ? "brief.people.none" : "brief.people.nospeaker")));
        } else {
            blocks.add(people.table(m, sources, List.of("brief.col.person", "brief.col.role", "brief.col.what"),
                    3, 2, 5));
        }
        if (!present.isEmpty()) {
            blocks.add(new Heading(m.get("brief.section.present")));
            blocks.addAll(present.lines(sources)); // a line each: a table's header would push a brief to a third page
        }

        blocks.add(new Heading(m.get("brief.section.earlier")));
        if (earlier.isEmpty()) {
            blocks.add(Paragraph.of(m.get("brief.earlier.none")));
        } else {
            blocks.add(BriefMaker.table(m, earlier, List.of("brief.col.date", "brief.col.meeting", "brief.col.partners"),
                    2, 5, 3));
        }
    }

    /**
     * The event whose participants {@code e} has: itself when it names some, else its nearest enclosing event that
     * does; null when none does or the parents loop.
     */
    private Event definer(Event e) {
        var seen = new HashSet<String>();
        for (Event x = e; x != null && seen.add(x.id());
             x = x.parent() == null ? null : index.dataset().event(x.parent()).orElse(null)) {
            if (!x.participants().isEmpty()) {
                return x;
            }
        }
        return null;
    }

    /** The events inside {@code e} at any depth, each followed by those inside it, by date within a level. */
    private List<Event> programme(Event e) {
        var out = new ArrayList<Event>();
        var visited = new HashSet<String>();
        visited.add(e.id());
        addInside(e, out, visited);
        return out;
    }

    private void addInside(Event e, List<Event> out, Set<String> visited) {
        var children = new ArrayList<>(index.children(e));
        children.sort(BY_DATE);
        for (Event child : children) {
            if (visited.add(child.id())) { // a cycle of parents (a broken file) ends here
                out.add(child);
                addInside(child, out, visited);
            }
        }
    }

    private int depth(Event child, Event top) {
        int depth = 0;
        var seen = new HashSet<String>();
        for (Event x = child; x != null && !x.id().equals(top.id()) && seen.add(x.id());
             x = x.parent() == null ? null : index.dataset().event(x.parent()).orElse(null)) {
            depth++;
        }
        return Math.max(depth, 1);
    }

    /**
     * The people of the event's details, each with their role and what they did (or their positions), once: those
     * the data records as speakers in {@code spoke}, anyone else recorded at it (a host official, an honorary guest,
     * a participant) in {@code present}.
     */
    private void addPeople(Event e, Details d, MarkedRows spoke, MarkedRows present) {
        for (Fact f : BriefMaker.facts(d, "people")) {
            List<String> row = List.of(f.value(), f.label(), f.note() == null ? "" : f.note());
            (spoke(e, f) ? spoke : present).add(row, row, f.evidence());
        }
    }

    /** Whether the person of a fact of the event's people attends it as a speaker (the fact's label is the role). */
    private boolean spoke(Event e, Fact f) {
        if (!(f.link() instanceof Person p)) {
            return false;
        }
        for (Attendance a : e.people()) {
            if (a.person().equals(p.id()) && a.role() == PersonRole.SPEAKER
                    && f.label().equals(m.label("person", a.role().json()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The partners' meetings before the event began and held by today (a brief of a planned event lists no other
     * planned meeting as earlier), outside it and not containing it: each partner's latest
     * {@link #EARLIER_PER_PARTNER}, one row per meeting naming the partners at it, newest first; then a row
     * counting the partners' other earlier meetings.
     */
    private List<List<String>> earlier(Event e, List<Fact> partners) {
        Set<String> family = family(e);
        var at = new LinkedHashMap<Event, List<String>>(); // each meeting shown, and the partners named at it
        var others = new HashSet<String>();
        var done = new HashSet<String>();
        for (Fact f : partners) {
            if (!(f.link() instanceof Place p) || !done.add(p.id())) {
                continue;
            }
            var before = new ArrayList<Event>();
            for (Event x : index.eventsOf(p.id())) {
                if (x.start().isBefore(e.start()) && !x.start().isAfter(today) && !family.contains(x.id())) {
                    before.add(x);
                }
            }
            before.sort(BY_DATE.reversed());
            for (int i = 0; i < before.size(); i++) {
                if (i < EARLIER_PER_PARTNER) {
                    at.computeIfAbsent(before.get(i), k -> new ArrayList<>()).add(p.names().in(m.locale()));
                } else {
                    others.add(before.get(i).id());
                }
            }
        }
        var meetings = new ArrayList<>(at.keySet());
        meetings.sort(BY_DATE.reversed());
        var rows = new ArrayList<List<String>>();
        for (Event x : meetings) {
            rows.add(List.of(formats.range(x.start(), x.end()), x.title().in(m.locale()), String.join(", ", at.get(x))));
        }
        others.removeAll(meetings.stream().map(Event::id).toList());
        if (!others.isEmpty()) {
            rows.add(List.of("", m.count("brief.earlier.more", others.size()), ""));
        }
        return rows;
    }

    /** The ids of the event, the events it is inside and those inside it. */
    private Set<String> family(Event e) {
        var ids = new HashSet<String>();
        for (Event x = e; x != null && ids.add(x.id());
             x = x.parent() == null ? null : index.dataset().event(x.parent()).orElse(null)) {
            // up to the top-level event
        }
        for (Event x : programme(e)) {
            ids.add(x.id());
        }
        return ids;
    }
}
