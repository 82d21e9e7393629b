package app.delegations.bench;

import java.util.Locale;
import java.util.Random;

/**
 * Makes up Polish-looking names (with the diacritics the Polish collator has to order: ą, ć, ę, ł, ń, ó, ś,
 * ź, ż), their English spelling (diacritics dropped) and a native spelling in the country's script.
 */
final class NameFactory {
    record Spellings(String pl, String en, String nativeName) {
    }

    private static final String[] STARTS = {
        "Bia", "Bo", "Brze", "By", "Cho", "Czę", "Dą", "Dę", "Gło", "Gnie", "Gra", "Ja", "Ka", "Kło", "Ko", "Kra",
        "Krze", "Lę", "Łó", "Łu", "Ma", "Mi", "Nie", "No", "O", "Pa", "Pia", "Płu", "Po", "Prze", "Ra", "Ro", "Ry",
        "Sa", "Sie", "Sko", "Sła", "Smo", "So", "Sta", "Stę", "Strze", "Su", "Szcze", "Ślę", "Świę", "Ta", "To",
        "Trze", "Wa", "Wie", "Wło", "Wró", "Za", "Zie", "Zło", "Żar", "Żu", "Ździe", "Ćmie", "Ostro", "Ole",
        "Ustro", "Ele", "Ina", "Ełk", "Ame", "Ur", "Ha", "Fa", "Ge", "Ve", "Li", "Lu", "Ne", "Dro", "Tu", "Ze"};
    private static final String[] MIDDLES = {
        "bi", "cho", "dzi", "gó", "ko", "lę", "li", "mie", "na", "ni", "ro", "rzy", "sła", "szy", "to", "wi", "ła",
        "sie", "źni", "ża", "ba", "du", "ga", "me"};
    private static final String[] ENDS = {
        "ce", "cin", "ków", "no", "nica", "sk", "sław", "wo", "ów", "owo", "nik", "ń", "wice", "gród", "dziec",
        "lin", "ra", "ża", "ec", "ny", "ta", "ja", "ród", "bork"};
    private static final String[] FIRST_WORDS = {"Nowy", "Stary", "Górny", "Dolny", "Wielki", "Mały", "Zielony"};
    private static final String[] FIRST_NAMES = {
        "Anna", "Andreja", "Bogdan", "Dragan", "Elżbieta", "Grzegorz", "Irena", "Jelena", "Józef", "Katarzyna",
        "Łukasz", "Małgorzata", "Milan", "Nikola", "Olga", "Paweł", "Radosław", "Sława", "Stanisław", "Tatiana",
        "Urszula", "Václav", "Wiesław", "Zofia", "Žarko", "Ágnes", "Iwona", "Ognjen", "Petar", "Swietłana"};
    private static final String[] SURNAME_ENDS = {"ski", "wicz", "ak", "ek", "ić", "ov", "czyk", "owski", "in"};

    private static final String[][] CYRILLIC = {
        {"szcz", "щ"}, {"sz", "ш"}, {"cz", "ч"}, {"ch", "х"}, {"rz", "ж"}, {"dz", "дз"}, {"ja", "я"}, {"ju", "ю"},
        {"a", "а"}, {"b", "б"}, {"c", "ц"}, {"d", "д"}, {"e", "е"}, {"f", "ф"}, {"g", "г"}, {"h", "х"},
        {"i", "и"}, {"j", "й"}, {"k", "к"}, {"l", "л"}, {"m", "м"}, {"n", "н"}, {"o", "о"}, {"p", "п"},
        {"r", "р"}, {"s", "с"}, {"t", "т"}, {"u", "у"}, {"v", "в"}, {"w", "в"}, {"y", "ы"}, {"z", "з"}};
    private static final String[][] GREEK = {
        {"ch", "χ"}, {"ps", "ψ"}, {"th", "θ"}, {"a", "α"}, {"b", "β"}, {"c", "κ"}, {"d", "δ"}, {"e", "ε"},
        {"f", "φ"}, {"g", "γ"}, {"h", "χ"}, {"i", "ι"}, {"j", "ι"}, {"k", "κ"}, {"l", "λ"}, {"m", "μ"},
        {"n", "ν"}, {"o", "ο"}, {"p", "π"}, {"r", "ρ"}, {"s", "σ"}, {"t", "τ"}, {"u", "ου"}, {"v", "β"},
        {"w", "β"}, {"y", "υ"}, {"z", "ζ"}};

    private final Random random;

    NameFactory(Random random) {
        this.random = random;
    }

    /** A Polish-looking place word such as "Wróławice" or "Górny Szczezdziec". */
    String placeWord() {
        var sb = new StringBuilder();
        if (random.nextInt(8) == 0) {
            sb.append(pick(FIRST_WORDS)).append(' ');
        }
        sb.append(pick(STARTS));
        if (random.nextInt(3) != 0) {
            sb.append(pick(MIDDLES));
        }
        sb.append(pick(ENDS));
        return sb.toString();
    }

    /** A person's name: first name and a surname made of syllables. */
    String personName() {
        String surname = pick(STARTS) + (random.nextBoolean() ? pick(MIDDLES) : "") + pick(SURNAME_ENDS);
        return pick(FIRST_NAMES) + " " + surname;
    }

    /** The three spellings of a Polish-looking word in a country of the given script. */
    Spellings spell(String pl, Countries.Entry country) {
        String en = ascii(pl);
        String nativeName = switch (country.script()) {
            case CYRILLIC -> transliterate(en, CYRILLIC);
            case GREEK -> transliterate(en, GREEK);
            case LATIN -> "PL".equals(country.code()) ? pl : en;
        };
        return new Spellings(pl, en, nativeName);
    }

    /** A lower-case id stem: the English spelling's letters, words joined by hyphens. */
    static String slug(String en) {
        var sb = new StringBuilder(en.length());
        boolean hyphen = false;
        for (char c : ascii(en).toLowerCase(Locale.ROOT).toCharArray()) {
            if (c >= 'a' && c <= 'z') {
                if (hyphen && sb.length() > 0) {
                    sb.append('-');
                }
                sb.append(c);
                hyphen = false;
            } else {
                hyphen = true;
            }
        }
        return sb.length() == 0 ? "x" : sb.toString();
    }

    /** Drops Polish and other Latin diacritics: "Łódź" → "Lodz". */
    static String ascii(String s) {
        var sb = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            sb.append(switch (c) {
                case 'ą', 'á' -> 'a';
                case 'ć', 'č' -> 'c';
                case 'ę', 'é', 'ě' -> 'e';
                case 'ł' -> 'l';
                case 'ń' -> 'n';
                case 'ó', 'ö' -> 'o';
                case 'ś', 'š' -> 's';
                case 'ź', 'ż', 'ž' -> 'z';
                case 'Ą', 'Á' -> 'A';
                case 'Ć', 'Č' -> 'C';
                case 'Ę', 'É' -> 'E';
                case 'Ł' -> 'L';
                case 'Ń' -> 'N';
                case 'Ó', 'Ö' -> 'O';
                case 'Ś', 'Š' -> 'S';
                case 'Ź', 'Ż', 'Ž' -> 'Z';
                default -> c;
            });
        }
        return sb.toString();
    }

    private static String transliterate(String latin, String[][] table) {
        var sb = new StringBuilder(latin.length());
        int i = 0;
        outer:
        while (i < latin.length()) {
            char c = latin.charAt(i);
            boolean upper = Character.isUpperCase(c);
            String rest = latin.substring(i).toLowerCase(Locale.ROOT);
            for (String[] pair : table) {
                if (rest.startsWith(pair[0])) {
                    String out = pair[1];
                    sb.append(upper ? out.substring(0, 1).toUpperCase(Locale.ROOT) + out.substring(1) : out);
                    i += pair[0].length();
                    continue outer;
                }
            }
            sb.append(c);
            i++;
        }
        return sb.toString();
    }

    <T> T pick(T[] items) {
        return items[random.nextInt(items.length)];
    }
}
