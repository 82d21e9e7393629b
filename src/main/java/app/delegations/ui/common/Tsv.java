package app.delegations.ui.common;

import java.util.ArrayList;
import java.util.List;

/** Tab-separated text with a header row: pastes into Excel, LibreOffice and Word as a table. */
public final class Tsv {
    private Tsv() {
    }

    /** The rows in the given columns (in that order), under their headers in the language of {@code m}. */
    public static <R> String of(List<? extends DataColumn<R>> columns, List<R> rows, Messages m) {
        var sb = new StringBuilder();
        var values = new ArrayList<String>(columns.size());
        for (DataColumn<R> c : columns) {
            values.add(m.get(c.key()));
        }
        line(sb, values);
        for (R row : rows) {
            values.clear();
            for (DataColumn<R> c : columns) {
                values.add(c.text(row));
            }
            line(sb, values);
        }
        return sb.toString();
    }

    private static void line(StringBuilder sb, List<String> values) {
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                sb.append('\t');
            }
            String v = values.get(i);
            sb.append(v == null ? "" : v.replaceAll("[\\t\\r\\n]+", " "));
        }
        sb.append('\n');
    }
}
