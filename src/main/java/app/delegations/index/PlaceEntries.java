package app.delegations.index;

import app.delegations.data.Work;
import app.delegations.model.Country;
import app.delegations.model.Dataset;
import app.delegations.model.Event;
import app.delegations.model.Participation;
import app.delegations.model.Place;
import app.delegations.model.PlaceRole;
import app.delegations.text.TextFold;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A {@link PlaceEntry} per place, in the file's order, with the lookups by id and by country and the
 * {@link Columns} the filter reads; built in one pass over the places (after one over the participations),
 * linear in the file.
 */
final class PlaceEntries {
    private final List<PlaceEntry> entries;
    private final Map<String, PlaceEntry> byId;
    private final List<String> countryCodes;
    private final String[] countryFolded;
    private final Columns columns;

    PlaceEntries(Dataset dataset, Work work) {
        this(dataset, work, null);
    }

    /**
     * The entries of {@code dataset}, taking from {@code before} (the entries of an earlier dataset, or null) the
     * folded text of every place that is the same object there: an update folds only the places it changed.
     */
    PlaceEntries(Dataset dataset, Work work, PlaceEntries before) {
        var roles = new HashMap<String, EnumSet<PlaceRole>>();
        for (Event e : dataset.events()) {
            for (Participation p : e.participants()) {
                roles.computeIfAbsent(p.place(), k -> EnumSet.noneOf(PlaceRole.class)).add(p.role());
                work.step();
            }
        }
        var codes = new ArrayList<String>();
        var codeIndex = new HashMap<String, Integer>();
        for (Place place : dataset.places()) {
            codeIndex.computeIfAbsent(place.country(), c -> {
                codes.add(c);
                return codes.size() - 1;
            });
            work.step();
        }
        this.countryCodes = List.copyOf(codes);
        this.countryFolded = new String[codes.size()];
        for (int i = 0; i < codes.size(); i++) {
            var sb = new StringBuilder(TextFold.fold(codes.get(i)));
            dataset.country(codes.get(i)).ifPresent(c -> c.names().all().forEach(n -> sb.append('\n').append(TextFold.fold(n))));
            countryFolded[i] = sb.toString();
            work.step();
        }
        var list = new ArrayList<PlaceEntry>(dataset.places().size());
        var ids = new HashMap<String, PlaceEntry>(dataset.places().size() * 2);
        for (Place place : dataset.places()) {
            Country country = dataset.country(place.country()).orElse(null);
            Set<PlaceRole> placeRoles = roles.getOrDefault(place.id(), EnumSet.noneOf(PlaceRole.class));
            int mask = 0;
            for (PlaceRole r : placeRoles) {
                mask |= 1 << r.ordinal();
            }
            var entry = new PlaceEntry(list.size(), place, country, Collections.unmodifiableSet(placeRoles),
                    folded(before, list.size(), place), codeIndex.get(place.country()), mask);
            list.add(entry);
            ids.putIfAbsent(place.id(), entry);
            work.step();
        }
        this.entries = Collections.unmodifiableList(list);
        this.byId = ids;
        this.columns = Columns.of(list);
    }

    List<PlaceEntry> entries() {
        return entries;
    }

    /** The first place with the id, or null. */
    PlaceEntry entry(String placeId) {
        return byId.get(placeId);
    }

    List<String> countryCodes() {
        return countryCodes;
    }

    String countrySearchText(int countryIndex) {
        return countryFolded[countryIndex];
    }

    Columns columns() {
        return columns;
    }

    /** The place's {@link #searchText}, as {@code before} has it when it holds the same place object. */
    private static String folded(PlaceEntries before, int at, Place place) {
        if (before != null) {
            List<PlaceEntry> e = before.entries;
            if (at < e.size() && e.get(at).place() == place) {
                return e.get(at).folded();
            }
            PlaceEntry same = before.byId.get(place.id());
            if (same != null && same.place() == place) {
                return same.folded();
            }
        }
        return searchText(place);
    }

    /** A place's names and note, folded, one per line. */
    private static String searchText(Place place) {
        var sb = new StringBuilder();
        for (String n : place.names().all()) {
            sb.append(TextFold.fold(n)).append('\n');
        }
        if (place.note() != null) {
            sb.append(TextFold.fold(place.note().pl())).append('\n').append(TextFold.fold(place.note().en()));
        }
        return sb.toString();
    }
}
