package app.delegations.ui.filter;

import app.delegations.index.DatasetIndex;
import app.delegations.model.Country;
import app.delegations.model.PlaceKind;
import app.delegations.model.PlaceRole;
import app.delegations.ui.common.Messages;
import java.text.Collator;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The four facets of a dataset, in this order: year (the years holding a day of some event, plus any chosen,
 * newest first: one row per year however many events and days), country (the countries some place is in, plus
 * any chosen, by name in the UI language's order; a chosen one the data does not define last, by code), kind and
 * role (those some place has, plus any chosen, in declaration order). A value chosen stays listed when new data
 * lacks it (another file or archive opened), so that no tick hides every row without a box to untick it. Each
 * reads its counts from the filter. Work linear in the places plus the values, one lookup per country.
 */
final class Facets {
    private final FilterModel filter;
    private final Messages m;
    /** The counts as the UI's language writes numbers; one for all facets, all read on the UI thread. */
    private final NumberFormat numbers;

    Facets(FilterModel filter, Messages messages) {
        this.filter = filter;
        this.m = messages;
        this.numbers = NumberFormat.getIntegerInstance(messages.locale());
    }

    /** New facets for the index, their rows not yet made. */
    List<Facet<?>> of(DatasetIndex index) {
        return List.of(years(index), countries(index), kinds(index), roles(index));
    }

    private Facet<String> countries(DatasetIndex index) {
        Collator collator = Collator.getInstance(m.locale());
        Set<String> used = new HashSet<>(index.countryCodes());
        var countries = new ArrayList<Country>();
        for (Country c : index.dataset().countries()) {
            if (used.contains(c.code()) || filter.countries().contains(c.code())) {
                countries.add(c);
            }
        }
        countries.sort(Comparator.comparing(c -> c.names().in(m.locale()), collator));
        var codes = new ArrayList<>(countries.stream().map(Country::code).toList());
        filter.countries().stream().filter(c -> index.dataset().country(c).isEmpty()).sorted().forEach(codes::add);
        var names = new HashMap<String, String>(); // the labels, so that the facet holds no index (rows outlive it)
        for (Country c : countries) {
            names.put(c.code(), c.names().in(m.locale()));
        }
        return new Facet<>("country", m.get("filter.country"), codes, code -> names.getOrDefault(code, code),
                code -> code, filter.countries(), code -> filter.countsProperty().get().country(code), numbers);
    }

    private Facet<PlaceKind> kinds(DatasetIndex index) {
        int kindBits = 0; // read from the filter's column: no place object is visited
        for (int k : index.columns().kind()) {
            kindBits |= 1 << k;
        }
        var kinds = EnumSet.noneOf(PlaceKind.class);
        for (PlaceKind k : PlaceKind.values()) {
            if ((kindBits & (1 << k.ordinal())) != 0) {
                kinds.add(k);
            }
        }
        kinds.addAll(filter.kinds());
        return new Facet<>("kind", m.get("filter.kind"), List.copyOf(kinds), k -> m.label("kind", k.json()),
                PlaceKind::json, filter.kinds(), k -> filter.countsProperty().get().kind(k), numbers);
    }

    private Facet<PlaceRole> roles(DatasetIndex index) {
        int roleBits = 0;
        for (int bits : index.columns().roles()) {
            roleBits |= bits;
        }
        var roles = EnumSet.noneOf(PlaceRole.class);
        for (PlaceRole r : PlaceRole.values()) {
            if ((roleBits & (1 << r.ordinal())) != 0) {
                roles.add(r);
            }
        }
        roles.addAll(filter.roles());
        return new Facet<>("role", m.get("filter.role"), List.copyOf(roles), r -> m.label("role", r.json()),
                PlaceRole::json, filter.roles(), r -> filter.countsProperty().get().role(r), numbers);
    }

    private Facet<Integer> years(DatasetIndex index) {
        var years = new TreeSet<Integer>(Comparator.reverseOrder());
        for (int y : index.dates().years()) {
            years.add(y);
        }
        years.addAll(filter.years());
        return new Facet<>("year", m.get("filter.year"), List.copyOf(years), y -> Integer.toString(y),
                y -> Integer.toString(y), filter.years(), y -> filter.countsProperty().get().year(y), numbers);
    }
}
