package app.delegations.ui.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.delegations.index.DatasetIndex;
import app.delegations.model.Citation;
import app.delegations.model.Dataset;
import app.delegations.model.Event;
import app.delegations.model.EventKind;
import app.delegations.model.Names;
import app.delegations.model.Participation;
import app.delegations.model.Place;
import app.delegations.model.PlaceKind;
import app.delegations.model.PlaceRole;
import app.delegations.ui.TestData;
import app.delegations.ui.brief.BriefMaker;
import app.delegations.ui.brief.PaperPdf;
import app.delegations.ui.brief.PdfText;
import app.delegations.ui.brief.PrintFonts;
import app.delegations.ui.common.Formats;
import app.delegations.ui.common.Messages;
import app.delegations.ui.common.PaperDocument;
import app.delegations.ui.common.PaperDocument.Block;
import app.delegations.ui.common.PaperDocument.Heading;
import app.delegations.ui.common.PaperDocument.Paragraph;
import app.delegations.ui.common.PaperDocument.Table;
import app.delegations.ui.common.UiLanguage;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The brief of a huge partner is still a brief: Poland with 900 more towns, the busiest of them at 40 meetings, is at
 * most three pages as PDF and in print; each long list gives its first rows (the latest meetings, the places with the
 * most meetings) and a line counts the rest, in the UI's language with its plural forms.
 */
class HugePartnerBriefTest {
    private static final int TOWNS = 900;
    private static final int MEETINGS = 40;
    private static final DatasetIndex INDEX = DatasetIndex.build(withTownsAndMeetings(TestData.congress()));

    @BeforeAll
    static void fonts() throws Exception {
        FxToolkit.registerPrimaryStage();
        WaitForAsyncUtils.asyncFx(PrintFonts::load).get(); // as the window does before it prints
    }

    /**
     * The congress with {@link #TOWNS} Polish towns and {@link #MEETINGS} meetings in 2017–2020 (after the
     * congress's): towns 1, 2 and 3 take part in every meeting from the first, the second and the third on (40, 39
     * and 38 meetings), town {@code n} in meeting {@code n} too.
     */
    private static Dataset withTownsAndMeetings(Dataset d) {
        List<Citation> evidence = List.of(TestData.reference(List.of()));
        var places = new ArrayList<>(d.places());
        for (int i = 1; i <= TOWNS; i++) {
            String name = "Town " + i;
            places.add(new Place("town-" + i, PlaceKind.CITY, new Names(name, name, name), "PL", null, null, evidence));
        }
        var events = new ArrayList<>(d.events());
        for (int n = 1; n <= MEETINGS; n++) {
            var participants = new ArrayList<Participation>();
            for (int i = 1; i <= Math.min(n, 3); i++) {
                participants.add(new Participation("town-" + i, PlaceRole.PARTICIPANT, evidence));
            }
            if (n > 3) {
                participants.add(new Participation("town-" + n, PlaceRole.PARTICIPANT, evidence));
            }
            LocalDate day = LocalDate.of(2017, 1, 2).plusWeeks(4L * n);
            String title = "Meeting " + n;
            events.add(new Event("meeting-" + n, EventKind.MEETING, new Names(title, title, title), null, day, day, 0,
                    null, null, null, participants, List.of(), List.of(), evidence));
        }
        return new Dataset(d.schemaVersion(), d.sources(), d.countries(), places, d.venues(), d.organisations(),
                d.people(), events);
    }

    private static PaperDocument brief(String id, UiLanguage language) {
        return new BriefMaker(INDEX, Messages.of(language)).of(BriefMaker.find(INDEX, id));
    }

    private static int pdfPages(PaperDocument brief) throws Exception {
        var bytes = new ByteArrayOutputStream();
        new PaperPdf().write(brief, bytes);
        return PdfText.of(bytes.toByteArray()).pages();
    }

    private static int printedPages(PaperDocument brief) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> Page.of(brief, PageFormat.A4, new FxTextMeasure()).size()).get();
    }

    /** The table right after a heading. */
    private static Table tableAfter(PaperDocument d, String heading) {
        return (Table) d.blocks().get(d.blocks().indexOf(new Heading(heading)) + 1);
    }

    /** The paragraph right after the table after a heading, or null. */
    private static String lineAfter(PaperDocument d, String heading) {
        Block next = d.blocks().get(d.blocks().indexOf(new Heading(heading)) + 2);
        return next instanceof Paragraph p ? p.text() : null;
    }

    @Test
    void aCountryOfNineHundredPlacesHasABriefOfAtMostThreePagesListingThePlacesWithTheMostMeetings()
            throws Exception {
        PaperDocument d = brief("PL", UiLanguage.ENGLISH);
        assertTrue(pdfPages(d) <= 3, "PDF pages: " + pdfPages(d));
        assertTrue(printedPages(d) <= 3, "printed pages: " + printedPages(d));

        Table places = tableAfter(d, "Places");
        assertEquals(15, places.rows().size());
        assertEquals(List.of("Town 1", "Town 2", "Town 3"),
                places.rows().subList(0, 3).stream().map(r -> r.get(0)).toList(), "the most meetings first");
        assertEquals(List.of("Place", "Meetings", "Last meeting"), places.headers().subList(0, 3),
                "each place's number of meetings and its last one; no Kind column when all are towns");
        String lastOfAll = new Formats(Messages.of(UiLanguage.ENGLISH).locale())
                .date(LocalDate.of(2017, 1, 2).plusWeeks(4L * MEETINGS));
        assertEquals(List.of("40", lastOfAll), places.rows().get(0).subList(1, 3), "town 1 is at all 40 meetings");
        assertEquals(List.of("39", lastOfAll), places.rows().get(1).subList(1, 3));
        int all = (int) INDEX.dataset().places().stream().filter(p -> p.country().equals("PL")).count();
        assertEquals("… and " + (all - 15) + " more places; the places listed have the most meetings (see the archive)",
                lineAfter(d, "Places"));

        Table meetings = tableAfter(d, "Meetings so far");
        assertEquals(15, meetings.rows().size());
        assertEquals("Meeting 40", meetings.rows().get(14).get(1), "the latest meetings, in date order");
        assertTrue(lineAfter(d, "Meetings so far").matches("… and \\d+ earlier meetings \\(see the archive\\)"),
                lineAfter(d, "Meetings so far"));
    }

    @Test
    void aPlaceOfFortyMeetingsListsTheLatestFifteenAndCountsTheRestInPolish() throws Exception {
        PaperDocument d = brief("town-1", UiLanguage.POLISH);
        assertTrue(pdfPages(d) <= 2, "PDF pages: " + pdfPages(d));
        Table meetings = tableAfter(d, "Dotychczasowe spotkania");
        assertEquals(15, meetings.rows().size());
        assertEquals("Meeting 26", meetings.rows().get(0).get(1));
        assertEquals("… i 25 wcześniejszych spotkań (pełna lista w archiwum)", lineAfter(d, "Dotychczasowe spotkania"));
        assertEquals("… i 23 wcześniejsze spotkania (pełna lista w archiwum)",
                lineAfter(brief("town-3", UiLanguage.POLISH), "Dotychczasowe spotkania"), "the plural of 2–4");
    }
}
