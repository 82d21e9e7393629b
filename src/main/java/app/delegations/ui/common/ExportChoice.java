package app.delegations.ui.common;

/**
 * How a table is exported, as the officer chose it in the export dialog (or the command line gave it).
 *
 * @param format       XLSX or CSV
 * @param separator    the CSV field separator
 * @param selectedOnly only the selected rows instead of every row shown
 */
public record ExportChoice(ExportFormat format, char separator, boolean selectedOnly) {
    /** The separators the dialog offers: semicolon, comma, tab. */
    public static final String SEPARATORS = ";,\t";

    /** What the dialog proposes: XLSX, the separator Excel expects in the language's locale, every row shown. */
    public static ExportChoice proposed(UiLanguage language) {
        return new ExportChoice(ExportFormat.XLSX, separatorFor(language), false);
    }

    /** {@code ;} for Polish (Polish Excel reads it, the comma being the decimal mark), {@code ,} for English. */
    public static char separatorFor(UiLanguage language) {
        return language == UiLanguage.POLISH ? ';' : ',';
    }

    public ExportChoice withFormat(ExportFormat f) {
        return new ExportChoice(f, separator, selectedOnly);
    }
}
