package app.delegations.ui.common;

import java.io.IOException;
import java.io.OutputStream;
import java.time.YearMonth;
import java.util.List;
import org.dhatim.fastexcel.Position;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Writes an {@link ExportTable} as an XLSX workbook through fastexcel (or several tables, a sheet each): a sheet
 * named after the view, printed on A4 ({@link XlsxLayout}) with the table's {@link ExportTable.Note} in the page
 * header and footer, a bold header row frozen above the rows, an autofilter over all of them. A number column has number cells; a span of days
 * ({@link DataColumn.Type#DAYS}) becomes two date columns, its first and its last day; a month
 * ({@link DataColumn.Type#MONTH}) a date cell of its first day shown as month and year; every other value is a
 * string cell, which Excel shows and never runs as a formula. Rows are streamed to the file in blocks, so the
 * memory needed does not grow with the rows. A row's strings are written in the row (inline strings), not into
 * fastexcel's shared-string table: that table is kept in memory for every distinct string of the workbook and
 * sorted at its end in one go, which no Cancel can interrupt.
 */
public final class ExportXlsx {
    /** The number format of date cells: ISO, read the same in every language. */
    static final String DATE_FORMAT = "yyyy-mm-dd";
    /** The number format of a month's date cells: the month's name (in the reader's Excel language) and year. */
    static final String MONTH_FORMAT = "mmmm yyyy";
    /** The most characters Excel takes in one cell. */
    static final int MAX_CELL = 32_767;
    private static final int FLUSH_EVERY = 1024;
    /**
     * Deflate's fastest level: the sheet's XML is most of the work of an export and compresses well at any level;
     * the default level takes markedly longer for a slightly smaller file (measured in src/bench/README.md).
     */
    private static final int COMPRESSION = 1;

    private ExportXlsx() {
    }

    /**
     * Writes the table to {@code out} (not closing it), telling {@code progress} every {@link ExportProgress#STEP}
     * rows and asking it to {@link ExportProgress#check check} at every other row.
     */
    public static <R> void write(ExportTable<R> table, OutputStream out, ExportProgress progress) throws IOException {
        write(List.of(table), out, progress);
    }

    /**
     * Writes one workbook with a sheet per table, in the order given (File › Export all tables), to {@code out}
     * (not closing it), telling {@code progress} every {@link ExportProgress#STEP} rows how far it got in the rows
     * of all the tables and asking it to {@link ExportProgress#check check} at every other row (what the workbook
     * writes once the rows are told, its shared strings and its zip directory, is checked by the stream
     * {@link ExportFile} gives). The sheets' names are the tables' names made acceptable to Excel.
     */
    public static void write(List<? extends ExportTable<?>> tables, OutputStream out, ExportProgress progress)
            throws IOException {
        var workbook = new Workbook(out, "Delegations", "1.0");
        workbook.setCompressionLevel(COMPRESSION);
        int total = 0;
        for (ExportTable<?> t : tables) {
            total += t.rows().size();
        }
        int done = 0;
        for (ExportTable<?> t : tables) {
            sheet(t, workbook.newWorksheet(sheetName(t.sheet())), done, total, progress);
            done += t.rows().size();
        }
        progress.rows(total, total);
        workbook.finish();
    }

    /** Writes the table's sheet, its rows being rows {@code done} on of the {@code total} the progress counts. */
    private static <R> void sheet(ExportTable<R> table, Worksheet sheet, int done, int total, ExportProgress progress)
            throws IOException {
        List<DataColumn<R>> columns = table.columns();
        int[] first = new int[columns.size()];
        int width = 0;
        for (int c = 0; c < columns.size(); c++) {
            first[c] = width;
            width += columns.get(c).type() == DataColumn.Type.DAYS ? 2 : 1;
        }
        header(table, sheet, first);
        XlsxLayout.columns(table, sheet, first, progress);
        sheet.freezePane(0, 1);
        note(table.note(), sheet);
        int rows = table.rows().size();
        if (width > 0) {
            sheet.setAutoFilter(0, 0, rows, width - 1);
        }
        int block = 0;
        for (int i = 0; i < rows; i++) {
            if (i % ExportProgress.STEP == 0) {
                progress.rows(done + i, total);
            } else {
                progress.check();
            }
            if (i > 0 && i % FLUSH_EVERY == 0) {
                dateFormat(sheet, columns, first, block + 1, i);
                sheet.flush();
                block = i;
            }
            R row = table.rows().get(i);
            for (int c = 0; c < columns.size(); c++) {
                cell(sheet, i + 1, first[c], columns.get(c), row);
            }
        }
        dateFormat(sheet, columns, first, block + 1, rows);
        sheet.finish();
    }

    /**
     * The note on every printed page: the view and the day in the header, the filter in the footer at the left,
     * the page and the pages at its right ({@code &P / &N}); nothing for {@link ExportTable.Note#NONE}.
     */
    private static void note(ExportTable.Note note, Worksheet sheet) {
        if (!note.header().isEmpty()) {
            sheet.header(pageText(note.header()), Position.LEFT);
        }
        if (!note.footer().isEmpty()) {
            sheet.footer(pageText(note.footer()), Position.LEFT);
            sheet.footer("&P / &N", Position.RIGHT);
        }
    }

    /** A text for a page header or footer, where {@code &} starts a code (the page number…): {@code &&} is one. */
    static String pageText(String text) {
        return text.replace("&", "&&");
    }

    /**
     * Gives the date cells of sheet rows {@code from} to {@code to} the date (or month) format, once per block of
     * rows (the style is made once for the block's range, not once per cell).
     */
    private static <R> void dateFormat(Worksheet sheet, List<DataColumn<R>> columns, int[] first, int from, int to) {
        if (to < from) {
            return;
        }
        for (int c = 0; c < columns.size(); c++) {
            if (columns.get(c).type() == DataColumn.Type.DAYS) {
                sheet.range(from, first[c], to, first[c] + 1).style().format(DATE_FORMAT).set();
            } else if (columns.get(c).type() == DataColumn.Type.MONTH) {
                sheet.range(from, first[c], to, first[c]).style().format(MONTH_FORMAT).set();
            }
        }
    }

    private static <R> void header(ExportTable<R> table, Worksheet sheet, int[] first) {
        for (int c = 0; c < first.length; c++) {
            ExportTable.Header h = table.headers().get(c);
            if (table.columns().get(c).type() == DataColumn.Type.DAYS) {
                sheet.inlineString(0, first[c], h.firstDay());
                sheet.inlineString(0, first[c] + 1, h.lastDay());
                sheet.style(0, first[c] + 1).bold().wrapText(true).verticalAlignment("top").set();
            } else {
                sheet.inlineString(0, first[c], h.text());
            }
            sheet.style(0, first[c]).bold().wrapText(true).verticalAlignment("top").set();
        }
    }

    private static <R> void cell(Worksheet sheet, int r, int c, DataColumn<R> column, R row) {
        Object value = column.value(row);
        if (value instanceof Number n) {
            sheet.value(r, c, n);
        } else if (value instanceof DataColumn.Days d) {
            sheet.value(r, c, d.first()); // formatted as a date with its block of rows (dateFormat)
            sheet.value(r, c + 1, d.last());
        } else if (value instanceof YearMonth month) {
            sheet.value(r, c, month.atDay(1)); // formatted as month and year with its block of rows (dateFormat)
        } else if (value != null) {
            sheet.inlineString(r, c, fitted(value.toString())); // no shared string: see the class comment
        }
    }

    /**
     * The text as a cell holds it: Excel refuses a workbook with a cell of more than {@link #MAX_CELL} characters
     * ("We found a problem with some content"), so a longer one (the places of a country of thousands) is cut there
     * and ends in "…"; a CSV file keeps it whole.
     */
    static String fitted(String text) {
        if (text.length() <= MAX_CELL) {
            return text;
        }
        int end = MAX_CELL - 1;
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end) + "…";
    }

    /** A sheet name Excel accepts: at most 31 characters, none of {@code []:*?/\}. */
    static String sheetName(String name) {
        String clean = name.replaceAll("[\\[\\]:*?/\\\\]", " ").strip();
        clean = clean.isEmpty() ? "Sheet1" : clean;
        return clean.length() > 31 ? clean.substring(0, 31) : clean;
    }
}
