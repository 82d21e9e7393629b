package app.delegations.ui.common;

import java.math.BigDecimal;

/**
 * Cell texts as exported. A text that a spreadsheet would take for a formula (it begins with {@code =}, {@code +},
 * {@code -}, {@code @}, a tab or a carriage return; OWASP's CSV injection list) gets a leading apostrophe in CSV,
 * which Excel shows as text; a number, such as a negative longitude {@code -17.19}, is never changed. XLSX needs
 * no prefix: its text cells are string cells, which Excel never runs.
 */
public final class ExportCells {
    private ExportCells() {
    }

    /** The text as a CSV field that Excel, LibreOffice and Google Sheets show and never run. */
    public static String guarded(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        char c = text.charAt(0);
        boolean trigger = c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
        return trigger && !isNumber(text) ? "'" + text : text;
    }

    /**
     * True when {@code text} is a whole or decimal number as a table writes one, {@link DataColumn#NUMBER_TEXT}
     * ({@code -?\d+(\.\d+)?}, ASCII digits): checked by hand, without a matcher made for every number cell an
     * export writes (src/bench/README.md, the XLSX export's profile).
     */
    public static boolean isNumber(CharSequence text) {
        int n = text.length();
        int i = n > 0 && text.charAt(0) == '-' ? 1 : 0;
        int digits = i;
        while (i < n && isDigit(text.charAt(i))) {
            i++;
        }
        if (i == digits) {
            return false;
        }
        if (i == n) {
            return true;
        }
        if (text.charAt(i) != '.') {
            return false;
        }
        int fraction = ++i;
        while (i < n && isDigit(text.charAt(i))) {
            i++;
        }
        return i == n && i > fraction;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** A number as written in CSV: digits, an optional minus and a point, whatever the language. */
    public static String number(Number n) {
        return n instanceof BigDecimal d ? d.toPlainString() : n.toString();
    }
}
