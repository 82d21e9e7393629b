package app.delegations.ui.forms;

import app.delegations.data.WorldCountries;
import app.delegations.model.Country;
import app.delegations.model.Dataset;
import app.delegations.ui.common.DateText;
import app.delegations.ui.common.Messages;
import java.text.Collator;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * The options of a form's references, in the UI's language: the records as they stand when the form opens (by
 * name, in the language's order; events in the order of the data, with their first day) and the world's
 * countries.
 */
final class FormOptions {
    private final Messages m;
    private final Dataset data;
    private final WorldCountries world;
    private final DateText dates;

    FormOptions(Messages m, Dataset data, WorldCountries world, DateText dates) {
        this.m = m;
        this.data = data;
        this.world = world;
        this.dates = dates;
    }

    List<Option> places() {
        return sorted(data.places().stream().map(p -> Option.named(p.id(),
                p.names().in(m.locale()) + " (" + p.country() + ")", p.names())).toList());
    }

    List<Option> people() {
        return sorted(data.people().stream().map(p -> Option.named(p.id(), p.names().in(m.locale()), p.names()))
                .toList());
    }

    List<Option> organisations() {
        return sorted(data.organisations().stream().map(o -> Option.named(o.id(), o.names().in(m.locale()), o.names()))
                .toList());
    }

    List<Option> venues() {
        return sorted(data.venues().stream().map(v -> Option.named(v.id(), v.names().in(m.locale()), v.names()))
                .toList());
    }

    /** The events in the order of the data, each with its first day. */
    List<Option> events(String except) {
        return data.events().stream().filter(e -> !e.id().equals(except))
                .map(e -> Option.named(e.id(), e.title().in(m.locale()) + " (" + dates.format(e.start()) + ")",
                        e.title()))
                .toList();
    }

    /** The world's countries (those the archive defines first, as it names them), by name. */
    List<Option> countries() {
        var byCode = new LinkedHashMap<String, Option>();
        for (Country c : data.countries()) {
            byCode.put(c.code(), countryOption(c));
        }
        for (Country c : world.all()) {
            byCode.putIfAbsent(c.code(), countryOption(c));
        }
        return sorted(List.copyOf(byCode.values()));
    }

    Country worldCountry(String code) {
        return world.country(code).orElse(null);
    }

    private Option countryOption(Country c) {
        return Option.named(c.code(), c.names().in(m.locale()) + " (" + c.code() + ")", c.names());
    }

    private List<Option> sorted(List<Option> options) {
        Collator collator = Collator.getInstance(m.locale());
        return options.stream().sorted(Comparator.comparing(Option::label, collator)).toList();
    }
}
