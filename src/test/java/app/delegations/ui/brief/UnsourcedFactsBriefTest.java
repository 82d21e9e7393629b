package app.delegations.ui.brief;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.delegations.index.DatasetIndex;
import app.delegations.model.Dataset;
import app.delegations.model.Event;
import app.delegations.model.EventKind;
import app.delegations.model.Names;
import app.delegations.model.Participation;
import app.delegations.model.Place;
import app.delegations.model.PlaceKind;
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
import java.util.HashMap;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A brief never looks better sourced than the archive is. Košice took part in the 2016 congress (the note's
 * passages say so) and then, recorded in the window before any source was cited, took part in a meeting in 2019,
 * hosted one in 2021 and took part in a conference in 2023. Each of its roles carries only the quotes of the parts
 * played in that role, and a meeting, a role or a place with no citation at all says so, in the words of the detail
 * pane ("brak źródła", "no source yet").
 */
class UnsourcedFactsBriefTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);
    private static final Clock CLOCK = Clock.fixed(TODAY.atStartOfDay(ZoneId.systemDefault()).toInstant(),
            ZoneId.systemDefault());
    private static final DatasetIndex INDEX = DatasetIndex.build(withUnsourcedMeetings(TestData.congress()));

    /** The congress, Košice's three unsourced meetings, and Humenné, a town with no source at all, hosting one. */
    private static Dataset withUnsourcedMeetings(Dataset d) {
        var events = new ArrayList<>(d.events());
        events.add(meeting("visit-2019", LocalDate.of(2019, 5, 14), "kosice", PlaceRole.PARTICIPANT));
        events.add(meeting("visit-2021", LocalDate.of(2021, 9, 20), "kosice", PlaceRole.HOST));
        events.add(meeting("conference-2023", LocalDate.of(2023, 10, 18), "kosice", PlaceRole.PARTICIPANT));
        events.add(meeting("visit-humenne", LocalDate.of(2024, 4, 9), "humenne", PlaceRole.HOST));
        var places = new ArrayList<>(d.places());
        places.add(new Place("humenne", PlaceKind.CITY, new Names("Humenné", "Humenné", "Humenné"), "SK", null, null,
                List.of()));
        return new Dataset(d.schemaVersion(), d.sources(), d.countries(), places, d.venues(), d.organisations(),
                d.people(), events);
    }

    /** A meeting recorded with no citation, of it or of the place's part in it. */
    private static Event meeting(String id, LocalDate day, String place, PlaceRole role) {
        String title = "Meeting " + id;
        return new Event(id, EventKind.MEETING, new Names(title, title, title), null, day, day, 0, null, null, null,
                List.of(new Participation(place, role, List.of())), List.of(), List.of(), List.of());
    }

    private static PaperDocument brief(String id, UiLanguage language) {
        return new BriefMaker(INDEX, Messages.of(language), CLOCK).of(BriefMaker.find(INDEX, id));
    }

    private static String pdf(String id, UiLanguage language) throws IOException {
        return PaperPdfTest.write(brief(id, language)).flat();
    }

    @Test
    void eachRoleCarriesOnlyTheQuotesOfThePartsPlayedInThatRole() throws IOException {
        String pl = pdf("kosice", UiLanguage.POLISH);
        assertTrue(Pattern.compile("Rola: Uczestnik \\[[0-9, –]+\\], Gospodarz \\(brak źródła\\)").matcher(pl).find(),
                "the congress's quotes after the participant only, the unsourced host said so: " + pl);
        assertFalse(pl.contains("Gospodarz ["), "no quote stands beside the unsourced role: " + pl);
        String en = pdf("kosice", UiLanguage.ENGLISH);
        assertTrue(Pattern.compile("Role: Participant \\[[0-9, –]+\\], Host \\(no source yet\\)").matcher(en).find(), en);
    }

    @Test
    void aMeetingWithNoSourceSaysSoInTheSourceColumnAsTheDetailPaneDoes() throws IOException {
        String pl = pdf("kosice", UiLanguage.POLISH);
        for (String row : List.of("14 maja 2019 Meeting visit-2019 Uczestnik brak źródła",
                "20 września 2021 Meeting visit-2021 Gospodarz brak źródła",
                "18 października 2023 Meeting conference-2023 Uczestnik brak źródła")) {
            assertTrue(pl.contains(row), row + " in " + pl);
        }
        assertEquals(3, pl.split("brak źródła", -1).length - 2, "the three meetings and the host role only: " + pl);
        String en = pdf("kosice", UiLanguage.ENGLISH);
        assertTrue(en.contains("20 September 2021 Meeting visit-2021 Host no source yet"), en);
    }

    @Test
    void aPlaceWithNoSourceAtAllSaysSoUnderItsNameAndForItsRole() {
        PaperDocument pl = brief("humenne", UiLanguage.POLISH);
        assertTrue(pl.blocks().contains(Paragraph.of("Miasto · Słowacja (brak źródła)")), pl.blocks().toString());
        assertTrue(pl.blocks().contains(new Paragraph("Rola:", "Gospodarz (brak źródła)")), pl.blocks().toString());
        PaperDocument en = brief("humenne", UiLanguage.ENGLISH);
        assertTrue(en.blocks().contains(Paragraph.of("City · Slovakia (no source yet)")), en.blocks().toString());
        assertTrue(en.blocks().contains(new Paragraph("Role:", "Host (no source yet)")), en.blocks().toString());
    }

    @Test
    void aCountrysPlaceWithNoCitationAtAllSaysSoWhileOneCitedForItsNamesDoesNot() {
        PaperDocument en = brief("SK", UiLanguage.ENGLISH);
        Table places = (Table) en.blocks().get(en.blocks().indexOf(new Heading("Places")) + 1);
        assertEquals("Source", places.headers().get(places.headers().size() - 1));
        var sourceOf = new HashMap<String, String>();
        places.rows().forEach(r -> sourceOf.put(r.get(0), r.get(r.size() - 1)));
        assertEquals("", sourceOf.get("Košice"), "cited for its names only: its own brief quotes them");
        assertEquals("no source yet", sourceOf.get("Humenné"));
        PaperDocument pl = brief("SK", UiLanguage.POLISH);
        Table miejsca = (Table) pl.blocks().get(pl.blocks().indexOf(new Heading("Miejsca")) + 1);
        assertTrue(miejsca.rows().contains(List.of("Humenné", "1", "9 kwietnia 2024", "brak źródła")),
                miejsca.rows().toString());
    }

    @Test
    void anUnsourcedEventsBriefSaysSoForEachFactAndPartnerWhileTheCongressSaysItNowhere() throws IOException {
        String pl = pdf("visit-2021", UiLanguage.POLISH);
        assertTrue(pl.contains("Rodzaj: Spotkanie (brak źródła) Data: 20 września 2021 (brak źródła)"), pl);
        assertTrue(pl.contains("Słowacja Koszyce Gospodarz brak źródła"), pl);
        String en = pdf("visit-2021", UiLanguage.ENGLISH);
        assertTrue(en.contains("Slovakia Košice Host no source yet"), en);
        String congress = pdf("congress-2016", UiLanguage.ENGLISH);
        assertFalse(congress.contains("no source"), "every fact of the congress is cited: " + congress);
    }

    @Test
    void aSourcedPlacesFirstLineAndOtherFactsGainNoNoSourceWords() {
        PaperDocument en = brief("kosice", UiLanguage.ENGLISH);
        String first = en.blocks().get(0).toString();
        assertFalse(first.contains("no source"), "Košice is cited: " + first);
        long unsourced = en.blocks().stream().filter(Paragraph.class::isInstance)
                .filter(b -> b.toString().contains("no source yet")).count();
        assertEquals(1, unsourced, "only the role line: " + en.blocks());
    }
}
