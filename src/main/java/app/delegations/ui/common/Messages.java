package app.delegations.ui.common;

import app.delegations.text.Bundle;
import app.delegations.text.Msg;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The UI text of one language: the window's view of the one {@link Bundle} (which the loader and the command
 * line use too), tied to a {@link UiLanguage}. Patterns use {@link MessageFormat} (with the language's locale,
 * so numbers follow it); counts go through {@link #count}, which picks the language's plural form.
 */
public final class Messages {
    /** Base name of the bundle. */
    public static final String BUNDLE = Bundle.NAME;

    private final UiLanguage language;
    private final Bundle bundle;

    private Messages(UiLanguage language, Bundle bundle) {
        this.language = language;
        this.bundle = bundle;
    }

    /** Loads the bundle of a language (English never falls back to the OS locale's bundle). */
    public static Messages of(UiLanguage language) {
        return new Messages(language, Bundle.of(language.locale()));
    }

    public UiLanguage language() {
        return language;
    }

    public Locale locale() {
        return language.locale();
    }

    public ResourceBundle bundle() {
        return bundle.resources();
    }

    /** The same texts for code outside the UI (problems, {@link Msg}s). */
    public Bundle texts() {
        return bundle;
    }

    /** The text of a key; a missing key shows as {@code !key!} rather than failing the window. */
    public String get(String key) {
        return bundle.get(key);
    }

    /** The text of a key with its {@code {0}}… arguments filled in. */
    public String format(String key, Object... args) {
        return bundle.format(key, args);
    }

    /** A count in words in the language's plural form: see {@link Bundle#count(String, long, Object...)}. */
    public String count(String key, long n, Object... args) {
        return bundle.count(key, n, args);
    }

    /** A count in words with the count itself as {@code {0}}: "1 miejsce", "3 miejsca", "5 miejsc". */
    public String count(String key, long n) {
        return bundle.count(key, n);
    }

    /** A text from code that does not know the UI, e.g. a loader problem's message. */
    public String text(Msg m) {
        return bundle.text(m);
    }

    /** The label of an enum constant, under {@code prefix.json-name}, e.g. {@code kind.city}. */
    public String label(String prefix, String json) {
        return get(prefix + "." + json);
    }
}
