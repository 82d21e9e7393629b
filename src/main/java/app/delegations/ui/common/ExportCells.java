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
        return trigger && !DataColumn.NUMBER_TEXT.matcher(text).matches() ? "'" + text : text;
    }

    /** A number as written in CSV: digits, an optional minus and a point, whatever the language. */
    public static String number(Number n) {
        return n instanceof BigDecimal d ? d.toPlainString() : n.toString();
    }
}
