package app.delegations.ui.brief;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.delegations.index.DatasetIndex;
import app.delegations.model.Dataset;
import app.delegations.model.Event;
import app.delegations.model.Names;
import app.delegations.ui.TestData;
import app.delegations.ui.common.FileNames;
import app.delegations.ui.common.Messages;
import app.delegations.ui.common.PaperDocument;
import app.delegations.ui.common.PaperDocument.FillIn;
import app.delegations.ui.common.PaperDocument.Heading;
import app.delegations.ui.common.PaperDocument.Quote;
import app.delegations.ui.common.PaperDocument.Table;
import app.delegations.ui.common.UiLanguage;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The content of a visit brief, before any layout: the facts an officer takes to a meeting, in the UI's
 * language, each section where a reader looks for it.
 */
class BriefMakerTest {
    private static final Dataset DATA = TestData.congress();
    private static final DatasetIndex INDEX = DatasetIndex.build(DATA);

    static PaperDocument brief(String id, UiLanguage language) {
        return new BriefMaker(INDEX, Messages.of(language)).of(BriefMaker.find(INDEX, id));
    }

    private static List<String> headings(PaperDocument d) {
        return d.blocks().stream().filter(Heading.class::isInstance).map(b -> ((Heading) b).text()).toList();
    }

    private static Table tableAfter(PaperDocument d, String heading) {
        int at = d.blocks().indexOf(new Heading(heading));
        for (int i = at + 1; i < d.blocks().size(); i++) {
            if (d.blocks().get(i) instanceof Table t) {
                return t;
            }
        }
        throw new AssertionError("no table after " + heading);
    }

    @Test
    void anEventsBriefHasItsPartnersByCountryItsProgrammeWhoSpokeItsSourcesAndRoomForObjectives() {
        PaperDocument d = brief("conference-smolny-2016-11-30", UiLanguage.ENGLISH);
        assertEquals("Visit brief: The role of information technologies in the development of modern cities", d.title());
        assertEquals(List.of("Partners by country", "Programme", "Who spoke", "Earlier meetings with these partners",
                "Sources", "Objectives"), headings(d));
        Table partners = tableAfter(d, "Partners by country");
        assertEquals(List.of("Country", "Partners", "Role", "Source"), partners.headers());
        List<String> serbia = partners.rows().stream().filter(r -> r.get(0).equals("Serbia")).findFirst().orElseThrow();
        assertEquals(List.of("Serbia", "Kragujevac, Kruševac, Vranje", "Participant"), serbia.subList(0, 3),
                "one row per country and role: " + partners.rows());
        assertTrue(serbia.get(3).endsWith(" (inferred)"), "the note lists them at the congress, not at this conference");
        assertTrue(passage(d, serbia.get(3).replace(" (inferred)", "")).text().contains("uczestnicy przedsięwzięcia"),
                "the row refers to the quote it rests on: " + serbia);
        assertEquals("Bosnia and Herzegovina", partners.rows().get(0).get(0), "countries in alphabetical order");
        Table programme = tableAfter(d, "Programme");
        assertEquals(3, programme.rows().size(), "its two presentations and the governor's summary");
        assertTrue(programme.rows().get(0).get(1).contains("Strategy"), "in the order the note gives them");
        Table people = tableAfter(d, "Who spoke");
        assertTrue(people.rows().stream().anyMatch(r -> r.get(0).equals("Georgy Poltavchenko")), people.rows().toString());
        assertTrue(d.blocks().stream().anyMatch(b -> b instanceof Quote q
                && q.text().contains("w Smolnym") && q.source().startsWith("Note on Kraków's part")), "a quote, from the note");
        assertEquals(new FillIn(BriefMaker.OBJECTIVE_LINES), d.blocks().get(d.blocks().size() - 1));
    }

    @Test
    void aQuoteWithinALongerQuoteOfTheSameSourceIsGivenOnce() {
        PaperDocument d = brief("congress-2016", UiLanguage.ENGLISH);
        List<String> quotes = d.blocks().stream().filter(Quote.class::isInstance).map(b -> ((Quote) b).text()).toList();
        assertEquals(quotes.size(), quotes.stream().distinct().count(), "each quote once");
        for (String q : quotes) {
            assertFalse(quotes.stream().anyMatch(other -> other.length() > q.length() && other.contains(q)), q);
        }
    }

    @Test
    void anHonoraryGuestIsNotListedAsASpeakerButApartWithHerRoleAndPositionSaidOnce() {
        PaperDocument d = brief("congress-2016", UiLanguage.ENGLISH);
        assertEquals(List.of("Partners by country", "Programme", "Who spoke", "Also present",
                "Earlier meetings with these partners", "Sources", "Objectives"), headings(d));
        Table spoke = tableAfter(d, "Who spoke");
        assertEquals(List.of("Georgy Poltavchenko"), spoke.rows().stream().map(r -> r.get(0)).toList(),
                "the source says only that the Governor summed up: " + spoke.rows());
        var present = (PaperDocument.Paragraph) d.blocks().get(d.blocks().indexOf(new Heading("Also present")) + 1);
        assertEquals("dr Andreja Rihter:", present.label());
        assertTrue(present.text().matches("Honorary guest — Director of the Forum of Slavic Cultures Foundation \\[\\d+]"),
                "her role as the data gives it; the foundation named once: " + present.text());
        assertTrue(passage(d, present.text().replaceAll(".* ", "")).text().contains("goście honorowi"),
                "marked with the quote that says she was a guest");

        PaperDocument pl = brief("congress-2016", UiLanguage.POLISH);
        assertTrue(headings(pl).containsAll(List.of("Kto zabierał głos", "Ponadto obecni")), headings(pl).toString());
        assertTrue(tableAfter(pl, "Kto zabierał głos").rows().stream().noneMatch(r -> r.get(0).contains("Rihter")));
        var obecni = (PaperDocument.Paragraph) pl.blocks().get(pl.blocks().indexOf(new Heading("Ponadto obecni")) + 1);
        assertTrue(obecni.text().startsWith("Gość honorowy — Dyrektor Fundacji Forum Kultur Słowiańskich ["),
                obecni.text());
    }

    @Test
    void anEventWithOnlyGuestsSaysNoOneIsKnownToHaveSpoken() {
        Event congress = DATA.event("congress-2016").orElseThrow();
        var events = DATA.events().stream().filter(e -> !e.id().equals("governor-summary-2016-11-30")).toList();
        Dataset quiet = new Dataset(DATA.schemaVersion(), DATA.sources(), DATA.countries(), DATA.places(),
                DATA.venues(), DATA.organisations(), DATA.people(), events);
        DatasetIndex index = DatasetIndex.build(quiet);
        PaperDocument d = new BriefMaker(index, Messages.of(UiLanguage.POLISH)).of(congress);
        int at = d.blocks().indexOf(new Heading("Kto zabierał głos"));
        assertEquals(PaperDocument.Paragraph.of("Źródła nie wymieniają nikogo, kto zabierał głos."), d.blocks().get(at + 1));
        assertTrue(headings(d).contains("Ponadto obecni"), headings(d).toString());
    }

    @Test
    void theSameMeetingCarriesTheSameEvidenceInItsPlacesBriefAndItsCountrysBrief() {
        for (UiLanguage language : UiLanguage.values()) {
            PaperDocument place = brief("kosice", language);
            PaperDocument country = brief("SK", language);
            String summary = DATA.event("governor-summary-2016-11-30").orElseThrow().title().in(language.locale());
            String inPlace = sourceOf(place, summary);
            String inCountry = sourceOf(country, summary);
            assertFalse(inCountry.isBlank(), "the country's row is cited too");
            assertEquals(inPlace.endsWith(")"), inCountry.endsWith(")"), inPlace + " / " + inCountry);
            assertEquals(passage(place, inPlace.replaceAll(" \\(.*", "")).text(),
                    passage(country, inCountry.replaceAll(" \\(.*", "")).text(), "the same quote");
        }
    }

    /**
     * Kraków's brief (an officer's defect 6a): each of its two presentations is a meeting of its own, listed once;
     * the conference's row says only Kraków's role there, not the presentations' titles again.
     */
    @Test
    void eachOfKrakowsPresentationsIsListedOnceAsItsOwnMeeting() {
        for (UiLanguage language : UiLanguage.values()) {
            PaperDocument d = brief("krakow", language);
            String conference = DATA.event("conference-smolny-2016-11-30").orElseThrow().title().in(language.locale());
            List<String> conferenceRow = null;
            for (String id : List.of("krakow-strategy-presentation-2016-11-30", "krakow-portals-presentation-2016-11-30")) {
                String title = DATA.event(id).orElseThrow().title().in(language.locale());
                int rows = 0;
                int mentions = 0;
                for (var b : d.blocks()) {
                    if (b instanceof Table t) {
                        for (List<String> row : t.rows()) {
                            rows += row.get(1).equals(title) ? 1 : 0;
                            mentions += (int) row.stream().filter(cell -> cell.contains(title)).count();
                            conferenceRow = row.get(1).equals(conference) ? row : conferenceRow;
                        }
                    }
                }
                assertEquals(1, rows, language + ": one row for " + title);
                assertEquals(1, mentions, language + ": " + title + " is named in no other cell");
            }
            assertEquals(language == UiLanguage.POLISH ? "Uczestnik" : "Participant",
                    conferenceRow == null ? null : conferenceRow.get(2), "the role alone: " + conferenceRow);
        }
    }

    /**
     * A title that quotes a name, quoted in a brief (an officer's defect 6b): its quotation takes the language's
     * inner marks, never the outer ones twice („… „…””). The visit of the 29th here names no participants, so it
     * is attended through the congress, whose title quotes its motto.
     */
    @Test
    void aTitleQuotedWithinAQuotationTakesTheLanguagesInnerMarks() {
        var events = DATA.events().stream().map(e -> !e.id().equals("visit-it-universities-2016-11-29") ? e
                : new Event(e.id(), e.kind(), e.title(), e.parent(), e.start(), e.end(), e.order(), e.venue(),
                        e.place(), e.description(), List.of(), e.people(), e.organisations(), e.evidence())).toList();
        Dataset through = new Dataset(DATA.schemaVersion(), DATA.sources(), DATA.countries(), DATA.places(),
                DATA.venues(), DATA.organisations(), DATA.people(), events);
        DatasetIndex index = DatasetIndex.build(through);
        for (UiLanguage language : UiLanguage.values()) {
            var maker = new BriefMaker(index, Messages.of(language));
            String congress = language == UiLanguage.POLISH
                    ? "„IV Międzynarodowy Kongres «St. Petersburg i Świat Słowiański»”"
                    : "“IV International Congress ‘St. Petersburg and the Slavic World’”";
            for (String id : List.of("visit-it-universities-2016-11-29", "kosice")) {
                PaperDocument d = maker.of(BriefMaker.find(index, id));
                String text = texts(d);
                assertTrue(text.contains(congress), language + " " + id + ": " + text);
                assertFalse(nestsInSameMarks(text), language + " " + id + ": " + text);
            }
        }
    }

    /** Every text of the document but the passages quoted from sources (which stay word for word), one a line. */
    static String texts(PaperDocument d) {
        var out = new StringBuilder(d.title());
        for (var b : d.blocks()) {
            if (b instanceof Heading h) {
                out.append('\n').append(h.text());
            } else if (b instanceof PaperDocument.Paragraph p) {
                out.append('\n').append(p.label()).append(' ').append(p.text());
            } else if (b instanceof Table t) {
                t.rows().forEach(r -> out.append('\n').append(String.join(" | ", r)));
            }
        }
        return out.toString();
    }

    /** Whether a quotation opens („ or “) inside another one before it closes (”): „… „…”” or “… “…””. */
    static boolean nestsInSameMarks(String text) {
        int open = 0;
        for (char c : text.toCharArray()) {
            if (c == '„' || c == '“') {
                if (open > 0) {
                    return true;
                }
                open++;
            } else if (c == '”') {
                open = Math.max(0, open - 1);
            } else if (c == '\n') {
                open = 0;
            }
        }
        return false;
    }

    /** The source cell of the row of the brief's meetings table whose meeting is {@code title}. */
    private static String sourceOf(PaperDocument d, String title) {
        for (var b : d.blocks()) {
            if (b instanceof Table t) {
                for (List<String> row : t.rows()) {
                    if (row.size() > 3 && row.get(1).equals(title)) {
                        return row.get(row.size() - 1);
                    }
                }
            }
        }
        throw new AssertionError("no row for " + title);
    }

    @Test
    void noQuotedPassageBeginsOrEndsInsideAQuotationAndEnglishTextHasNoStraightQuotes() {
        for (UiLanguage language : UiLanguage.values()) {
            for (String id : List.of("congress-2016", "saint-petersburg", "kosice", "SK", "RU")) {
                PaperDocument d = brief(id, language);
                for (var b : d.blocks()) {
                    if (b instanceof Quote q) {
                        assertEquals(q.text().chars().filter(c -> c == '„').count(),
                                q.text().chars().filter(c -> c == '”').count(), "whole quotations: " + q.text());
                    }
                    assertFalse(b.toString().contains("\""), id + " " + language + ": " + b);
                }
            }
        }
    }

    /** The quote of the Sources section with this mark ("[3]"). */
    private static Quote passage(PaperDocument d, String mark) {
        return d.blocks().stream().filter(b -> b instanceof Quote q && q.mark().equals(mark)).map(Quote.class::cast)
                .findFirst().orElseThrow(() -> new AssertionError("no passage " + mark));
    }

    @Test
    void eachPassageIsQuotedOnceNumberedAndTheFactsItSupportsReferToIt() {
        PaperDocument d = brief("congress-2016", UiLanguage.ENGLISH);
        var kind = (PaperDocument.Paragraph) d.blocks().get(0);
        assertEquals("Kind:", kind.label());
        assertTrue(kind.text().matches("Congress \\[\\d+]"), kind.text());
        Quote congress = passage(d, kind.text().substring("Congress ".length()));
        assertTrue(congress.text().contains("IV Międzynarodowym Kongresie „St. Petersburg i Świat Słowiański”"),
                congress.text());
        assertTrue(congress.text().startsWith("30 listopada 2016 r. przedstawiciele Krakowa"),
                "overlapping quotes are one passage, from the first word of the first: " + congress.text());
        Table partners = tableAfter(d, "Partners by country");
        String bulgaria = partners.rows().get(1).get(3);
        assertEquals("Bulgaria", partners.rows().get(1).get(0));
        assertEquals(bulgaria, partners.rows().get(6).get(3),
                "Bulgaria and Serbia, listed in one sentence parted by commas, refer to the same passages");
        List<Quote> quotes = d.blocks().stream().filter(Quote.class::isInstance).map(Quote.class::cast).toList();
        for (int i = 0; i < quotes.size(); i++) {
            assertEquals("[" + (i + 1) + "]", quotes.get(i).mark(), "numbered in order");
        }
        assertTrue(quotes.stream().skip(1).allMatch(q -> q.source().equals(quotes.get(0).source())), "one source");
    }

    @Test
    void aRoleEveryPartnerSharesIsSaidOnceAboveTheTable() {
        var conference = DATA.event("conference-smolny-2016-11-30").orElseThrow();
        var guests = conference.participants().stream().filter(p -> !p.place().equals("saint-petersburg")).toList();
        var events = new java.util.ArrayList<>(DATA.events());
        events.set(events.indexOf(conference), new Event(conference.id(), conference.kind(), conference.title(),
                conference.parent(), conference.start(), conference.end(), conference.order(), conference.venue(),
                conference.place(), conference.description(), guests, conference.people(), conference.organisations(),
                conference.evidence())); // the host left out: every partner of its summary is a guest
        var index = DatasetIndex.build(new Dataset(DATA.schemaVersion(), DATA.sources(), DATA.countries(),
                DATA.places(), DATA.venues(), DATA.organisations(), DATA.people(), events));
        PaperDocument d = new BriefMaker(index, Messages.of(UiLanguage.ENGLISH))
                .of(BriefMaker.find(index, "governor-summary-2016-11-30"));
        int at = d.blocks().indexOf(new Heading("Partners by country"));
        assertEquals(PaperDocument.Paragraph.of("The partners and their roles are those of “The role of information"
                + " technologies in the development of modern cities”."), d.blocks().get(at + 1));
        assertEquals(new PaperDocument.Paragraph("Role:", "Participant"), d.blocks().get(at + 2));
        assertEquals(List.of("Country", "Partners", "Source"), ((Table) d.blocks().get(at + 3)).headers());
    }

    @Test
    void theHostOfAConferenceIsNamedItsHostAtItsSummaryNotAParticipant() {
        PaperDocument d = brief("governor-summary-2016-11-30", UiLanguage.ENGLISH);
        Table partners = tableAfter(d, "Partners by country");
        assertEquals(List.of("Country", "Partners", "Role", "Source"), partners.headers(), "the roles differ");
        List<String> russia = partners.rows().stream().filter(r -> r.get(0).equals("Russia")).findFirst().orElseThrow();
        assertEquals(List.of("Russia", "Saint Petersburg", "Host"), russia.subList(0, 3));
        List<String> serbia = partners.rows().stream().filter(r -> r.get(0).equals("Serbia")).findFirst().orElseThrow();
        assertEquals("Participant", serbia.get(2));
        assertTrue(d.blocks().contains(PaperDocument.Paragraph.of("The partners and their roles are those of “The"
                + " role of information technologies in the development of modern cities”.")), "said once");
        assertTrue(brief("governor-summary-2016-11-30", UiLanguage.POLISH).blocks().contains(PaperDocument.Paragraph.of(
                "Partnerzy i ich role są takie same jak w wydarzeniu „Rola technologii informacyjnych dla rozwoju współczesnych"
                        + " miast”.")));
        Table meetings = tableAfter(brief("saint-petersburg", UiLanguage.ENGLISH), "Meetings so far");
        List<String> summary = meetings.rows().get(meetings.rows().size() - 1);
        assertEquals("The Governor of St. Petersburg sums up the conference", summary.get(1));
        assertEquals("as host of “The role of information technologies in the development of modern cities”",
                summary.get(2));
        assertFalse(summary.get(3).isEmpty(), "with the source of its role there: " + summary);
        Table spotkania = tableAfter(brief("saint-petersburg", UiLanguage.POLISH), "Dotychczasowe spotkania");
        assertEquals("jako gospodarz wydarzenia „Rola technologii informacyjnych dla rozwoju współczesnych miast”",
                spotkania.rows().get(spotkania.rows().size() - 1).get(2));
    }

    @Test
    void aPlacesBriefListsItsMeetingsInDateOrderWithItsRole() {
        PaperDocument d = brief("kosice", UiLanguage.ENGLISH);
        assertEquals("Visit brief: Košice", d.title());
        Table meetings = tableAfter(d, "Meetings so far");
        assertEquals(List.of("Date", "Meeting", "Role", "Source"), meetings.headers());
        assertEquals(List.of("29–30 November 2016", "IV International Congress “St. Petersburg and the Slavic World”",
                "Participant"), meetings.rows().get(0).subList(0, 3));
        String mark = meetings.rows().get(0).get(3);
        assertTrue(mark.matches("\\[\\d+, \\d+]") && mark.split(",").length == 2, "two passages: " + mark);
        assertTrue(passage(d, "[" + mark.substring(mark.indexOf(' ') + 1)).text().contains("Słowacji (Koszyce)"), mark);
        assertEquals(5, meetings.rows().size(), "the congress and the four events inside it that Košice attended");
    }

    @Test
    void aMeetingTheSourceDoesNotStateOutrightIsMarkedInferredAsTheDetailsMarkIt() {
        PaperDocument d = brief("kosice", UiLanguage.POLISH);
        Table meetings = tableAfter(d, "Dotychczasowe spotkania");
        List<String> marks = meetings.rows().stream().map(r -> r.get(3)).toList();
        assertFalse(marks.get(0).contains("(wniosek)"), "the congress is stated: " + marks);
        assertEquals(4, marks.stream().filter(mk -> mk.matches("\\[\\d+(, \\d+)*] \\(wniosek\\)")).count(),
                "the two visits and the conference the details mark \"wniosek\", and the summary Košice attends"
                        + " through the conference, on the same evidence: " + marks);
        assertEquals(marks.get(3), marks.get(4), marks.toString());
        assertTrue(d.blocks().contains(PaperDocument.Paragraph.of("(wniosek): źródło nie mówi tego wprost; "
                + "wywnioskowano to z przytoczonego fragmentu.")), "the sources say once what the word means");
        assertEquals(1, d.blocks().stream().filter(b -> b.toString().contains("przytoczonego fragmentu")).count(),
                "explained once");
    }

    @Test
    void aPlacesBriefGivesItsNativeNameAndDoesNotRepeatTheKindAndCountryOfTheLineUnderItsTitle() {
        PaperDocument d = brief("kragujevac", UiLanguage.POLISH);
        List<PaperDocument.Paragraph> lines = d.blocks().stream().filter(PaperDocument.Paragraph.class::isInstance)
                .map(PaperDocument.Paragraph.class::cast).toList();
        assertTrue(lines.stream().anyMatch(p -> p.text().startsWith("Крагујевац")), "the native name: " + lines);
        assertTrue(lines.get(0).text().contains("Serbia"), "kind and country under the title: " + lines.get(0));
        assertTrue(lines.stream().noneMatch(p -> p.label().equals("Rodzaj:") || p.label().equals("Kraj:")),
                "said once: " + lines);
        PaperDocument krakow = brief("krakow", UiLanguage.POLISH);
        assertTrue(krakow.blocks().stream().noneMatch(b -> b instanceof PaperDocument.Paragraph p
                && p.label().startsWith("Nazwa")), "no native name line when it is the title's name");
    }

    @Test
    void aCountrysBriefNamesWhichOfItsPlacesMetAndListsThemInPolish() {
        PaperDocument d = brief("rs", UiLanguage.POLISH);
        assertEquals("Notatka przed wizytą: Serbia", d.title());
        assertEquals(List.of("Dotychczasowe spotkania", "Miejsca", "Źródła", "Cele"), headings(d));
        Table meetings = tableAfter(d, "Dotychczasowe spotkania");
        assertEquals("Uczestniczące miejsca", meetings.headers().get(2));
        assertEquals("Kragujevac, Kruševac, Vranje", meetings.rows().get(0).get(2));
    }

    @Test
    void theEarlierMeetingsOfAnEventsPartnersAreThoseBeforeItOutsideIt() {
        PaperDocument d = brief("governor-summary-2016-11-30", UiLanguage.ENGLISH);
        int at = d.blocks().indexOf(new Heading("Earlier meetings with these partners"));
        Table earlier = (Table) d.blocks().get(at + 1);
        assertEquals(List.of("Date", "Meeting", "Partners"), earlier.headers());
        // the summary of 30 November inherits the conference's partners; their visits of the 29th came before,
        // one row each, naming the partners at them
        assertEquals(2, earlier.rows().size(), earlier.rows().toString());
        assertEquals("29 November 2016", earlier.rows().get(0).get(0));
        assertTrue(earlier.rows().get(0).get(2).startsWith("Republika Srpska, Sofia, Haskovo"), earlier.rows().toString());
        assertTrue(earlier.rows().stream().noneMatch(r -> r.get(1).startsWith("IV International Congress")),
                "not the congress it is part of");
    }

    @Test
    void aBriefIsMadeOfEventsPlacesAndCountriesOnly() {
        assertTrue(BriefMaker.covers(DATA.place("kosice").orElseThrow()));
        assertFalse(BriefMaker.covers(DATA.person("rihter").orElseThrow()));
        assertThrows(IllegalArgumentException.class, () -> new BriefMaker(INDEX, Messages.of(UiLanguage.ENGLISH))
                .of(DATA.person("rihter").orElseThrow()));
        assertNull(BriefMaker.find(INDEX, "no-such-id"));
    }

    @Test
    void aBriefIsProposedUnderItsRecordsTitleInTheLanguageShown() {
        Event congress = DATA.event("congress-2016").orElseThrow();
        assertEquals("brief – IV International Congress “St. Petersburg and the Slavic World”",
                BriefMaker.fileName(congress, Messages.of(UiLanguage.ENGLISH)));
        assertEquals("notatka – IV Międzynarodowy Kongres „St. Petersburg i Świat Słowiański”",
                BriefMaker.fileName(congress, Messages.of(UiLanguage.POLISH)));
        assertEquals("notatka – Koszyce", BriefMaker.fileName(DATA.place("kosice").orElseThrow(),
                Messages.of(UiLanguage.POLISH)));
    }

    @Test
    void aTitleWithCharactersWindowsForbidsGivesAFileNameAColleagueOnWindowsCanOpen() {
        Event congress = DATA.event("congress-2016").orElseThrow();
        Event titled = new Event(congress.id(), congress.kind(), new Names("Wizyta: Serbia? 2016/17", "Visit: Serbia?"
                + " 2016/17 <draft>", ""), congress.parent(), congress.start(), congress.end(), congress.order(),
                congress.venue(), congress.place(), congress.description(), congress.participants(), congress.people(),
                congress.organisations(), congress.evidence());
        String polish = BriefMaker.fileName(titled, Messages.of(UiLanguage.POLISH));
        assertEquals("notatka – Wizyta - Serbia 2016 - 17", polish);
        assertEquals("brief – Visit - Serbia 2016 - 17 draft", BriefMaker.fileName(titled, Messages.of(UiLanguage.ENGLISH)));
        assertEquals(Optional.empty(), FileNames.problem(polish + ".pdf"));
    }
}
