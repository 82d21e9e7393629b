package app.delegations.text;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The texts of one language, from the one bundle {@code app/delegations/i18n/messages*.properties}, for the
 * window, the loader's problems and the command line alike. Patterns use {@link MessageFormat} with the
 * language's locale (a literal apostrophe is written {@code ''}, a literal brace {@code '{'}).
 */
public final class Bundle {
    /** Base name of the bundle. */
    public static final String NAME = "app.delegations.i18n.messages";
    /** The locale of English texts: British conventions ("30 November 2016"). */
    public static final Locale ENGLISH = Locale.forLanguageTag("en-GB");
    /** The locale of Polish texts. */
    public static final Locale POLISH = Locale.forLanguageTag("pl-PL");
    /** The suffix of the key of a message's remedy: {@code problem.id.invalid.fix}. */
    private static final String FIX = ".fix";

    private final Locale locale;
    private final ResourceBundle bundle;

    private Bundle(Locale locale, ResourceBundle bundle) {
        this.locale = locale;
        this.bundle = bundle;
    }

    /**
     * The texts for {@code locale}: Polish for a Polish locale, English otherwise. English lives in
     * {@code messages.properties} with an empty {@code messages_en.properties} beside it, so that asking for
     * English never falls back to the OS locale's bundle.
     */
    public static Bundle of(Locale locale) {
        Locale l = "pl".equals(locale.getLanguage()) ? POLISH : ENGLISH;
        return new Bundle(l, ResourceBundle.getBundle(NAME, l));
    }

    /** The texts for a language code: {@code pl} Polish, anything else English. */
    public static Bundle of(String code) {
        return of("pl".equalsIgnoreCase(code) ? POLISH : ENGLISH);
    }

    /** English, the language of {@code Problem.format()} and of the tests that pin messages. */
    public static Bundle english() {
        return EnglishHolder.INSTANCE;
    }

    private static final class EnglishHolder {
        static final Bundle INSTANCE = of(ENGLISH);
    }

    public Locale locale() {
        return locale;
    }

    public ResourceBundle resources() {
        return bundle;
    }

    public boolean has(String key) {
        return bundle.containsKey(key);
    }

    /** The text of a key; a missing key shows as {@code !key!} rather than failing. */
    public String get(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
    }

    /** The text of a key with its {@code {0}}… arguments filled in; {@link Msg} arguments are rendered first. */
    public String format(String key, Object... args) {
        Object[] shown = args.clone();
        for (int i = 0; i < shown.length; i++) {
            if (shown[i] instanceof Msg m) {
                shown[i] = text(m);
            }
        }
        return new MessageFormat(get(key), locale).format(shown);
    }

    /**
     * A {@link Msg} in this language, as one sentence. A message that says how to fix what it reports has its
     * remedy under {@code key.fix}, or an argument of it has; the sentence is then "what: fix"
     * ({@code problem.withFix}), the remedy at the end even when the argument that has it stands mid-sentence.
     */
    public String text(Msg m) {
        String fix = fix(m);
        return fix == null ? what(m) : format("problem.withFix", what(m), fix);
    }

    /** What is wrong, without how to fix it (see {@link #fix}): the message, its remedy left out. */
    public String what(Msg m) {
        String key = m.keyIn(locale);
        if (has(key + FIX)) {
            return pattern(key, render(m, null));
        }
        Msg fixed = m.args().stream().filter(a -> a instanceof Msg inner && hasFix(inner)).map(a -> (Msg) a)
                .findFirst().orElse(null);
        return pattern(key, render(m, fixed));
    }

    /** How to fix what a message reports, or null when it says none (the first remedy, nested ones included). */
    public String fix(Msg m) {
        String key = m.keyIn(locale);
        if (has(key + FIX)) {
            return pattern(key + FIX, render(m, null));
        }
        for (Object a : m.args()) {
            if (a instanceof Msg inner && hasFix(inner)) {
                return fix(inner);
            }
        }
        return null;
    }

    private boolean hasFix(Msg m) {
        if (has(m.keyIn(locale) + FIX)) {
            return true;
        }
        for (Object a : m.args()) {
            if (a instanceof Msg inner && hasFix(inner)) {
                return true;
            }
        }
        return false;
    }

    /** The arguments of {@code m} in words; {@code whatOnly} (an argument of it, or null) without its remedy. */
    private Object[] render(Msg m, Msg whatOnly) {
        Object[] args = m.args().toArray();
        for (int i = 0; i < args.length; i++) {
            if (args[i] instanceof Msg inner) {
                args[i] = inner == whatOnly ? what(inner) : text(inner);
            }
        }
        return args;
    }

    private String pattern(String key, Object[] args) {
        return new MessageFormat(get(key), locale).format(args);
    }

    /**
     * A count in words, from the key's plural form for {@code n} ({@code key.one}, {@code key.few},
     * {@code key.many}; {@code key.zero} for 0 where a key has it: "no places"), with {@code args} filled in:
     * {@code count("status.places.all", 22, 22)} → "22 miejsca".
     */
    public String count(String key, long n, Object... args) {
        if (n == 0 && has(key + ".zero")) {
            return format(key + ".zero", args);
        }
        return format(key + Plural.of(locale, n).suffix(), args);
    }

    /** {@link #count(String, long, Object...)} with the count itself as {@code {0}}. */
    public String count(String key, long n) {
        return count(key, n, n);
    }
}
