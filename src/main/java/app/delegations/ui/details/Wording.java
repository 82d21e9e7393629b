package app.delegations.ui.details;

import app.delegations.model.Citation;
import app.delegations.model.Dataset;
import app.delegations.model.Names;
import app.delegations.model.Person;
import app.delegations.model.Place;
import app.delegations.model.Position;
import app.delegations.text.TextFold;
import app.delegations.ui.common.Formats;
import app.delegations.ui.common.Messages;
import app.delegations.ui.details.Details.Fact;
import app.delegations.ui.details.Details.Section;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What the builders of every kind of record share: the UI language's messages and formats, the
 * {@link Citations}, the names section, and how related records (a country, a person, a position) read. A
 * record the dataset does not hold reads as its id, so a dangling reference is shown, not dropped.
 */
final class Wording {
    final Dataset data;
    final Messages m;
    final Locale locale;
    final Formats formats;
    final Citations cite;

    Wording(Dataset data, Messages messages) {
        this.data = data;
        this.m = messages;
        this.locale = messages.locale();
        this.formats = new Formats(locale);
        this.cite = new Citations(data, messages);
    }

    /** The names section: Polish, English and native name, and other spellings when there are any. */
    Section names(Names names, List<Citation> evidence) {
        return names(names, evidence, "details.name.");
    }

    /** A person's names section, as {@link #names(Names, List)} with a person's labels ("Imię i nazwisko po polsku"). */
    Section personNames(Names names, List<Citation> evidence) {
        return names(names, evidence, "details.personName.");
    }

    private Section names(Names names, List<Citation> evidence, String labels) {
        var facts = new ArrayList<Fact>();
        facts.add(new Fact(m.get(labels + "pl"), names.pl(), cite.field(evidence, "names.pl")));
        facts.add(new Fact(m.get(labels + "en"), names.en(), cite.field(evidence, "names.en")));
        facts.add(new Fact(m.get(labels + "native"), names.nativeName(), cite.field(evidence, "names.native")));
        if (!names.aliases().isEmpty()) {
            facts.add(new Fact(m.get("details.name.aliases"), String.join(", ", names.aliases()),
                    cite.field(evidence, "names.aliases")));
        }
        return new Section("names", m.get("details.section.names"), facts);
    }

    /** The country's name, or its code when the dataset has no such country. */
    String countryName(String code) {
        return data.country(code).map(c -> c.names().in(locale)).orElse(code);
    }

    /** The person's name, after the honorific when there is one ("dr Andreja Rihter"). */
    String personName(Person p) {
        String name = p.names().in(locale);
        return p.honorific() == null ? name : p.honorific() + " " + name;
    }

    /** Every position of the person, separated by "; ", or null when there is none. */
    String positions(Person p) {
        var list = new ArrayList<String>();
        for (Position pos : p.positions()) {
            list.add(position(pos));
        }
        return list.isEmpty() ? null : String.join("; ", list);
    }

    /**
     * "Director, Forum of Slavic Cultures Foundation": the title, then its organisation and place if given, each
     * only when what comes before it does not name it already ({@link TextFold#names}): "Director of the Forum of
     * Slavic Cultures Foundation", not "…, Forum of Slavic Cultures Foundation"; "Governor of St. Petersburg, St.
     * Petersburg city authorities", not "…, Saint Petersburg" (a place is named by any of its names).
     */
    String position(Position pos) {
        String s = pos.title().in(locale);
        if (pos.organisation() != null) {
            String org = data.organisation(pos.organisation()).map(o -> o.names().in(locale)).orElse(pos.organisation());
            if (!TextFold.names(s, org)) {
                s += ", " + org;
            }
        }
        if (pos.place() != null) {
            Place place = data.place(pos.place()).orElse(null);
            var names = new ArrayList<String>();
            if (place == null) {
                names.add(pos.place());
            } else {
                names.add(place.names().in(locale));
                names.add(place.names().pl());
                names.add(place.names().en());
                names.addAll(place.names().aliases());
            }
            String said = s;
            if (names.stream().noneMatch(n -> n != null && TextFold.names(said, n))) {
                s += ", " + names.get(0);
            }
        }
        return s;
    }
}
