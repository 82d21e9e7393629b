package app.delegations.ui.print;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.delegations.index.DatasetIndex;
import app.delegations.model.Dataset;
import app.delegations.model.Entity;
import app.delegations.model.Event;
import app.delegations.ui.TestData;
import app.delegations.ui.brief.BriefMaker;
import app.delegations.ui.brief.PaperPdf;
import app.delegations.ui.brief.PdfText;
import app.delegations.ui.brief.PrintFonts;
import app.delegations.ui.common.Messages;
import app.delegations.ui.common.PaperDocument;
import app.delegations.ui.common.PaperDocument.Block;
import app.delegations.ui.common.PaperDocument.Heading;
import app.delegations.ui.common.PaperDocument.Paragraph;
import app.delegations.ui.common.PaperDocument.Quote;
import app.delegations.ui.common.PaperDocument.Table;
import app.delegations.ui.common.UiLanguage;
import app.delegations.ui.details.Details;
import app.delegations.ui.details.Details.Evidence;
import app.delegations.ui.details.DetailsBuilder;
import java.io.ByteArrayOutputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The "one-to-two-page brief" for every record of the data the app ships: every event, place and country,
 * in Polish and in English, is at most two A4 pages both as PDF (read back with PDFBox) and as the print preview
 * paginates it; and shortening it kept each fact with its quote: every passage a fact shown is quoted by is in the
 * Sources section, and every passage there is referred to by its number from the facts above it.
 */
class BundledBriefsFitTwoPagesTest {
    private static final Dataset DATA = TestData.congress();
    private static final DatasetIndex INDEX = DatasetIndex.build(DATA);
    private static final Pattern MARK = Pattern.compile("\\[(\\d+(?:–\\d+)?(?:, \\d+(?:–\\d+)?)*)]");
    private static final PaperPdf PDF = new PaperPdf();

    @BeforeAll
    static void fonts() throws Exception {
        FxToolkit.registerPrimaryStage();
        WaitForAsyncUtils.asyncFx(PrintFonts::load).get(); // as the window does before it prints
    }

    static Stream<Arguments> briefs() {
        var ids = new ArrayList<String>();
        DATA.events().forEach(e -> ids.add(e.id()));
        DATA.places().forEach(p -> ids.add(p.id()));
        DATA.countries().forEach(c -> ids.add(c.code()));
        return Stream.of(UiLanguage.POLISH, UiLanguage.ENGLISH)
                .flatMap(language -> ids.stream().map(id -> Arguments.of(id, language)));
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("briefs")
    void theBriefIsOneOrTwoPagesAsPdfAndInPrintAndEachFactKeepsItsQuote(String id, UiLanguage language)
            throws Exception {
        Entity record = BriefMaker.find(INDEX, id);
        Messages m = Messages.of(language);
        PaperDocument brief = new BriefMaker(INDEX, m).of(record);

        var bytes = new ByteArrayOutputStream();
        PDF.write(brief, bytes);
        PdfText pdf = PdfText.of(bytes.toByteArray());
        assertTrue(pdf.pages() <= 2, "PDF pages: " + pdf.pages());
        int printed = WaitForAsyncUtils.asyncFx(() -> Page.of(brief, PageFormat.A4, new FxTextMeasure()).size()).get();
        assertTrue(printed <= 2, "printed pages: " + printed);

        List<Quote> quotes = brief.blocks().stream().filter(Quote.class::isInstance).map(Quote.class::cast).toList();
        Set<Integer> referred = referred(brief);
        for (Evidence e : quotedFacts(record, m)) {
            String words = normal(e.quote());
            Quote passage = quotes.stream().filter(q -> q.text().contains(words)).findFirst().orElse(null);
            assertTrue(passage != null, "the quote of a fact is in the sources: " + words);
            int number = Integer.parseInt(passage.mark().replaceAll("[\\[\\]]", ""));
            assertTrue(referred.contains(number), "a fact refers to " + passage.mark() + ": " + words);
        }
        String text = pdf.flat();
        for (Quote q : quotes) {
            assertTrue(referred.contains(Integer.parseInt(q.mark().replaceAll("[\\[\\]]", ""))),
                    "no passage that no fact refers to: " + q.mark());
            assertTrue(text.contains(q.mark() + " " + q.text()), "the PDF gives " + q.mark() + " " + q.text());
        }
        assertFalse(quotes.isEmpty() && !text.contains(quotes.get(0).source()), "the source is named");
    }

    /** The numbers the body refers to (all text before the Sources section), ranges "[4–6]" spelt out. */
    private static Set<Integer> referred(PaperDocument brief) {
        var numbers = new HashSet<Integer>();
        for (Block b : brief.blocks()) {
            if (b instanceof Quote) {
                break;
            }
            List<String> texts = new ArrayList<>();
            if (b instanceof Paragraph p) {
                texts.add(p.text());
            } else if (b instanceof Table t) {
                t.rows().forEach(texts::addAll);
            } else if (b instanceof Heading h) {
                texts.add(h.text());
            }
            for (String text : texts) {
                Matcher found = MARK.matcher(text);
                while (found.find()) {
                    for (String part : found.group(1).split(", ")) {
                        String[] range = part.split("–");
                        int from = Integer.parseInt(range[0]);
                        int to = Integer.parseInt(range[range.length - 1]);
                        for (int n = from; n <= to; n++) {
                            numbers.add(n);
                        }
                    }
                }
            }
        }
        return numbers;
    }

    /**
     * The quoted citations of the facts a brief shows: of the record (for an event, also of the events inside it),
     * as the detail pane gives them; reference data and inferences without a quote have none.
     */
    private static List<Evidence> quotedFacts(Entity record, Messages m) {
        var builder = new DetailsBuilder(INDEX, m);
        var all = new ArrayList<Details>();
        all.add(builder.build(record));
        if (record instanceof Event e) {
            var todo = new ArrayDeque<>(INDEX.children(e));
            while (!todo.isEmpty()) {
                Event child = todo.pop();
                all.add(builder.build(child));
                todo.addAll(INDEX.children(child));
            }
        }
        List<String> shown = record instanceof Event ? List.of("about", "participants", "people")
                : List.of("names", "about", "meetings", "people", "places");
        var out = new ArrayList<Evidence>();
        for (Details d : all) {
            out.addAll(d.evidence());
            for (Details.Section s : d.sections()) {
                if (shown.contains(s.id()) && (d == all.get(0) || !s.id().equals("participants"))) {
                    s.facts().stream().filter(f -> !f.label().equals(m.get("details.coordinates")))
                            .forEach(f -> out.addAll(f.evidence()));
                }
            }
        }
        return out.stream().filter(e -> e.quote() != null && !e.quote().isBlank()).toList();
    }

    private static String normal(String text) {
        return text.strip().replaceAll("\\s+", " ");
    }
}
