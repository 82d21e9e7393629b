package app.delegations.ui.filter;

import app.delegations.index.PlaceEntry;
import app.delegations.model.Country;
import app.delegations.model.Entity;
import app.delegations.model.Event;
import app.delegations.model.Place;

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
     * hold (the filter not yet given the new data) and any other record (an organisation) count as left.
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
        return true;
    }
}
