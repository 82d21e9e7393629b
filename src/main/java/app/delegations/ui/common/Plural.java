package app.delegations.ui.common;

/**
 * The plural form a count takes: English has two (1 error, 2 errors), Polish three (1 błąd; 2–4, 22–24… błędy;
 * 0, 5–21, 25–31… and every 12–14 ending błędów). A counted text is three keys in every bundle,
 * {@code key.one}, {@code key.few}, {@code key.many}, each with the count as {@code {0}}.
 */
public final class Plural {
    /** The forms; English uses {@link #ONE} and {@link #MANY}. */
    public enum Form {
        ONE("one"), FEW("few"), MANY("many");

        private final String suffix;

        Form(String suffix) {
            this.suffix = suffix;
        }

        public String suffix() {
            return suffix;
        }
    }

    private Plural() {
    }

    /** The form of {@code n} in a language (negative counts take the form of their absolute value). */
    public static Form of(UiLanguage language, long n) {
        long a = Math.abs(n);
        if (language == UiLanguage.POLISH) {
            if (a == 1) {
                return Form.ONE;
            }
            long lastTwo = a % 100;
            long last = a % 10;
            return last >= 2 && last <= 4 && (lastTwo < 12 || lastTwo > 14) ? Form.FEW : Form.MANY;
        }
        return a == 1 ? Form.ONE : Form.MANY;
    }

    /** The text of {@code key.one}, {@code key.few} or {@code key.many}, as {@code n} needs, with {@code n} as {0}. */
    public static String format(Messages m, String key, long n) {
        return m.format(key + "." + of(m.language(), n).suffix(), n);
    }
}
