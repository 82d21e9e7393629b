package app.delegations.ui.brief;

import app.delegations.ui.common.Messages;
import app.delegations.ui.common.PaperDocument.Block;
import app.delegations.ui.common.PaperDocument.Heading;
import app.delegations.ui.common.PaperDocument.Paragraph;
import app.delegations.ui.details.Details;
import app.delegations.ui.details.Details.Evidence;
import app.delegations.ui.details.Details.Fact;
import java.util.ArrayList;
import java.util.List;

/**
 * The parts of a partner's brief (a place or a country), from its details: what it is (kind, country, roles,
 * note; its first line marked with the quotes of the partner as a whole and of its names), what the office did
 * with it before (every meeting in the archive, in date order, with its role or, for a country, which of its
 * places took part), and its people (a place) or its places (a country); each marked with its quotes' numbers.
 */
final class PartnerBrief implements BriefMaker.Body {
    private final Messages m;
    private final Details d;

    PartnerBrief(Messages messages, Details details) {
        this.m = messages;
        this.d = details;
    }

    @Override
    public void add(List<Block> blocks, BriefSources sources) {
        var whole = new ArrayList<>(d.evidence());
        BriefMaker.facts(d, "names").forEach(f -> whole.addAll(f.evidence())); // what the title says
        blocks.add(Paragraph.of(BriefMaker.marked(d.subtitle(), sources.refs(whole))));
        String coordinates = m.get("details.coordinates");
        for (Fact f : BriefMaker.facts(d, "about")) {
            if (!f.label().equals(coordinates)) { // the map's business, not the meeting's
                String value = f.note() == null ? f.value() : f.value() + " (" + f.note() + ")";
                blocks.add(new Paragraph(f.label() + ":", BriefMaker.marked(value, sources.refs(f.evidence()))));
            }
        }

        blocks.add(new Heading(m.get("brief.section.meetings")));
        List<Fact> meetings = BriefMaker.facts(d, "meetings");
        if (meetings.isEmpty()) {
            blocks.add(Paragraph.of(m.get("brief.meetings.none")));
        } else {
            boolean country = d.kind().equals(m.get("details.kind.country")); // which of its places, not a role
            blocks.add(rows(meetings, false).table(m, sources, List.of("brief.col.date", "brief.col.meeting",
                    country ? "brief.col.places" : "brief.col.role"), 3, 6, 3));
        }

        List<Fact> people = BriefMaker.facts(d, "people");
        if (!people.isEmpty()) {
            blocks.add(new Heading(m.get("brief.section.contacts")));
            var rows = new MarkedRows();
            for (Fact f : people) {
                List<String> row = List.of(f.value(), f.label(), f.note() == null ? "" : f.note());
                rows.add(row, row, f.evidence());
            }
            blocks.add(rows.table(m, sources, List.of("brief.col.person", "brief.col.position",
                    "brief.col.organisation"), 3, 3, 4));
        }
        List<Fact> places = BriefMaker.facts(d, "places");
        if (!places.isEmpty()) {
            blocks.add(new Heading(m.get("brief.section.places")));
            blocks.add(rows(places, true).table(m, sources, List.of("brief.col.place", "brief.col.kind"), 5, 3));
        }
    }

    /** One row per fact: its label, value and note; or its value and label when {@code valueFirst}. */
    private static MarkedRows rows(List<Fact> facts, boolean valueFirst) {
        var rows = new MarkedRows();
        for (int i = 0; i < facts.size(); i++) {
            Fact f = facts.get(i);
            List<Evidence> evidence = f.evidence();
            rows.add(List.of(String.valueOf(i)), valueFirst ? List.of(f.value(), f.label())
                    : List.of(f.label(), f.value(), f.note() == null ? "" : f.note()), evidence);
        }
        return rows;
    }
}
