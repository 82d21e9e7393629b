package app.delegations.text;

import java.util.Locale;

/**
 * A text made fit to stand inside a message's quotation marks ("as a participant in “{0}”", "jako uczestnik
 * wydarzenia „{0}”"), so that a title that itself quotes a name is never quoted in the same marks twice
 * ("„… „Kraków Otwarty na Świat””"). Inside, the quotation marks of the text become the language's marks for a
 * quotation within a quotation: in Polish «…» (as the command line's messages nest them), in English ‘…’. Only a
 * title or a name goes through here: a passage quoted from a source stays word for word and mark for mark.
 */
public final class Quotes {
    private Quotes() {
    }

    /**
     * {@code text} with each of its quotations marked as a quotation within a quotation in the language of
     * {@code locale}: Polish „…” (or “…”, "…") becomes «…», English “…” (or „…”, "…") becomes ‘…’; any other
     * character, an apostrophe ("Kraków's") among them, stays. A mark that opens a quotation is told from one that
     * closes it by whether a quotation is open: „ opens, ” closes, and “ and " open or close (Polish may close „ with
     * “, English opens with it).
     */
    public static String nested(String text, Locale locale) {
        if (text == null) {
            return null;
        }
        boolean polish = "pl".equals(locale.getLanguage());
        char open = polish ? '«' : '‘';
        char close = polish ? '»' : '’';
        var out = new StringBuilder(text.length());
        boolean inside = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean opens = c == '„' || (c == '“' || c == '"') && !inside;
            boolean closes = c == '”' || (c == '“' || c == '"') && inside;
            if (opens) {
                out.append(open);
                inside = true;
            } else if (closes) {
                out.append(close);
                inside = false;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
