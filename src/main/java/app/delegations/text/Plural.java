package app.delegations.text;

import java.util.Locale;

/**
 * The plural form a count takes, as a suffix of a bundle key ({@code status.places.all.one}, {@code .few},
 * {@code .many}). English has two forms (1 place, 2 places; "few" is the same as "many"); Polish three:
 * 1 błąd, 2–4 błędy (also 22–24, 32–34… but not 12–14), and 0, 5–21, 25–31… błędów. MessageFormat's
 * {@code choice} compares ranges and cannot tell 22 from 12, so every count goes through here. (A key may
 * also have a {@code .zero} form, "no places", which {@link Bundle#count} prefers for 0.)
 */
public enum Plural {
    ONE, FEW, MANY;

    /** The form of {@code n} in the language of {@code locale}. */
    public static Plural of(Locale locale, long n) {
        long a = Math.abs(n);
        if (a == 1) {
            return ONE;
        }
        if (!"pl".equals(locale.getLanguage())) {
            return MANY;
        }
        long ten = a % 10;
        long hundred = a % 100;
        return ten >= 2 && ten <= 4 && (hundred < 12 || hundred > 14) ? FEW : MANY;
    }

    /** The key suffix: {@code .one}, {@code .few} or {@code .many}. */
    public String suffix() {
        return switch (this) {
            case ONE -> ".one";
            case FEW -> ".few";
            case MANY -> ".many";
        };
    }
}
