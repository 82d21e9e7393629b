package app.delegations.data;

import app.delegations.text.Msg;
import java.util.Locale;

/**
 * The record a problem is in, as an officer would name it: "place 4 (Koszyce)" rather than {@code places[3]}.
 *
 * @param section the list in the file: {@code places}, {@code events}…
 * @param index   0-based position in that list
 * @param id      the record's id, or null when it has none (yet)
 * @param namePl  its Polish name or title, or null
 * @param nameEn  its English name or title, or null
 */
public record RecordName(String section, int index, String id, String namePl, String nameEn) {

    /** A record the names pass did not reach, by its place in the file ("places[3]"): "place 4". */
    static RecordName unnamed(String record) {
        int bracket = record.indexOf('[');
        return new RecordName(record.substring(0, bracket), Integer.parseInt(record.substring(bracket + 1,
                record.length() - 1)), null, null, null);
    }

    /**
     * "place 4 (Koszyce)" in whichever language it is put into words: the name is the one {@link #words(Locale)}
     * picks for that language (a message made before the reader's language is known names the record so).
     */
    public Msg words() {
        String pl = first(namePl, nameEn);
        String en = first(nameEn, namePl);
        return pl == null ? words(Locale.ROOT)
                : Msg.of("record." + section + ".named", index + 1, Msg.of("record.name", pl, en));
    }

    /** "place 4 (Koszyce)" in the language of {@code locale}; the id stands in for a missing name. */
    public Msg words(Locale locale) {
        String name = "pl".equals(locale.getLanguage()) ? first(namePl, nameEn) : first(nameEn, namePl);
        if (name == null) {
            name = id;
        }
        return name == null ? Msg.of("record." + section, index + 1)
                : Msg.of("record." + section + ".named", index + 1, name);
    }

    private static String first(String a, String b) {
        return a != null && !a.isBlank() ? a : b != null && !b.isBlank() ? b : null;
    }
}
