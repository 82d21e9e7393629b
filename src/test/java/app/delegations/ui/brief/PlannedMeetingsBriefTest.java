package app.delegations.ui.brief;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.delegations.index.DatasetIndex;
import app.delegations.model.Citation;
import app.delegations.model.Dataset;
import app.delegations.model.Event;
import app.delegations.model.EventKind;
import app.delegations.model.Names;
import app.delegations.model.Participation;
import app.delegations.model.PlaceRole;
import app.delegations.ui.TestData;
import app.delegations.ui.common.Messages;
import app.delegations.ui.common.PaperDocument;
import app.delegations.ui.common.PaperDocument.Heading;
import app.delegations.ui.common.PaperDocument.Paragraph;
import app.delegations.ui.common.PaperDocument.Table;
import app.delegations.ui.common.UiLanguage;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A partner's brief made on 7 December 2026 for an archive that also holds meetings dated later (planned visits):
 * "Meetings so far" gives the meetings up to that day only, one begun that day included; the later ones stand apart
 * under "Planned meetings", soonest first, the rest counted with the language's plural forms. A director never
 * reads that a partner met us in 2029.
 */
class PlannedMeetingsBriefTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);
    private static final Clock CLOCK = Clock.fixed(TODAY.atStartOfDay(ZoneId.systemDefault()).toInstant(),
            ZoneId.systemDefault());
    private static final int PLANNED = PartnerBrief.LISTED + 2; // more than either list gives
    private static final DatasetIndex INDEX = DatasetIndex.build(withMeetingsOfKosice(TestData.congress()));

    /** The congress, a meeting of Košice on 6 March 2020 and one on {@link #TODAY}, and {@link #PLANNED} in 2027–2029. */
    private static Dataset withMeetingsOfKosice(Dataset d) {
        var events = new ArrayList<>(d.events());
        events.add(meeting("past", LocalDate.of(2020, 3, 6)));
        events.add(meeting("today", TODAY));
        for (int n = 1; n <= PLANNED; n++) {
            events.add(meeting("planned-" + n, LocalDate.of(2027, 1, 4).plusWeeks(8L * n)));
        }
        return new Dataset(d.schemaVersion(), d.sources(), d.countries(), d.places(), d.venues(), d.organisations(),
                d.people(), events);
    }

    private static Event meeting(String id, LocalDate day) {
        List<Citation> evidence = List.of(TestData.reference(List.of()));
        String title = "Meeting " + id + " " + day.getYear();
        return new Event(id, EventKind.MEETING, new Names(title, title, title), null, day, day, 0, null, null, null,
                List.of(new Participation("kosice", PlaceRole.PARTICIPANT, evidence)), List.of(), List.of(), evidence);
    }

    private static PaperDocument brief(String id, UiLanguage language) {
        return new BriefMaker(INDEX, Messages.of(language), CLOCK).of(BriefMaker.find(INDEX, id));
    }

    private static Table tableAfter(PaperDocument d, String heading) {
        return (Table) d.blocks().get(d.blocks().indexOf(new Heading(heading)) + 1);
    }

    private static List<String> meetingTitles(Table t) {
        return t.rows().stream().map(r -> r.get(1)).toList();
    }

    @Test
    void meetingsSoFarEndTodayAndLaterOnesAreListedApartAsPlanned() {
        PaperDocument d = brief("kosice", UiLanguage.ENGLISH);
        List<String> soFar = meetingTitles(tableAfter(d, "Meetings so far"));
        assertEquals(7, soFar.size(), "the congress, the four events inside it, 2020 and today: " + soFar);
        assertEquals("Meeting today 2026", soFar.get(6), "a meeting begun today has been held");
        assertTrue(soFar.stream().noneMatch(t -> t.contains("planned")), soFar.toString());
        List<String> planned = meetingTitles(tableAfter(d, "Planned meetings"));
        assertEquals(List.of("Meeting planned-1 2027", "Meeting planned-2 2027", "Meeting planned-3 2027",
                "Meeting planned-4 2027", "Meeting planned-5 2027"), planned, "the next " + PartnerBrief.LISTED_PLANNED);
        assertTrue(d.blocks().contains(Paragraph.of("… and 12 later planned meetings (see the archive)")));
        assertFalse(d.blocks().stream().anyMatch(b -> b.toString().contains("earlier meeting")), "none left out so far");
    }

    @Test
    void aCountrysBriefInPolishSaysPlannedMeetingsApartWithPluralForms() {
        PaperDocument d = brief("SK", UiLanguage.POLISH);
        List<String> soFar = meetingTitles(tableAfter(d, "Dotychczasowe spotkania"));
        assertEquals(7, soFar.size(), soFar.toString());
        assertEquals(PartnerBrief.LISTED_PLANNED, tableAfter(d, "Zaplanowane spotkania").rows().size());
        assertTrue(d.blocks().contains(Paragraph.of("… i 12 późniejszych zaplanowanych spotkań (pełna lista w archiwum)")),
                d.blocks().toString());
    }

    @Test
    void thePdfSaysNoFutureMeetingHasBeenHeld() throws IOException {
        String text = PaperPdfTest.write(brief("kosice", UiLanguage.ENGLISH)).flat();
        int soFar = text.indexOf("Meetings so far");
        int planned = text.indexOf("Planned meetings");
        assertTrue(soFar >= 0 && planned > soFar, text);
        String held = text.substring(soFar, planned);
        assertTrue(held.contains("Meeting today 2026"), held);
        assertFalse(held.contains("2027") || held.contains("2028") || held.contains("2029"), held);
        assertTrue(text.substring(planned).contains("Meeting planned-1 2027"), text);
    }

    @Test
    void withoutPlannedMeetingsTheBriefHasNoSuchSection() {
        var before = Clock.fixed(LocalDate.of(2030, 1, 1).atStartOfDay(ZoneId.systemDefault()).toInstant(),
                ZoneId.systemDefault());
        PaperDocument d = new BriefMaker(INDEX, Messages.of(UiLanguage.ENGLISH), before)
                .of(BriefMaker.find(INDEX, "kosice"));
        assertFalse(d.blocks().contains(new Heading("Planned meetings")));
        assertEquals(PartnerBrief.LISTED, tableAfter(d, "Meetings so far").rows().size(), "the latest, all held");
    }
}
