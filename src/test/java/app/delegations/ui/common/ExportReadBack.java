package app.delegations.ui.common;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
        try (var workbook = new ReadableWorkbook(file.toFile(), new ReadingOptions(true, false))) {
            Sheet sheet = workbook.getFirstSheet();
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
