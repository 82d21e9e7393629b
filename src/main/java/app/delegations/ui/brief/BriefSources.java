package app.delegations.ui.brief;

import app.delegations.model.Dataset;
import app.delegations.model.Source;
import app.delegations.ui.common.Formats;
import app.delegations.ui.common.Messages;
import app.delegations.ui.common.PaperDocument.Block;
import app.delegations.ui.common.PaperDocument.Heading;
import app.delegations.ui.common.PaperDocument.Paragraph;
import app.delegations.ui.common.PaperDocument.Quote;
import app.delegations.ui.common.ShortText;
import app.delegations.ui.details.Details;
import app.delegations.ui.details.Details.Evidence;
import app.delegations.ui.details.Details.Fact;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The brief's "Sources" section: source by source, each fact a source quotes, followed by its quotes (each naming
 * the source's title and date). A quote appears once, under the first fact it supports, and a quote that lies
 * within a longer quote of the same source given for the brief is left out (the longer one says it all): the
 * congress's note is quoted in many overlapping pieces. Facts whose citations quote nothing (inferred or reference data) are left out.
 */
final class BriefSources {
    /** A fact is named by its first characters (a description is given whole above the sources). */
    static final int FACT = 90;

    private record Cited(String label, String value, String sourceId, String source, String quote) {
    }

    private final Dataset data;
    private final Messages m;
    private final Formats formats;
    private final List<Cited> cited = new ArrayList<>();

    BriefSources(Dataset data, Messages messages) {
        this.data = data;
        this.m = messages;
        this.formats = new Formats(messages.locale());
    }

    /** The quotes of the record as a whole, then of every fact, section by section. */
    void addAll(Details d) {
        add(d.title(), "", d.evidence());
        for (Details.Section s : d.sections()) {
            addSection(d, s.id());
        }
    }

    /** The quotes of the record as a whole, then of the facts of these sections (those the brief shows). */
    void addAll(Details d, List<String> sectionIds) {
        add(d.title(), "", d.evidence());
        for (String id : sectionIds) {
            addSection(d, id);
        }
    }

    private void addSection(Details d, String sectionId) {
        for (Fact f : BriefMaker.facts(d, sectionId)) {
            add(f.label(), f.value(), f.evidence());
        }
    }

    /** The quotes of one fact ("label: value"). */
    void add(String label, String value, List<Evidence> evidence) {
        for (Evidence e : evidence) {
            if (e.quote() != null && !e.quote().isBlank()) {
                cited.add(new Cited(label, value, e.sourceId(), e.source() == null ? "" : e.source(),
                        e.quote().strip().replaceAll("\\s+", " ")));
            }
        }
    }

    /** The section (its heading, then source by source the facts and quotes), or a line saying none is quoted. */
    void addTo(List<Block> out) {
        out.add(new Heading(m.get("brief.section.sources")));
        var bySource = new LinkedHashMap<String, List<Cited>>();
        for (Cited c : cited) {
            bySource.computeIfAbsent(c.source(), k -> new ArrayList<>()).add(c);
        }
        if (bySource.isEmpty()) {
            out.add(Paragraph.of(m.get("brief.sources.none")));
            return;
        }
        for (Map.Entry<String, List<Cited>> source : bySource.entrySet()) {
            List<Cited> quotes = source.getValue();
            String title = title(quotes.get(0));
            var shown = new HashSet<String>();
            String fact = null;
            for (Cited c : quotes) {
                if (within(c.quote(), quotes) || !shown.add(c.quote())) {
                    continue;
                }
                String thisFact = c.label() + "\n" + c.value();
                if (!thisFact.equals(fact)) {
                    out.add(c.value().isEmpty() ? Paragraph.of(c.label())
                            : new Paragraph(c.label() + ":", ShortText.shorten(c.value(), FACT)));
                    fact = thisFact;
                }
                out.add(new Quote(c.quote(), title));
            }
        }
    }

    /** True when the quote lies within a longer quote of the list. */
    private static boolean within(String quote, List<Cited> quotes) {
        Set<String> longer = new HashSet<>();
        for (Cited c : quotes) {
            if (c.quote().length() > quote.length()) {
                longer.add(c.quote());
            }
        }
        for (String l : longer) {
            if (l.contains(quote)) {
                return true;
            }
        }
        return false;
    }

    /** The source's title and date, as far as they are known. */
    private String title(Cited c) {
        Source s = c.sourceId() == null ? null : data.source(c.sourceId()).orElse(null);
        return s == null || s.date() == null ? c.source() : m.format("brief.source", c.source(), formats.date(s.date()));
    }
}
