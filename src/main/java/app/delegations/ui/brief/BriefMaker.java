package app.delegations.ui.brief;

import app.delegations.index.DatasetIndex;
import app.delegations.model.Country;
import app.delegations.model.Entity;
import app.delegations.model.Event;
import app.delegations.model.Place;
import app.delegations.ui.common.FileNames;
import app.delegations.ui.common.Messages;
import app.delegations.ui.common.PaperDocument;
import app.delegations.ui.common.PaperDocument.Block;
import app.delegations.ui.common.PaperDocument.FillIn;
import app.delegations.ui.common.PaperDocument.Heading;
import app.delegations.ui.common.PaperDocument.Table;
import app.delegations.ui.details.Details;
import app.delegations.ui.details.DetailsBuilder;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Makes the visit brief of an event or of a partner (a place or a country) as a {@link PaperDocument}, in one
 * language. It reads the record as the detail pane does ({@link DetailsBuilder}: the same facts, roles and
 * citations) and lays them out for paper: what and when, the partners by country, the programme in order, who
 * spoke, the earlier meetings, the quotes of its sources (each passage once, numbered, every fact marked with the
 * numbers of its quotes: {@link BriefSources}), and an empty "Objectives" section, lines to write on to the foot of
 * the last page. Pure: the same record, data, language and day (of its {@link Clock}) give an equal document.
 */
public final class BriefMaker {
    /**
     * The least number of lines left empty under "Objectives" for the officer (with the sentence above them, about
     * six lines of the page): the section stays on the last page when that much room is left there, its lines then
     * running to the page's foot; else it opens a new page.
     */
    static final int OBJECTIVE_LINES = 5;

    private final DatasetIndex index;
    private final Messages m;
    private final DetailsBuilder details;

    /**
     * The day the brief is made: a partner's meetings begun up to it are "so far", later ones planned; an event's
     * earlier meetings are those held by then.
     */
    private final Clock clock;

    public BriefMaker(DatasetIndex index, Messages messages) {
        this(index, messages, Clock.systemDefaultZone());
    }

    public BriefMaker(DatasetIndex index, Messages messages, Clock clock) {
        this.index = index;
        this.m = messages;
        this.details = new DetailsBuilder(index, messages);
        this.clock = clock;
    }

    /** True when a brief can be made of the record: an event, a place or a country. */
    public static boolean covers(Entity record) {
        return record instanceof Event || record instanceof Place || record instanceof Country;
    }

    /** The record of the data with this id: an event's or a place's id, or a country's code (in any case). */
    public static Entity find(DatasetIndex index, String id) {
        var data = index.dataset();
        Entity found = data.event(id).orElse(null);
        if (found == null) {
            found = data.place(id).orElse(null);
        }
        if (found == null) {
            found = data.country(id.toUpperCase(Locale.ROOT)).orElse(null);
        }
        return found;
    }

    /** The brief of an event, a place or a country; throws IllegalArgumentException for another record. */
    public PaperDocument of(Entity record) {
        if (!covers(record)) {
            throw new IllegalArgumentException("no brief for a " + record.getClass().getSimpleName());
        }
        Details d = details.build(record);
        LocalDate today = LocalDate.now(clock);
        Body body = record instanceof Event e ? new EventBrief(index, m, details, e, d, today)
                : new PartnerBrief(index, m, d, record instanceof Place p ? p : null, today);
        var sources = new BriefSources(index.dataset(), m);
        body.add(new ArrayList<>(), sources); // the first pass tells the sources every quote the brief gives
        sources.number();
        var blocks = new ArrayList<Block>();
        body.add(blocks, sources);
        sources.addTo(blocks);
        blocks.add(new Heading(m.get("brief.section.objectives")));
        blocks.add(PaperDocument.Paragraph.of(m.get("brief.objectives.hint")));
        blocks.add(new FillIn(OBJECTIVE_LINES));
        return new PaperDocument(m.format("brief.title", d.title()), blocks);
    }

    /**
     * The name a file of this brief is proposed under, without extension: the word for a brief in the language of
     * {@code messages} ("brief", "notatka"), a dash and the record's title or name in that language ("notatka –
     * Kraków"), made a name Windows accepts ({@link FileNames#safe}: a title may hold {@code :}, {@code ?} or
     * {@code /}); the record's id instead of a name left empty by that.
     */
    public static String fileName(Entity record, Messages messages) {
        String id;
        String name;
        if (record instanceof Event e) {
            id = e.id();
            name = e.title().in(messages.locale());
        } else if (record instanceof Place p) {
            id = p.id();
            name = p.names().in(messages.locale());
        } else if (record instanceof Country c) {
            id = c.code();
            name = c.names().in(messages.locale());
        } else {
            id = "record";
            name = "";
        }
        String word = messages.get("brief.file");
        String named = FileNames.safe(name == null ? "" : name);
        return FileNames.safe(word + " – " + (named.isEmpty() ? id : named));
    }

    /**
     * The body of a brief, before its sources: made twice from the same content, first to tell the sources every
     * quote (what it makes then is dropped), then marked with the passages' numbers.
     */
    interface Body {
        void add(List<Block> blocks, BriefSources sources);
    }

    /** The text followed by its quotes' mark, "… [3]", or the text alone when there is none. */
    static String marked(String text, String mark) {
        return mark.isEmpty() ? text : text + " " + mark;
    }

    /** The facts of a section of the details, or none when the details have no such section. */
    static List<Details.Fact> facts(Details d, String sectionId) {
        for (Details.Section s : d.sections()) {
            if (s.id().equals(sectionId)) {
                return s.facts();
            }
        }
        return List.of();
    }

    /** A table whose headers are these message keys' texts, with these relative column widths. */
    static Table table(Messages m, List<List<String>> rows, List<String> headerKeys, double... weights) {
        var headers = new ArrayList<String>();
        for (String key : headerKeys) {
            headers.add(m.get(key));
        }
        var w = new ArrayList<Double>();
        for (double x : weights) {
            w.add(x);
        }
        return new Table(headers, rows, w);
    }
}
