package app.delegations.model;

import java.util.Locale;
import java.util.Objects;

/** A free text in Polish and English (descriptions, titles of positions, reasons). */
public record Text(String pl, String en) {
    public Text {
        Objects.requireNonNull(pl, "pl");
        Objects.requireNonNull(en, "en");
    }

    public String in(Locale locale) {
        return "pl".equals(locale.getLanguage()) ? pl : en;
    }
}
