package app.delegations.ui.common;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/** Reads exported files back with the libraries that wrote them (fastexcel's reader, FastCSV), for comparison. */
public final class ExportReadBack {
    /** One XLSX sheet: its name and its rows of cells (null for an empty cell). */
    public record Workbook(String sheet, List<List<Cell>> rows) {
        public Cell cell(int row, int column) {
            List<Cell> r = rows.get(row);
            return column < r.size() ? r.get(column) : null;
        }
    }

    private ExportReadBack() {
    }

    public static Workbook xlsx(Path file) throws IOException {
        return sheets(file).get(0);
    }

    /** Every sheet of the workbook, in order. */
    public static List<Workbook> sheets(Path file) throws IOException {
        try (var workbook = new ReadableWorkbook(file.toFile(), new ReadingOptions(true, false))) {
            var sheets = new ArrayList<Workbook>();
            for (Sheet sheet : workbook.getSheets().toList()) {
                sheets.add(read(sheet));
            }
            return sheets;
        }
    }

    /** A sheet's cells as the reader gives their texts (a number or a date as its stored value), for comparison. */
    public static List<List<String>> texts(Workbook sheet) {
        return sheet.rows().stream().map(r -> r.stream().map(c -> c == null ? null : c.getRawValue()).toList())
                .toList();
    }

    /**
     * Checks that the sheet holds the table cell by cell: the headers (a span of days as its first and last day),
     * numbers as numbers, days as dates, a month as the date of its first day, texts as they are.
     */
    public static <R> void assertHolds(ExportTable<R> table, Workbook sheet) {
        var header = new ArrayList<String>();
        for (int c = 0; c < table.columns().size(); c++) {
            ExportTable.Header h = table.headers().get(c);
            if (table.columns().get(c).type() == DataColumn.Type.DAYS) {
                header.add(h.firstDay());
                header.add(h.lastDay());
            } else {
                header.add(h.text());
            }
        }
        check(header.equals(sheet.rows().get(0).stream().map(Cell::getText).toList()), sheet.sheet() + ": headers "
                + header + " against " + sheet.rows().get(0));
        check(sheet.rows().size() == table.rows().size() + 1, sheet.sheet() + ": " + (sheet.rows().size() - 1)
                + " rows, not " + table.rows().size());
        for (int r = 0; r < table.rows().size(); r++) {
            int x = 0;
            for (DataColumn<R> column : table.columns()) {
                Object value = column.value(table.rows().get(r));
                String where = sheet.sheet() + " row " + (r + 1) + " column " + x + ": ";
                if (value instanceof DataColumn.Days d) {
                    check(d.first().equals(sheet.cell(r + 1, x).asDate().toLocalDate())
                            && d.last().equals(sheet.cell(r + 1, x + 1).asDate().toLocalDate()), where + d);
                    x += 2;
                    continue;
                }
                Cell cell = sheet.cell(r + 1, x);
                if (value instanceof YearMonth month) {
                    check(cell != null && month.atDay(1).equals(cell.asDate().toLocalDate()), where + month + " "
                            + cell);
                } else if (value instanceof Number n) {
                    check(new BigDecimal(n.toString()).compareTo(cell.asNumber()) == 0, where + n + " " + cell);
                } else {
                    String text = cell == null ? null : cell.getText();
                    check(value == null ? text == null || text.isEmpty() : value.equals(text), where + value
                            + " against " + text);
                }
                x += column.type() == DataColumn.Type.DAYS ? 2 : 1; // empty days: both cells empty
            }
        }
    }

    private static void check(boolean holds, String otherwise) {
        if (!holds) {
            throw new AssertionError(otherwise);
        }
    }

    private static Workbook read(Sheet sheet) throws IOException {
        var rows = new ArrayList<List<Cell>>();
        for (Row row : sheet.read()) {
            var cells = new ArrayList<Cell>();
            for (int c = 0; c < row.getCellCount(); c++) {
                cells.add(row.getCell(c));
            }
            rows.add(cells);
        }
        return new Workbook(sheet.getName(), rows);
    }

    /** The first sheet's XML (for what the reader does not expose: the frozen pane, the autofilter, widths). */
    public static String sheetXml(Path file) throws IOException {
        try (var zip = new ZipFile(file.toFile())) {
            ZipEntry entry = zip.getEntry("xl/worksheets/sheet1.xml");
            try (InputStream in = zip.getInputStream(entry)) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        }
    }

    /** The CSV's records, after checking that it starts with a UTF-8 byte-order mark. */
    public static List<List<String>> csv(Path file, char separator) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        if (bytes.length < 3 || (bytes[0] & 0xff) != 0xEF || (bytes[1] & 0xff) != 0xBB || (bytes[2] & 0xff) != 0xBF) {
            throw new AssertionError(file + " has no UTF-8 byte-order mark");
        }
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        var records = new ArrayList<List<String>>();
        try (CsvReader<CsvRecord> reader = CsvReader.builder().fieldSeparator(separator).ofCsvRecord(text)) {
            for (CsvRecord r : reader) {
                records.add(r.getFields());
            }
        }
        return records;
    }
}
