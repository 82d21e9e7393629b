package app.delegations.ui.filter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.delegations.index.DatasetIndex;
import app.delegations.index.PlaceEntry;
import app.delegations.model.Dataset;
import app.delegations.model.Event;
import app.delegations.model.EventKind;
import app.delegations.model.Names;
import app.delegations.model.Participation;
import app.delegations.model.PlaceRole;
import app.delegations.ui.TestData;
import app.delegations.ui.common.DateText;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The filter's date part: an event is left when its [start, end] overlaps the range (an empty end is open) and,
 * with years ticked, covers a day of one; a place when it took part in such an event; the year facet counts the
 * events ticking a year would leave. Presets are computed from a fixed clock.
 */
class DateFilterTest {
    /** "Today" for the presets: 6 December 2026. */
    private static final Clock DEC_6_2026 = Clock.fixed(LocalDate.of(2026, 12, 6).atStartOfDay()
            .toInstant(ZoneOffset.UTC), ZoneOffset.UTC);

    private final Dataset congress = TestData.congress();
    private final FilterModel filter = new FilterModel(DEC_6_2026);

    private List<String> eventsLeft(Dataset data) {
        return data.events().stream().filter(filter.eventPredicateProperty().get()).map(Event::id).toList();
    }

    private List<String> placesLeft() {
        return filter.index().entries().stream().filter(filter.placePredicateProperty().get()).map(PlaceEntry::id)
                .toList();
    }

    private static LocalDate day(int year, int month, int day) {
        return LocalDate.of(year, month, day);
    }

    @Test
    void anEventIsLeftWhenItOverlapsTheRangeEvenByItsLastOrFirstDay() {
        filter.setIndex(DatasetIndex.build(congress));
        filter.toProperty().set(TestData.NOV_29);
        assertEquals(List.of("congress-2016", "visit-it-universities-2016-11-29", "visit-city-units-2016-11-29"),
                eventsLeft(congress), "the congress (29–30 November) ends after the range but starts on its last day");
        filter.toProperty().set(null);
        filter.fromProperty().set(TestData.NOV_30);
        assertEquals(List.of("congress-2016", "conference-smolny-2016-11-30", "governor-summary-2016-11-30",
                        "krakow-strategy-presentation-2016-11-30", "krakow-portals-presentation-2016-11-30"),
                eventsLeft(congress), "the congress starts before the range but ends on its first day");
        filter.fromProperty().set(TestData.NOV_30.plusDays(1));
        assertEquals(List.of(), eventsLeft(congress), "the day after the congress");
        assertEquals(List.of(), placesLeft());
        filter.fromProperty().set(TestData.NOV_29.minusDays(1));
        filter.toProperty().set(TestData.NOV_29.minusDays(1));
        assertEquals(List.of(), eventsLeft(congress), "the day before it");
        assertEquals(0, filter.matchCountProperty().get());
    }

    @Test
    void emptyEndsAreOpenAndAnOpenRangeIsNoFilter() {
        filter.setIndex(DatasetIndex.build(congress));
        filter.fromProperty().set(day(2000, 1, 1));
        assertTrue(filter.activeProperty().get(), "a date set is a filter, even one that leaves everything");
        assertEquals(7, eventsLeft(congress).size());
        filter.fromProperty().set(null);
        filter.toProperty().set(day(2100, 1, 1));
        assertEquals(7, eventsLeft(congress).size());
        assertEquals(15, placesLeft().size());
        filter.toProperty().set(null);
        assertFalse(filter.activeProperty().get());
        assertSame(FilterModel.EVERY_EVENT, filter.eventPredicateProperty().get());
    }

    @Test
    void presetsCountFromTheClocksToday() {
        filter.setIndex(DatasetIndex.build(congress));
        assertEquals(DatePreset.ANY_TIME, filter.presetProperty().get());
        filter.applyPreset(DatePreset.THIS_YEAR);
        assertEquals(List.of(day(2026, 1, 1), day(2026, 12, 31)), range());
        assertEquals(DatePreset.THIS_YEAR, filter.presetProperty().get());
        filter.applyPreset(DatePreset.LAST_YEAR);
        assertEquals(List.of(day(2025, 1, 1), day(2025, 12, 31)), range());
        filter.applyPreset(DatePreset.LAST_12_MONTHS);
        assertEquals(List.of(day(2025, 12, 7), day(2026, 12, 6)), range());
        assertEquals(List.of(), eventsLeft(congress), "the 2016 congress is not in the last 12 months of 2026");
        filter.toProperty().set(day(2026, 12, 5));
        assertNull(filter.presetProperty().get(), "a range of the user's own is no preset");
        filter.applyPreset(DatePreset.ANY_TIME);
        assertEquals(Arrays.asList(null, null), range());
        assertFalse(filter.activeProperty().get());
        assertEquals(DatePreset.ANY_TIME, filter.presetProperty().get());
    }

    @Test
    void aPresetIsOneRecomputation() {
        filter.setIndex(DatasetIndex.build(congress));
        int[] changes = {0};
        filter.placePredicateProperty().addListener((o, a, b) -> changes[0]++);
        filter.applyPreset(DatePreset.LAST_YEAR);
        assertEquals(1, changes[0]);
    }

    @Test
    void lastTwelveMonthsEndToday() {
        var f = new FilterModel(Clock.fixed(TestData.NOV_30.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC),
                ZoneOffset.UTC));
        f.setIndex(DatasetIndex.build(congress));
        f.applyPreset(DatePreset.LAST_12_MONTHS);
        assertEquals(7, congress.events().stream().filter(f.eventPredicateProperty().get()).count());
        f.applyPreset(DatePreset.LAST_YEAR);
        assertEquals(0, congress.events().stream().filter(f.eventPredicateProperty().get()).count());
    }

    private List<LocalDate> range() {
        return Arrays.asList(filter.fromProperty().get(), filter.toProperty().get());
    }

    /** Events over the years: one a year 2019–2023, one across New Year 2021/2022, each naming one place. */
    private static Dataset years() {
        Dataset base = TestData.congress();
        var events = new ArrayList<Event>();
        for (int y = 2019; y <= 2023; y++) {
            events.add(event("visit-" + y, day(y, 6, 1), day(y, 6, 2), y % 2 == 0 ? "krakow" : "sofia"));
        }
        events.add(event("new-year", day(2021, 12, 30), day(2022, 1, 2), "kosice"));
        return new Dataset(1, base.sources(), base.countries(), base.places(), List.of(), List.of(), List.of(), events);
    }

    private static Event event(String id, LocalDate start, LocalDate end, String place) {
        return new Event(id, EventKind.VISIT, new Names(id, id, id), null, start, end, 1, null, null, null,
                List.of(new Participation(place, PlaceRole.PARTICIPANT, List.of())), List.of(), List.of(),
                List.of(TestData.reference(List.of())));
    }

    @Test
    void theYearFacetCountsEventsPerYearAndCombinesWithTheRange() {
        Dataset data = years();
        filter.setIndex(DatasetIndex.build(data));
        assertEquals(Map.of(2019, 1, 2020, 1, 2021, 2, 2022, 2, 2023, 1), filter.countsProperty().get().years(),
                "an event across New Year counts in both years");
        filter.years().add(2021);
        assertEquals(List.of("visit-2021", "new-year"), eventsLeft(data));
        assertEquals(Set.of("sofia", "kosice"), Set.copyOf(placesLeft()));
        filter.years().add(2019);
        assertEquals(List.of("visit-2019", "visit-2021", "new-year"), eventsLeft(data), "ticked years are alternatives");
        filter.fromProperty().set(day(2021, 1, 1));
        assertEquals(List.of("visit-2021", "new-year"), eventsLeft(data), "the years and the range must both match");
        assertEquals(Map.of(2021, 2, 2022, 2, 2023, 1), filter.countsProperty().get().years(),
                "a year's count applies the range but not the other ticked years");
        filter.countries().add("PL");
        assertEquals(List.of(), eventsLeft(data), "Kraków's visits are in even years");
        assertEquals(Map.of(2022, 1), filter.countsProperty().get().years(), "the other facets apply to the counts");
    }

    @Test
    void aYearCountsTheEventsTheSearchFindsThroughAPersonAsTheEventsViewShowsThem() {
        filter.setIndex(DatasetIndex.build(congress));
        filter.searchTextProperty().set("rihter");
        int shown = eventsLeft(congress).size();
        assertTrue(shown > 0, "her congress is shown");
        assertEquals(Map.of(2016, shown), filter.countsProperty().get().years(), "not 0: she is no place");
    }

    @Test
    void aYearOfThousandsOfEventsIsOneRow() {
        Dataset base = TestData.congress();
        var events = new ArrayList<Event>();
        for (int i = 0; i < 3_000; i++) {
            events.add(event("e" + i, day(2020, 1, 1).plusDays(i % 700), day(2020, 1, 1).plusDays(i % 700), "krakow"));
        }
        filter.setIndex(DatasetIndex.build(new Dataset(1, base.sources(), base.countries(), base.places(), List.of(),
                List.of(), List.of(), events)));
        var counts = filter.countsProperty().get().years();
        assertEquals(Set.of(2020, 2021), counts.keySet());
        assertEquals(3_000, counts.get(2020) + counts.get(2021));
    }

    @Test
    void clearOpensTheRangeAndUnticksTheYears() {
        filter.setIndex(DatasetIndex.build(years()));
        filter.fromProperty().set(day(2020, 1, 1));
        filter.toProperty().set(day(2021, 1, 1));
        filter.years().add(2020);
        int[] changes = {0};
        filter.placePredicateProperty().addListener((o, a, b) -> changes[0]++);
        filter.clear();
        assertEquals(1, changes[0], "one recomputation for the whole clear");
        assertNull(filter.fromProperty().get());
        assertNull(filter.toProperty().get());
        assertTrue(filter.years().isEmpty());
        assertFalse(filter.activeProperty().get());
    }

    @Test
    void theDateFilterSurvivesANewIndex() {
        filter.setIndex(DatasetIndex.build(years()));
        filter.years().add(2019);
        filter.setIndex(DatasetIndex.build(years()));
        assertEquals(List.of("visit-2019"), eventsLeft(years()));
    }

    @Test
    void organisationsFollowTheirPlacesDates() {
        filter.setIndex(DatasetIndex.build(congress));
        PlaceEntry krakow = filter.index().entry("krakow");
        PlaceEntry sofia = filter.index().entry("sofia");
        filter.fromProperty().set(TestData.NOV_30);
        filter.toProperty().set(TestData.NOV_30);
        assertTrue(FilterLeaves.organisations(filter).test(krakow, ""));
        filter.fromProperty().set(TestData.NOV_30.plusDays(1));
        filter.toProperty().set(null);
        assertFalse(FilterLeaves.organisations(filter).test(sofia, ""));
        assertFalse(FilterLeaves.organisations(filter).test(null, ""), "one without a place only while no facet is set");
    }

    @Test
    void typedDatesInTheUiLanguageOrIso() {
        var pl = new DateText(Locale.forLanguageTag("pl"));
        assertEquals(TestData.NOV_29, pl.parse("29.11.2016"));
        assertEquals(TestData.NOV_29, pl.parse(" 2016-11-29 "));
        assertEquals(day(2016, 2, 1), pl.parse("1.2.2016"));
        assertEquals("29.11.2016", pl.format(TestData.NOV_29));
        assertNull(pl.parse("  "), "an empty field is an open end");
        assertThrows(DateTimeParseException.class, () -> pl.parse("29.13.2016"));
        assertThrows(DateTimeParseException.class, () -> pl.parse("31.02.2016"), "no 31 February");
        assertThrows(DateTimeParseException.class, () -> pl.parse("wczoraj"));
        var en = new DateText(Locale.ENGLISH);
        assertEquals(TestData.NOV_29, en.parse("29 Nov 2016"));
        assertEquals(TestData.NOV_29, en.parse("29 november 2016"));
        assertEquals(TestData.NOV_29, en.parse("2016-11-29"));
        assertEquals("29 Nov 2016", en.format(TestData.NOV_29));
        assertThrows(DateTimeParseException.class, () -> en.parse("29.11.2016"));
    }
}
