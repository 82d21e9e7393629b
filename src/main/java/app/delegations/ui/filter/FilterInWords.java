package app.delegations.ui.filter;

import app.delegations.model.Country;
import app.delegations.ui.common.Formats;
import app.delegations.ui.common.Messages;
import app.delegations.ui.common.Narrowing;
import java.text.Collator;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The filter in effect said in words for an exported file ({@link Narrowing}): the countries, kinds and roles
 * ticked, the date range, the years and the search text, in the language asked. Read on the UI thread.
 */
public final class FilterInWords implements Narrowing {
    /** At most this many countries or years are named in a file's name; more are not named there. */
    private static final int NAMED = 3;

    private final FilterModel filter;

    public FilterInWords(FilterModel filter) {
        this.filter = filter;
    }

    @Override
    public List<String> parts(Messages m) {
        var parts = new ArrayList<String>();
        if (!filter.countries().isEmpty()) {
            parts.add(m.format("export.note.country", String.join(", ", countryNames(m))));
        }
        if (!filter.kinds().isEmpty()) {
            parts.add(m.format("export.note.kind", String.join(", ",
                    filter.kinds().stream().map(k -> m.label("kind", k.json())).sorted().toList())));
        }
        if (!filter.roles().isEmpty()) {
            parts.add(m.format("export.note.role", String.join(", ",
                    filter.roles().stream().map(r -> m.label("role", r.json())).sorted().toList())));
        }
        LocalDate from = filter.fromProperty().get();
        LocalDate to = filter.toProperty().get();
        if (from != null || to != null) {
            var formats = new Formats(m.locale());
            parts.add(m.format("export.note.dates", from == null ? "…" : formats.date(from),
                    to == null ? "…" : formats.date(to)));
        }
        if (!filter.years().isEmpty()) {
            parts.add(m.format("export.note.years", String.join(", ", years())));
        }
        String search = search();
        if (!search.isEmpty()) {
            parts.add(m.format("export.note.search", search));
        }
        return parts;
    }

    @Override
    public List<String> names(Messages m) {
        var names = new ArrayList<String>();
        if (!filter.countries().isEmpty() && filter.countries().size() <= NAMED) {
            names.addAll(countryNames(m));
        }
        if (!filter.years().isEmpty() && filter.years().size() <= NAMED) {
            names.addAll(years());
        }
        String range = range(m);
        if (range != null) {
            names.add(range);
        }
        String search = search();
        if (!search.isEmpty()) {
            names.add(search);
        }
        return names;
    }

    /**
     * The date range for a file name, so that each month's export has a name of its own: a whole month as the
     * language names it ("maj 2019"), a whole year as its number, else the days in ISO form, which sort in a folder
     * as they follow in time ("2019-05-03–2019-05-20", an open end "…"); null without a range.
     */
    private String range(Messages m) {
        LocalDate from = filter.fromProperty().get();
        LocalDate to = filter.toProperty().get();
        if (from == null && to == null) {
            return null;
        }
        if (from != null && to != null && from.getDayOfMonth() == 1
                && to.equals(from.withDayOfMonth(from.lengthOfMonth()))) {
            return DateTimeFormatter.ofPattern("LLLL yyyy", m.locale()).format(from);
        }
        if (from != null && to != null && from.getDayOfYear() == 1
                && to.equals(from.withDayOfYear(from.lengthOfYear()))) {
            return String.valueOf(from.getYear());
        }
        return (from == null ? "…" : from.toString()) + "–" + (to == null ? "…" : to.toString());
    }

    private String search() {
        String s = filter.searchTextProperty().get();
        return s == null ? "" : s.strip();
    }

    private List<String> years() {
        return new TreeSet<>(filter.years()).stream().map(String::valueOf).toList();
    }

    /** The ticked countries' names in the language of {@code m}, sorted; a code the data lacks as itself. */
    private List<String> countryNames(Messages m) {
        Set<String> codes = new TreeSet<>(filter.countries());
        var names = new ArrayList<String>();
        for (String code : codes) {
            names.add(filter.index() == null ? code : filter.index().dataset().country(code)
                    .map(Country::names).map(n -> n.in(m.locale())).orElse(code));
        }
        names.sort(Collator.getInstance(m.locale()));
        return names;
    }
}
