package app.delegations.ui.print;

import app.delegations.ui.common.PaperDocument;
import app.delegations.ui.common.PaperDocument.Block;
import app.delegations.ui.common.PaperDocument.FillIn;
import app.delegations.ui.common.PaperDocument.Heading;
import app.delegations.ui.common.PaperDocument.Paragraph;
import app.delegations.ui.common.PaperDocument.Quote;
import app.delegations.ui.common.PaperDocument.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** A brief as the visit brief makes one: Polish and Cyrillic letters, a long table, a quote, lines to fill in. */
final class SampleDocument {
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private SampleDocument() {
    }

    /** The sample with a table of {@code rows} rows. */
    static PaperDocument withRows(int rows) {
        var blocks = new ArrayList<Block>();
        blocks.add(new Paragraph("Termin:", "12–14 marca 2025"));
        blocks.add(new Paragraph("Miejsce:", "Urząd Miasta Krakowa, Plac Wszystkich Świętych 3–4, sala Obrad"));
        blocks.add(new Heading("Partnerzy według krajów"));
        var cells = new ArrayList<List<String>>();
        for (int i = 1; i <= rows; i++) {
            cells.add(List.of(i % 2 == 0 ? "Україна" : "Polska", i % 3 == 0 ? "Київ — Київська міська рада" : "Łódź",
                    "rola " + i + (i % 7 == 0 ? ": gospodarz spotkania roboczego z przedstawicielami samorządu" : "")));
        }
        blocks.add(new Table(List.of("Kraj", "Miejsce", "Rola"), cells, List.of(1.0, 2.0, 2.0)));
        blocks.add(new Heading("Co mówiono"));
        blocks.add(Paragraph.of("Zażółć gęślą jaźń. Съешь же ещё этих мягких французских булок, да выпей чаю. "
                .repeat(6)));
        blocks.add(new Quote("„Współpraca miast partnerskich obejmie wymianę młodzieży i kulturę”",
                "Notatka ze spotkania, 12 marca 2025"));
        blocks.add(new Heading("Cele"));
        blocks.add(new FillIn(6));
        return new PaperDocument("Wizyta delegacji z Kijowa w Krakowie — notatka", blocks);
    }

    /** Every word of the document in reading order, one space between. */
    static String words(PaperDocument document) {
        var all = new ArrayList<String>();
        all.add(document.title());
        for (Block block : document.blocks()) {
            if (block instanceof Heading h) {
                all.add(h.text());
            } else if (block instanceof Paragraph p) {
                all.add(p.label());
                all.add(p.text());
            } else if (block instanceof Table t) {
                all.addAll(t.headers());
                t.rows().forEach(all::addAll);
            } else if (block instanceof Quote q) { // its source above it
                all.add(q.source());
                all.add(q.mark());
                all.add(q.text());
            }
        }
        return normal(String.join(" ", all));
    }

    static String normal(String text) {
        return SPACES.matcher(text).replaceAll(" ").trim();
    }
}
