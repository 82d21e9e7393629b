package app.delegations.ui.common;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The UI text of one language, from the one bundle {@code app/delegations/i18n/messages*.properties}.
 * Patterns use {@link MessageFormat} (with the language's locale, so numbers and choices follow it).
 */
public final class Messages {
    /** Base name of the bundle. */
    public static final String BUNDLE = "app.delegations.i18n.messages";

    private final UiLanguage language;
    private final ResourceBundle bundle;

    private Messages(UiLanguage language, ResourceBundle bundle) {
        this.language = language;
        this.bundle = bundle;
    }

    /**
     * Loads the bundle of a language. English lives in {@code messages.properties} with an empty
     * {@code messages_en.properties} beside it, so that asking for English never falls back to the OS
     * locale's bundle.
     */
    public static Messages of(UiLanguage language) {
        return new Messages(language, ResourceBundle.getBundle(BUNDLE, language.locale()));
    }

    public UiLanguage language() {
        return language;
    }

    public Locale locale() {
        return language.locale();
    }

    public ResourceBundle bundle() {
        return bundle;
    }

    /** The text of a key; a missing key shows as {@code !key!} rather than failing the window. */
    public String get(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
    }

    /** The text of a key with its {@code {0}}… arguments filled in. */
    public String format(String key, Object... args) {
        return new MessageFormat(get(key), locale()).format(args);
    }

    /** The label of an enum constant, under {@code prefix.json-name}, e.g. {@code kind.city}. */
    public String label(String prefix, String json) {
        return get(prefix + "." + json);
    }
}
