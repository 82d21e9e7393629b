package app.delegations.ui.common;

import app.delegations.text.Bundle;
import java.util.Locale;

/** The languages the window speaks. English uses British conventions ("30 November 2016"). */
public enum UiLanguage {
    ENGLISH("en", Bundle.ENGLISH),
    POLISH("pl", Bundle.POLISH);

    private final String code;
    private final Locale locale;

    UiLanguage(String code, Locale locale) {
        this.code = code;
        this.locale = locale;
    }

    /** The language code stored in preferences: {@code en} or {@code pl}. */
    public String code() {
        return code;
    }

    public Locale locale() {
        return locale;
    }

    /** The language for a stored code or an OS locale: Polish for {@code pl}, English otherwise. */
    public static UiLanguage of(String code) {
        return "pl".equalsIgnoreCase(code) ? POLISH : ENGLISH;
    }

    public static UiLanguage of(Locale locale) {
        return of(locale.getLanguage());
    }
}
