package app.delegations.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The names of a thing: Polish, English and native (in its own script, e.g. Cyrillic for Sofia), plus
 * aliases such as the spelling a source uses. Search runs across all of them.
 */
public record Names(String pl, String en, String nativeName, List<String> aliases) {
    public Names {
        Objects.requireNonNull(pl, "pl");
        Objects.requireNonNull(en, "en");
        Objects.requireNonNull(nativeName, "nativeName");
        aliases = List.copyOf(aliases);
    }

    public Names(String pl, String en, String nativeName) {
        this(pl, en, nativeName, List.of());
    }

    /** The name in the given UI language: Polish for {@code pl}, English otherwise. */
    public String in(Locale locale) {
        return "pl".equals(locale.getLanguage()) ? pl : en;
    }

    /** Every spelling, for search: Polish, English, native, then aliases. */
    public List<String> all() {
        var all = new ArrayList<String>(3 + aliases.size());
        all.add(pl);
        all.add(en);
        all.add(nativeName);
        all.addAll(aliases);
        return all;
    }
}
