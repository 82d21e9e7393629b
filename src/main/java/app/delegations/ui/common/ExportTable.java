package app.delegations.ui.common;

import java.util.ArrayList;
import java.util.List;

/**
 * What an export writes, fixed on the UI thread: the rows (shown or selected, in the table's order), the visible
 * columns in their order, and their headers in the table's language. The writers read it on another thread; the
 * rows are a copy, so the table may change meanwhile.
 *
 * @param sheet   the name of the view (the XLSX sheet's name)
 * @param columns the columns in the order written
 * @param headers one per column, in the UI's language
 * @param rows    the rows in the order written
 * @param note    what an XLSX's printed pages say about the rows ({@link ExportNote}); {@link Note#NONE} for nothing
 * @param <R>     the row type
 */
public record ExportTable<R>(String sheet, List<DataColumn<R>> columns, List<Header> headers, List<R> rows,
                             Note note) {
    /**
     * A column's header: its text, and for a {@link DataColumn.Type#DAYS} column the headers of the first-day and
     * last-day columns it becomes in XLSX.
     */
    public record Header(String text, String firstDay, String lastDay) {
    }

    /**
     * The page header and footer of an XLSX sheet: where its rows come from (the view, the day, the filter); empty
     * strings for none.
     */
    public record Note(String header, String footer) {
        public static final Note NONE = new Note("", "");
    }

    public ExportTable {
        columns = List.copyOf(columns);
        headers = List.copyOf(headers);
        rows = List.copyOf(rows);
    }

    /** The rows in the columns given (in that order), under their headers in the language of {@code m}. */
    public static <R> ExportTable<R> of(String sheet, List<? extends DataColumn<R>> columns, List<R> rows,
                                        Messages m) {
        var headers = new ArrayList<Header>(columns.size());
        for (DataColumn<R> c : columns) {
            String h = m.get(c.key());
            headers.add(new Header(h, m.format("export.days.first", h), m.format("export.days.last", h)));
        }
        return new ExportTable<>(sheet, new ArrayList<>(columns), headers, rows, Note.NONE);
    }

    /** The same table, its printed pages saying {@code note}. */
    public ExportTable<R> with(Note note) {
        return new ExportTable<>(sheet, columns, headers, rows, note);
    }
}
