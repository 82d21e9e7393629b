package app.delegations.ui.forms;

import app.delegations.model.Country;
import app.delegations.ui.common.RecordKind;
import java.util.List;

/**
 * A country: picked from the world's list by its code (which is its id, so fixed once the record exists), its
 * names filled in from the list and open to correction.
 */
final class CountryForm extends RecordForm {
    private final FormField code;
    private final List<FormField> names;

    CountryForm(FormParts p) {
        super(p);
        code = p.reference("code", "details.code", p.options.countries(), false);
        names = p.names("names", RecordKind.COUNTRY);
        code.valueProperty().addListener((o, was, now) -> {
            Country c = now == null ? null : p.options.worldCountry(now);
            if (c != null) {
                p.fill(names, c.names());
            }
        });
    }

    @Override
    Class<? extends Record> kind() {
        return Country.class;
    }

    @Override
    List<FormSection> sections() {
        return List.of(new FormSection("facts", parts.m.get("details.section.about"), List.of(code), null),
                new FormSection("names", parts.m.get("details.section.names"), names, null));
    }

    /** A country's id is its code, not made from a name. */
    @Override
    String name() {
        return code.value();
    }

    /** The code picked; it cannot change once the record exists. */
    FormField code() {
        return code;
    }

    @Override
    void fill(Record record) {
        var country = (Country) record;
        code.set(country.code());
        parts.fill(names, country.names());
    }

    @Override
    Record build(String id, Record before) {
        String c = parts.required(code);
        if (!parts.allRead()) {
            return null;
        }
        Country world = parts.options.worldCountry(c);
        return new Country(c, parts.names(names), before != null ? ((Country) before).evidence()
                : world != null ? world.evidence() : List.of());
    }
}
