package app.delegations.ui.brief;

import app.delegations.index.DatasetIndex;
import app.delegations.model.Event;
import app.delegations.model.Place;
import app.delegations.ui.common.Formats;
import app.delegations.ui.common.Messages;
import app.delegations.ui.common.PaperDocument.Block;
import app.delegations.ui.common.PaperDocument.Heading;
import app.delegations.ui.common.PaperDocument.Paragraph;
import app.delegations.ui.details.Details;
import app.delegations.ui.details.Details.Fact;
import app.delegations.ui.details.DetailsBuilder;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;

/**
 * The parts of an event's brief: its facts (kind, dates, the event it is part of, venue, place), the partners by
 * country with their roles, the programme (the events inside it, at any depth, by date and then in the order the
 * source gives them), who spoke at it or inside it, and the partners' earlier meetings (each partner's latest
 * {@link #EARLIER_PER_PARTNER}, one row per meeting naming its partners, the rest counted). The quotes of what
 * it shows go to the {@link BriefSources}: of its facts, partners and people, and of the facts and people of the
 * events inside it.
 */
final class EventBrief {
    /** Earlier meetings listed per partner; the others are counted in one row. */
    static final int EARLIER_PER_PARTNER = 3;
    /** The sections of an event's details the brief shows, whose quotes it gives; of an event inside it, fewer. */
    private static final List<String> SHOWN = List.of("about", "participants", "people");
    private static final List<String> SHOWN_INSIDE = List.of("about", "people");
    private static final Comparator<Event> BY_DATE = Comparator.comparing(Event::start).thenComparingInt(Event::order);

    private final DatasetIndex index;
    private final Messages m;
    private final DetailsBuilder details;
    private final Formats formats;

    EventBrief(DatasetIndex index, Messages messages, DetailsBuilder details) {
        this.index = index;
        this.m = messages;
        this.details = details;
        this.formats = new Formats(messages.locale());
    }

    void add(Event e, Details d, List<Block> blocks, BriefSources sources) {
        String date = m.get("details.date");
        for (Fact f : BriefMaker.facts(d, "about")) { // the date's note is its order that day: not for paper
            blocks.add(new Paragraph(f.label() + ":", f.note() == null || f.label().equals(date) ? f.value()
                    : f.value() + " (" + f.note() + ")"));
        }
        sources.addAll(d, SHOWN);

        blocks.add(new Heading(m.get("brief.section.partners")));
        var partners = new ArrayList<>(BriefMaker.facts(d, "participants"));
        Collator collator = Collator.getInstance(m.locale());
        partners.sort(Comparator.comparing(Fact::label, collator)); // stable: each country's in the event's order
        var rows = new ArrayList<List<String>>(); // one row per country and role: "Serbia | Kragujevac, Vranje"
        var rowOf = new HashMap<List<String>, Integer>();
        for (Fact f : partners) {
            List<String> key = List.of(f.label(), f.note() == null ? "" : f.note());
            Integer at = rowOf.get(key);
            if (at == null) {
                rowOf.put(key, rows.size());
                rows.add(List.of(key.get(0), f.value(), key.get(1)));
            } else {
                List<String> row = rows.get(at);
                rows.set(at, List.of(row.get(0), row.get(1) + ", " + f.value(), row.get(2)));
            }
        }
        blocks.add(BriefMaker.table(m, rows, List.of("brief.col.country", "brief.col.partners", "brief.col.role"), 2, 5, 2));

        List<Event> programme = programme(e);
        var people = new ArrayList<List<String>>();
        var seen = new HashSet<List<String>>();
        addPeople(d, people, seen);
        if (!programme.isEmpty()) {
            blocks.add(new Heading(m.get("brief.section.programme")));
            var steps = new ArrayList<List<String>>();
            for (Event child : programme) {
                String indent = "  ".repeat(depth(child, e) - 1);
                steps.add(List.of(formats.range(child.start(), child.end()), indent + child.title().in(m.locale()),
                        m.label("event", child.kind().json())));
                Details inside = details.build(child);
                addPeople(inside, people, seen);
                sources.addAll(inside, SHOWN_INSIDE);
            }
            blocks.add(BriefMaker.table(m, steps, List.of("brief.col.date", "brief.col.event", "brief.col.kind"), 2, 6, 2));
        }

        blocks.add(new Heading(m.get("brief.section.people")));
        if (people.isEmpty()) {
            blocks.add(Paragraph.of(m.get("brief.people.none")));
        } else {
            blocks.add(BriefMaker.table(m, people, List.of("brief.col.person", "brief.col.role", "brief.col.what"), 3, 2, 5));
        }

        blocks.add(new Heading(m.get("brief.section.earlier")));
        var earlier = earlier(e, partners);
        if (earlier.isEmpty()) {
            blocks.add(Paragraph.of(m.get("brief.earlier.none")));
        } else {
            blocks.add(BriefMaker.table(m, earlier, List.of("brief.col.date", "brief.col.meeting", "brief.col.partners"),
                    2, 5, 3));
        }
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

    /** The people of the event's details, each with their role and what they did (or their positions), once. */
    private static void addPeople(Details d, List<List<String>> rows, Set<List<String>> seen) {
        for (Fact f : BriefMaker.facts(d, "people")) {
            List<String> row = List.of(f.value(), f.label(), f.note() == null ? "" : f.note());
            if (seen.add(row)) {
                rows.add(row);
            }
        }
    }

    /**
     * The partners' meetings before the event began, outside it and not containing it: each partner's latest
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
                if (x.start().isBefore(e.start()) && !family.contains(x.id())) {
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
