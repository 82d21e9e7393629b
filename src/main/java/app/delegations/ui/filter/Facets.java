package app.delegations.ui.filter;

import app.delegations.index.DatasetIndex;
import app.delegations.index.Granularity;
import app.delegations.index.PlaceEntry;
import app.delegations.model.Country;
import app.delegations.model.PlaceKind;
import app.delegations.model.PlaceRole;
import app.delegations.ui.common.Formats;
import app.delegations.ui.common.Messages;
import java.text.Collator;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The four facets of a dataset, in this order: country (the countries some place is in, plus any chosen,
 * by name in the UI language's order; a chosen one the data does not define last, by code), kind and role (those some place has, plus any chosen, in declaration
 * order) and event date (the index's periods plus any chosen, in date order, labelled by its granularity). A
 * value chosen stays listed when new data lacks it (another file or archive opened), so that no tick hides
 * every row without a box to untick it. Each reads its counts from the filter. Work
 * linear in the places plus the values, one lookup per country.
 */
final class Facets {
    private final FilterModel filter;
    private final Messages m;
    private final Formats formats;

    Facets(FilterModel filter, Messages messages, Formats formats) {
        this.filter = filter;
        this.m = messages;
        this.formats = formats;
    }

    /** New facets for the index, their rows not yet made. */
    List<Facet<?>> of(DatasetIndex index) {
        return List.of(countries(index), kinds(index), roles(index), periods(index));
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
        return new Facet<>("country", m.get("filter.country"), codes,
                code -> index.dataset().country(code).map(c -> c.names().in(m.locale())).orElse(code),
                code -> code, filter.countries(), code -> filter.countsProperty().get().country(code));
    }

    private Facet<PlaceKind> kinds(DatasetIndex index) {
        var kinds = EnumSet.noneOf(PlaceKind.class);
        for (PlaceEntry e : index.entries()) {
            kinds.add(e.place().kind());
        }
        kinds.addAll(filter.kinds());
        return new Facet<>("kind", m.get("filter.kind"), List.copyOf(kinds), k -> m.label("kind", k.json()),
                PlaceKind::json, filter.kinds(), k -> filter.countsProperty().get().kind(k));
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
                PlaceRole::json, filter.roles(), r -> filter.countsProperty().get().role(r));
    }

    private Facet<LocalDate> periods(DatasetIndex index) {
        Granularity g = index.granularity();
        var periods = new TreeSet<>(index.periods());
        periods.addAll(filter.periods());
        return new Facet<>("period", m.get("filter.period." + g.name().toLowerCase()), List.copyOf(periods),
                d -> periodLabel(g, d), LocalDate::toString, filter.periods(),
                d -> filter.countsProperty().get().period(d));
    }

    private String periodLabel(Granularity g, LocalDate d) {
        return switch (g) {
            case DAY -> formats.date(d);
            case MONTH -> DateTimeFormatter.ofPattern("LLLL y", m.locale()).format(d);
            case YEAR -> Integer.toString(d.getYear());
        };
    }
}
