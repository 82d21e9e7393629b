package app.delegations.ui.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.delegations.data.Checkpoint;
import app.delegations.index.DatasetIndex;
import app.delegations.model.Dataset;
import app.delegations.model.Event;
import app.delegations.model.Place;
import app.delegations.model.EventKind;
import app.delegations.model.Names;
import app.delegations.model.Participation;
import app.delegations.model.PlaceRole;
import app.delegations.ui.DatasetEdits;
import app.delegations.ui.TestData;
import app.delegations.ui.common.Messages;
import app.delegations.ui.common.RowPatch;
import app.delegations.ui.common.Selection;
import app.delegations.ui.common.SortKey;
import app.delegations.ui.common.Tsv;
import app.delegations.ui.common.UiLanguage;
import app.delegations.ui.filter.FilterModel;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The Events table's rows on the bundled congress, as an officer filters, narrows, sorts and copies them. */
class EventsViewModelTest {
    private static final String CONGRESS = "congress-2016";
    private static final String VISIT_IT = "visit-it-universities-2016-11-29";
    private static final String VISIT_UNITS = "visit-city-units-2016-11-29";
    private static final String CONFERENCE = "conference-smolny-2016-11-30";
    private static final String STRATEGY = "krakow-strategy-presentation-2016-11-30";
    private static final String PORTALS = "krakow-portals-presentation-2016-11-30";
    private static final String SUMMARY = "governor-summary-2016-11-30";
    private static final String EM = EventRow.INDENT;

    private final FilterModel filter = new FilterModel();
    private final Selection selection = new Selection();
    private final EventsViewModel vm = new EventsViewModel(filter, selection);
    private final Dataset data = TestData.congress();

    private void show(UiLanguage language) {
        DatasetIndex index = DatasetIndex.build(data);
        filter.setIndex(index);
        vm.setRows(index, EventRow.build(index, Messages.of(language), Checkpoint.NONE));
    }

    private List<String> ids() {
        return vm.items().stream().map(EventRow::id).toList();
    }

    private EventRow row(String id) {
        return vm.allRows().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void everyEventInTreeOrderWithTheConferencesPartsUnderIt() {
        show(UiLanguage.POLISH);
        assertEquals(List.of(CONGRESS, VISIT_IT, VISIT_UNITS, CONFERENCE, STRATEGY, PORTALS, SUMMARY), ids(),
                "the congress, its parts by day and order, the conference's parts under it by order");
        EventRow congress = row(CONGRESS);
        assertEquals("29–30 listopada 2016", congress.dates());
        assertEquals("IV Międzynarodowy Kongres „St. Petersburg i Świat Słowiański”", congress.title());
        assertEquals("Kongres", congress.kind());
        assertEquals("Sankt Petersburg", congress.place());
        assertEquals("", congress.parent(), "top-level");
        assertEquals(15, congress.places());
        assertEquals("", congress.presenters());

        EventRow conference = row(CONFERENCE);
        assertEquals("30 listopada 2016", conference.dates());
        assertEquals(EM + "Rola technologii informacyjnych dla rozwoju współczesnych miast", conference.shownTitle(),
                "indented one level");
        assertEquals("Rola technologii informacyjnych dla rozwoju współczesnych miast",
                conference.text(EventColumn.TITLE), "copied without the indentation");
        assertEquals("Smolny", conference.place(), "the venue");
        assertEquals(congress.title(), conference.parent());

        EventRow strategy = row(STRATEGY);
        assertEquals(2, strategy.depth());
        assertEquals(EM + EM + strategy.title(), strategy.shownTitle());
        assertEquals("Prezentacja", strategy.kind());
        assertEquals(conference.title(), strategy.parent());
        assertEquals(1, strategy.places());
        assertEquals("Kraków", strategy.presenters());
        assertEquals(15, row(SUMMARY).places(), "no participants of its own: the conference's");
    }

    @Test
    void theSearchLeavesTheEventsOfTheMatchingPlaces() {
        show(UiLanguage.POLISH);
        filter.searchTextProperty().set("Kraków");
        assertEquals(List.of(CONGRESS, CONFERENCE, STRATEGY, PORTALS, SUMMARY), ids(),
                "not the visits, where Kraków was not");
        filter.searchTextProperty().set("");
        assertEquals(7, vm.items().size());
    }

    @Test
    void tickingSerbiaLeavesTheEventsWithSerbianPartnersWithTheirDates() {
        show(UiLanguage.POLISH);
        filter.countries().add("RS");
        assertEquals(List.of(CONGRESS, VISIT_IT, VISIT_UNITS, CONFERENCE, SUMMARY), ids());
        assertEquals(List.of("29–30 listopada 2016", "29 listopada 2016", "29 listopada 2016", "30 listopada 2016",
                "30 listopada 2016"), vm.items().stream().map(EventRow::dates).toList());
        for (EventRow r : vm.items()) {
            assertTrue(filter.eventPredicateProperty().get().test(r.event()), "what the timeline shows");
        }
    }

    @Test
    void selectingAPlaceNarrowsToItsEventsAndSelectingOneOfThemKeepsTheNarrowing() {
        show(UiLanguage.POLISH);
        selection.select(data.place("krakow").orElseThrow());
        assertEquals(List.of(CONGRESS, CONFERENCE, STRATEGY, PORTALS, SUMMARY), ids());
        assertEquals("Wydarzenia z udziałem: Kraków", vm.narrowingLegend(Messages.of(UiLanguage.POLISH)));
        assertEquals("Events with Kraków", vm.narrowingLegend(Messages.of(UiLanguage.ENGLISH)));

        vm.select(vm.items().get(2));
        assertEquals(STRATEGY, ((Event) selection.get()).id(), "the row's event is selected");
        assertEquals(List.of(CONGRESS, CONFERENCE, STRATEGY, PORTALS, SUMMARY), ids(), "the table does not jump");
        selection.clear();
        assertEquals(5, vm.items().size(), "nor when the selection is cleared");

        vm.clearNarrowing();
        assertNull(vm.narrowingProperty().get());
        assertNull(vm.narrowingLegend(Messages.of(UiLanguage.POLISH)));
        assertEquals(7, vm.items().size());
    }

    @Test
    void selectingACountryNarrowsToTheEventsOfItsPlacesAndANewFileKeepsIt() {
        show(UiLanguage.ENGLISH);
        selection.select(data.country("PL").orElseThrow());
        assertEquals(List.of(CONGRESS, VISIT_IT, VISIT_UNITS, CONFERENCE, STRATEGY, PORTALS, SUMMARY), ids(),
                "Gdańsk went on the visits, Kraków presented");
        selection.select(data.place("kragujevac").orElseThrow());
        assertEquals(List.of(CONGRESS, VISIT_IT, VISIT_UNITS, CONFERENCE, SUMMARY), ids());
        show(UiLanguage.POLISH);
        assertEquals(List.of(CONGRESS, VISIT_IT, VISIT_UNITS, CONFERENCE, SUMMARY), ids(),
                "the same partner's events after a language switch");
        assertEquals("kragujevac", vm.narrowingProperty().get() instanceof Place p ? p.id() : null);
    }

    @Test
    void sortingByDatesDescendingSortsFlat() {
        show(UiLanguage.ENGLISH);
        vm.sort(List.of(new SortKey<>(EventColumn.DATES, false)));
        assertEquals(List.of(SUMMARY, PORTALS, CONFERENCE, STRATEGY, CONGRESS, VISIT_UNITS, VISIT_IT), ids(),
                "latest start, then end, then order first; ties in tree order");
        for (EventRow r : vm.items()) {
            assertEquals(r.title(), r.shownTitle(), "no indentation out of tree order");
        }
        vm.sort(List.of());
        assertEquals(List.of(CONGRESS, VISIT_IT, VISIT_UNITS, CONFERENCE, STRATEGY, PORTALS, SUMMARY), ids(),
                "no sort: the tree again");
    }

    @Test
    void copiesTheSelectedRowsAsTabSeparatedTextWithHeaders() {
        show(UiLanguage.ENGLISH);
        String tsv = Tsv.of(List.of(EventColumn.values()), List.of(row(CONFERENCE), row(STRATEGY)),
                Messages.of(UiLanguage.ENGLISH));
        assertEquals("Dates\tTitle\tKind\tVenue or place\tPart of\tPlaces\tPresenters\n"
                + "30 November 2016\tThe role of information technologies in the development of modern cities\t"
                + "Conference\tSmolny\tIV International Congress “St. Petersburg and the Slavic World”\t15\t\n"
                + "30 November 2016\tKraków's City Development Strategy, with emphasis on Smart City priorities\t"
                + "Presentation\t\tThe role of information technologies in the development of modern cities\t1\t"
                + "Kraków\n", tsv);
    }

    /** The events table as the window shows an edit: the rows patched with the new index (see EditedRowTest). */
    private DatasetIndex update(DatasetIndex before, Dataset after, UiLanguage language) {
        DatasetIndex index = DatasetIndex.build(after);
        Messages m = Messages.of(language);
        RowPatch<EventRow> patch = RowPatch.between(List.copyOf(vm.allRows()),
                EventRow.rebuild(before, List.copyOf(vm.allRows()), index, m, Checkpoint.NONE), EventRow::id,
                EventRow::sameAs);
        filter.updateIndex(index);
        vm.patchRows(index, patch);
        return index;
    }

    private static Event visitOfKosiceToKrakow() {
        return new Event("kosice-visit-2025-03-15", EventKind.VISIT,
                new Names("Wizyta delegacji z Koszyc w Krakowie", "Visit of a Košice delegation to Kraków",
                        "Návšteva delegácie z Košíc v Krakove", List.of()),
                null, LocalDate.of(2025, 3, 15), LocalDate.of(2025, 3, 16), 1, null, "krakow", null,
                List.of(new Participation("kosice", PlaceRole.PARTICIPANT, List.of()),
                        new Participation("krakow", PlaceRole.HOST, List.of())),
                List.of(), List.of(), List.of());
    }

    @Test
    void aNewEventWithTheNarrowedPartnerJoinsItsRowsAndLeavesThemOnUndo() {
        show(UiLanguage.POLISH);
        selection.select(data.place("kosice").orElseThrow());
        List<String> before = ids();
        assertEquals(5, before.size(), "Košice's events of the congress: " + before);

        Event visit = visitOfKosiceToKrakow();
        var events = new ArrayList<>(data.events());
        events.add(visit);
        Dataset added = new Dataset(data.schemaVersion(), data.sources(), data.countries(), data.places(),
                data.venues(), data.organisations(), data.people(), events);
        DatasetIndex after = update(DatasetIndex.build(data), added, UiLanguage.POLISH);
        assertTrue(ids().contains(visit.id()), "the new visit with Košice is among Košice's events: " + ids());
        assertEquals(6, ids().size());

        selection.select(visit);
        selection.select(added.place("kosice").orElseThrow()); // Places › Košice again
        assertEquals(6, ids().size(), "selecting Košice again shows the same six");

        update(after, data, UiLanguage.POLISH); // undo
        assertEquals(before, ids(), "undone, the visit is gone from Košice's events");
    }

    @Test
    void anEventGivenTheNarrowedCountryAsParticipantJoinsItsRows() {
        show(UiLanguage.ENGLISH);
        selection.select(data.country("SK").orElseThrow());
        assertTrue(!ids().contains(STRATEGY), "Slovakia did not present Kraków's strategy");
        Event strategy = data.event(STRATEGY).orElseThrow();
        var participants = new ArrayList<>(strategy.participants());
        participants.add(new Participation("kosice", PlaceRole.PARTICIPANT, List.of()));
        Event edited = new Event(strategy.id(), strategy.kind(), strategy.title(), strategy.parent(), strategy.start(),
                strategy.end(), strategy.order(), strategy.venue(), strategy.place(), strategy.description(),
                participants, strategy.people(), strategy.organisations(), strategy.evidence());
        update(DatasetIndex.build(data), DatasetEdits.with(data, edited), UiLanguage.ENGLISH);
        assertTrue(ids().contains(STRATEGY), "an existing event that now has Košice is among Slovakia's: " + ids());
    }
}
