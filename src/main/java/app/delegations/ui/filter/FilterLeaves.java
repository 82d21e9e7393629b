package app.delegations.ui.filter;

import app.delegations.index.PlaceEntry;
import app.delegations.model.Country;
import app.delegations.model.Entity;
import app.delegations.model.Event;
import app.delegations.model.Organisation;
import app.delegations.model.Person;
import app.delegations.model.Place;
import app.delegations.model.PlaceKind;
import app.delegations.model.PlaceRole;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Predicate;

/** What the shared filter leaves, asked of one record: the views show exactly what these answers say. */
public final class FilterLeaves {
    private FilterLeaves() {
    }

    /**
     * How many places the whole filter leaves in a country. The country facet's count is what the rest of the
     * filter leaves there; the facet itself then keeps a country's places only when it is chosen or none is.
     */
    public static int placesIn(FilterModel filter, String countryCode) {
        boolean chosen = filter.countries().isEmpty() || filter.countries().contains(countryCode);
        return chosen ? filter.countsProperty().get().country(countryCode) : 0;
    }

    /**
     * True when the record is among what the filter leaves: a place in Places, a country in Countries (it has
     * a place left, or the filter is off), an event on the timeline. A place the filter's dataset does not
     * hold (the filter not yet given the new data) counts as left; an organisation by {@link #organisations}, a
     * person by {@link #people}.
     */
    public static boolean record(FilterModel filter, Entity record) {
        if (record instanceof Place p) {
            PlaceEntry e = filter.index().entry(p.id());
            return e == null || filter.placePredicateProperty().get().test(e);
        }
        if (record instanceof Country c) {
            return !filter.activeProperty().get() || placesIn(filter, c.code()) > 0;
        }
        if (record instanceof Event e) {
            return filter.eventPredicateProperty().get().test(e);
        }
        if (record instanceof Organisation o) {
            PlaceEntry place = o.place() == null ? null : filter.index().entry(o.place());
            return organisations(filter).test(place, filter.index().organisationSearchText(o));
        }
        if (record instanceof Person p) {
            return people(filter).test(PersonTies.of(filter.index(), p));
        }
        return true;
    }

    /**
     * Which organisations the filter leaves, as a test of an organisation's place entry (null when it has none
     * the dataset defines) and its {@linkplain app.delegations.index.DatasetIndex#organisationSearchText folded
     * search text}; made once per change of the filter, then O(words) per organisation. Every organisation
     * while the filter is off. While it is on, one with a place when the place passes the facets (countries,
     * kinds, roles, and the dates: an organisation has them through its place) and every search word is in its search
     * text; one without a place only while no facet is set and every search word is in its own names.
     */
    public static BiPredicate<PlaceEntry, String> organisations(FilterModel filter) {
        if (!filter.activeProperty().get()) {
            return (place, text) -> true;
        }
        Set<String> countries = Set.copyOf(filter.countries());
        Set<PlaceKind> kinds = Set.copyOf(filter.kinds());
        Set<PlaceRole> roles = Set.copyOf(filter.roles());
        boolean[] dated = filter.datedPlaces();
        boolean anyFacet = !countries.isEmpty() || !kinds.isEmpty() || !roles.isEmpty() || dated != null;
        List<String> words = filter.searchWordsProperty().get();
        Predicate<PlaceEntry> facets = e -> (countries.isEmpty() || countries.contains(e.place().country()))
                && (kinds.isEmpty() || kinds.contains(e.place().kind()))
                && (roles.isEmpty() || !Collections.disjoint(roles, e.roles()))
                && (dated == null || e.index() < dated.length && dated[e.index()]);
        return (place, text) -> (place == null ? !anyFacet : facets.test(place)) && containsAll(text, words);
    }

    /**
     * Which people the filter leaves, as a test of their {@link PersonTies}; made once per change of the filter.
     * Every person while the filter is off. While it is on, a person is left when every search word is in their
     * {@linkplain PersonTies#searchText search text} (names, honorific, positions, their organisations and places,
     * notes) and, while a facet is set, when they attend an event that the facets leave (a participant of it,
     * through its parent's when it names none, passes the country, kind and role facets, and the event falls in
     * the date range and a chosen year) or hold a position at a place that passes the facets (as an organisation's place does in
     * {@link #organisations}). A person with no event and no place follows the search only: shown while no facet
     * is set. The search and the facets are separate: a search word need not be in an event the person attends.
     * Each event's participant list is looked through at most once per change of the filter (the test remembers
     * the answers: ask it from one thread).
     */
    public static Predicate<PersonTies> people(FilterModel filter) {
        if (!filter.activeProperty().get()) {
            return t -> true;
        }
        Set<String> countries = Set.copyOf(filter.countries());
        Set<PlaceKind> kinds = Set.copyOf(filter.kinds());
        Set<PlaceRole> roles = Set.copyOf(filter.roles());
        boolean[] dated = filter.datedPlaces();
        boolean anyFacet = !countries.isEmpty() || !kinds.isEmpty() || !roles.isEmpty() || dated != null;
        List<String> words = filter.searchWordsProperty().get();
        if (!anyFacet) {
            return t -> containsAll(t.searchText(), words);
        }
        Predicate<PlaceEntry> participant = e -> (countries.isEmpty() || countries.contains(e.place().country()))
                && (kinds.isEmpty() || kinds.contains(e.place().kind()))
                && (roles.isEmpty() || !Collections.disjoint(roles, e.roles()));
        Predicate<PlaceEntry> place = e -> participant.test(e)
                && (dated == null || e.index() < dated.length && dated[e.index()]);
        Predicate<Event> inRange = filter.datedEvents();
        Map<List<String>, Boolean> byList = new IdentityHashMap<>();
        Predicate<List<String>> anyParticipant = list -> byList.computeIfAbsent(list, l -> {
            for (String id : l) {
                PlaceEntry e = filter.index().entry(id);
                if (e != null && participant.test(e)) {
                    return true;
                }
            }
            return false;
        });
        Predicate<Event> event = e -> inRange.test(e) && anyParticipant.test(filter.index().participants(e));
        return t -> containsAll(t.searchText(), words)
                && (t.places().stream().anyMatch(place) || t.events().stream().anyMatch(a -> event.test(a.event())));
    }

    private static boolean containsAll(String text, List<String> words) {
        for (String w : words) {
            if (!text.contains(w)) {
                return false;
            }
        }
        return true;
    }
}
