package app.delegations.ui.common;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * Writes an {@link ExportTable} as CSV through FastCSV: UTF-8 with a byte-order mark (without it Excel reads the
 * file in the system's code page and Polish letters break), lines ending in CRLF, a header line, fields quoted
 * where needed, numbers in digits with a point, a span of days as shown in the table, and text
 * {@linkplain ExportCells#guarded guarded} against formula injection.
 */
public final class ExportCsv {
    private static final char BOM = '\uFEFF';

    private ExportCsv() {
    }

    /**
     * Writes the table to {@code out} (closing it), telling {@code progress} every {@link ExportProgress#STEP} rows
     * and asking it to {@link ExportProgress#check check} at every other row.
     */
    public static <R> void write(ExportTable<R> table, char separator, OutputStream out, ExportProgress progress)
            throws IOException {
        Writer text = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        text.write(BOM);
        try (CsvWriter csv = CsvWriter.builder().fieldSeparator(separator).lineDelimiter(LineDelimiter.CRLF)
                .bufferSize(1 << 16).build(text)) {
            int n = table.columns().size();
            var fields = new String[n];
            for (int c = 0; c < n; c++) {
                fields[c] = ExportCells.guarded(table.headers().get(c).text());
            }
            csv.writeRecord(fields);
            int total = table.rows().size();
            for (int i = 0; i < total; i++) {
                if (i % ExportProgress.STEP == 0) {
                    progress.rows(i, total);
                } else {
                    progress.check();
                }
                R row = table.rows().get(i);
                for (int c = 0; c < n; c++) {
                    fields[c] = field(table.columns().get(c), row);
                }
                csv.writeRecord(fields);
            }
            progress.rows(total, total);
        }
    }

    private static <R> String field(DataColumn<R> column, R row) {
        if (column.type() == DataColumn.Type.NUMBER && column.value(row) instanceof Number number) {
            return ExportCells.number(number);
        }
        return ExportCells.guarded(column.text(row));
    }
}
