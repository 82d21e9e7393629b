package app.delegations.ui.brief;

import app.delegations.ui.common.Messages;
import app.delegations.ui.common.PaperDocument.Block;
import app.delegations.ui.common.PaperDocument.Heading;
import app.delegations.ui.common.PaperDocument.Paragraph;
import app.delegations.ui.details.Details;
import app.delegations.ui.details.Details.Fact;
import java.util.ArrayList;
import java.util.List;

/**
 * The parts of a partner's brief (a place or a country), from its details: what it is (kind, country, roles,
 * note), what the office did with it before (every meeting in the archive, in date order, with its role or, for a
 * country, which of its places took part), and its people (a place) or its places (a country).
 */
final class PartnerBrief {
    private final Messages m;

    PartnerBrief(Messages messages) {
        this.m = messages;
    }

    void add(Details d, List<Block> blocks) {
        blocks.add(Paragraph.of(d.subtitle()));
        String coordinates = m.get("details.coordinates");
        for (Fact f : BriefMaker.facts(d, "about")) {
            if (!f.label().equals(coordinates)) { // the map's business, not the meeting's
                String value = f.note() == null ? f.value() : f.value() + " (" + f.note() + ")";
                blocks.add(new Paragraph(f.label() + ":", value));
            }
        }

        blocks.add(new Heading(m.get("brief.section.meetings")));
        List<Fact> meetings = BriefMaker.facts(d, "meetings");
        if (meetings.isEmpty()) {
            blocks.add(Paragraph.of(m.get("brief.meetings.none")));
        } else {
            boolean country = d.kind().equals(m.get("details.kind.country")); // which of its places, not a role
            blocks.add(BriefMaker.table(m, rows(meetings, false), List.of("brief.col.date", "brief.col.meeting",
                    country ? "brief.col.places" : "brief.col.role"), 2, 5, 3));
        }

        List<Fact> people = BriefMaker.facts(d, "people");
        if (!people.isEmpty()) {
            blocks.add(new Heading(m.get("brief.section.contacts")));
            var rows = new ArrayList<List<String>>();
            for (Fact f : people) {
                rows.add(List.of(f.value(), f.label(), f.note() == null ? "" : f.note()));
            }
            blocks.add(BriefMaker.table(m, rows, List.of("brief.col.person", "brief.col.position",
                    "brief.col.organisation"), 3, 3, 4));
        }
        List<Fact> places = BriefMaker.facts(d, "places");
        if (!places.isEmpty()) {
            blocks.add(new Heading(m.get("brief.section.places")));
            blocks.add(BriefMaker.table(m, rows(places, true), List.of("brief.col.place", "brief.col.kind"), 5, 3));
        }
    }

    /** One row per fact: its label, value and note; or its value and label when {@code valueFirst}. */
    private static List<List<String>> rows(List<Fact> facts, boolean valueFirst) {
        var rows = new ArrayList<List<String>>();
        for (Fact f : facts) {
            rows.add(valueFirst ? List.of(f.value(), f.label())
                    : List.of(f.label(), f.value(), f.note() == null ? "" : f.note()));
        }
        return rows;
    }
}
