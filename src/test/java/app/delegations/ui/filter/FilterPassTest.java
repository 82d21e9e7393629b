package app.delegations.ui.filter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.delegations.index.DatasetIndex;
import app.delegations.index.PlaceEntry;
import app.delegations.model.PlaceKind;
import app.delegations.model.PlaceRole;
import app.delegations.text.TextFold;
import app.delegations.ui.TestData;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The one pass over the places, without JavaFX: what it leaves and counts equals the filter's definition
 * checked place by place on the entries (search, every facet and the date part must match; a facet's count
 * ignores that facet). The date part comes as a flag per place, here the places of a day's events.
 */
class FilterPassTest {
    private final DatasetIndex index = DatasetIndex.build(TestData.congress());

    private final List<FilterChoice> choices = List.of(
            FilterChoice.NONE,
            choice("kra", Set.of(), Set.of(), Set.of(), Set.of()),
            choice("serbia", Set.of(), Set.of(), Set.of(), Set.of()),
            choice("", Set.of("RS", "PL"), Set.of(), Set.of(), Set.of()),
            choice("", Set.of(), Set.of(PlaceKind.REGION), Set.of(), Set.of()),
            choice("", Set.of(), Set.of(), Set.of(PlaceRole.HOST, PlaceRole.PRESENTER), Set.of()),
            choice("", Set.of(), Set.of(), Set.of(), Set.of(TestData.NOV_30)),
            choice("o", Set.of("BG", "HR", "RS"), Set.of(PlaceKind.CITY, PlaceKind.REGION),
                    Set.of(PlaceRole.PARTICIPANT), Set.of(TestData.NOV_29, TestData.NOV_30)),
            choice("nowhere", Set.of(), Set.of(), Set.of(), Set.of()));

    /** A choice whose date part leaves the places of the events on the given days (none given: no date part). */
    private FilterChoice choice(String search, Set<String> countries, Set<PlaceKind> kinds, Set<PlaceRole> roles,
                                Set<LocalDate> days) {
        boolean[] dated = null;
        if (!days.isEmpty()) {
            dated = new boolean[index.entries().size()];
            for (PlaceEntry e : index.entries()) {
                dated[e.index()] = index.eventsOf(e.id()).stream().anyMatch(ev -> days.stream()
                        .anyMatch(d -> !d.isBefore(ev.start()) && !d.isAfter(ev.end())));
            }
        }
        return new FilterChoice(TextFold.words(search), countries, kinds, roles, dated);
    }

    @Test
    void thePassLeavesExactlyThePlacesMatchingEveryPart() {
        var pass = new FilterPass();
        for (FilterChoice c : choices) {
            FilterPass.Outcome o = pass.apply(index, c);
            int matched = 0;
            for (PlaceEntry e : index.entries()) {
                boolean expected = search(e, c) && country(e, c) && kind(e, c) && role(e, c) && dated(e, c);
                assertEquals(expected, o.matches()[e.index()], e.id() + " with " + c);
                assertEquals(search(e, c) && country(e, c) && kind(e, c) && role(e, c), o.undated()[e.index()],
                        e.id() + " without the date part, with " + c);
                matched += expected ? 1 : 0;
            }
            assertEquals(matched, o.matched(), c.toString());
            assertEquals(c != FilterChoice.NONE, o.active(), c.toString());
        }
    }

    @Test
    void eachFacetValueCountsWhatChoosingItWouldLeave() {
        var pass = new FilterPass();
        for (FilterChoice c : choices) {
            FacetCounts counts = pass.apply(index, c).counts();
            for (String code : index.countryCodes()) {
                long n = index.entries().stream().filter(e -> search(e, c) && kind(e, c) && role(e, c) && dated(e, c)
                        && e.place().country().equals(code)).count();
                assertEquals(n, counts.country(code), code + " with " + c);
            }
            for (PlaceKind k : PlaceKind.values()) {
                long n = index.entries().stream().filter(e -> search(e, c) && country(e, c) && role(e, c) && dated(e, c)
                        && e.place().kind() == k).count();
                assertEquals(n, counts.kind(k), k + " with " + c);
            }
            for (PlaceRole r : PlaceRole.values()) {
                long n = index.entries().stream().filter(e -> search(e, c) && country(e, c) && kind(e, c) && dated(e, c)
                        && e.roles().contains(r)).count();
                assertEquals(n, counts.role(r), r + " with " + c);
            }
            assertTrue(counts.years().isEmpty(), "the year counts are the date part's");
        }
    }

    @Test
    void countsLeaveOutValuesNoPlaceWouldHave() {
        FacetCounts counts = new FilterPass().apply(index, choice("nowhere", Set.of(), Set.of(), Set.of(), Set.of())).counts();
        assertTrue(counts.countries().isEmpty());
        assertTrue(counts.kinds().isEmpty());
        assertTrue(counts.roles().isEmpty());
        assertTrue(counts.years().isEmpty());
    }

    @Test
    void anEmptyIndexLeavesNothingAndCountsNothing() {
        FilterPass.Outcome o = new FilterPass().apply(DatasetIndex.empty(), choice("kra", Set.of("PL"), Set.of(),
                Set.of(), Set.of()));
        assertEquals(0, o.matches().length);
        assertEquals(0, o.matched());
        assertTrue(o.active());
        assertFalse(o.counts().countries().containsKey("PL"));
    }

    private boolean search(PlaceEntry e, FilterChoice c) {
        String country = index.countrySearchText(e.countryIndex());
        return c.words().stream().allMatch(w -> e.folded().contains(w) || country.contains(w));
    }

    private static boolean country(PlaceEntry e, FilterChoice c) {
        return c.countries().isEmpty() || c.countries().contains(e.place().country());
    }

    private static boolean kind(PlaceEntry e, FilterChoice c) {
        return c.kinds().isEmpty() || c.kinds().contains(e.place().kind());
    }

    private static boolean role(PlaceEntry e, FilterChoice c) {
        return c.roles().isEmpty() || !Collections.disjoint(c.roles(), e.roles());
    }

    private static boolean dated(PlaceEntry e, FilterChoice c) {
        return c.dated() == null || c.dated()[e.index()];
    }
}
