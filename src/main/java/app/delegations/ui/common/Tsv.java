package app.delegations.ui.common;

import java.util.List;
import java.util.function.Function;

/** Tab-separated text with a header row: pastes into Excel, LibreOffice and Word as a table. */
public final class Tsv {
    private Tsv() {
    }

    public static <R> String of(List<String> header, List<R> rows, List<Function<R, String>> cells) {
        var sb = new StringBuilder();
        line(sb, header);
        for (R row : rows) {
            var values = new java.util.ArrayList<String>(cells.size());
            for (Function<R, String> cell : cells) {
                values.add(cell.apply(row));
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
