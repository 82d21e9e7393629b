package app.delegations.ui.brief;

import app.delegations.ui.common.Messages;
import app.delegations.ui.common.PaperDocument.Paragraph;
import app.delegations.ui.common.PaperDocument.Table;
import app.delegations.ui.details.Details.Evidence;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A brief's table as it is filled: rows in the order first added, each with the citations of the facts it shows;
 * a row added again under the same key takes the new fact's citations too (and, when {@code join} is given, its
 * text in one cell). The table ends with a narrow column of each row's marks of its quotes, "[3]", or of "brak
 * źródła" for a row with no citation at all, when a row has either.
 */
final class MarkedRows {
    private record Row(List<String> cells, List<Evidence> evidence) {
    }

    private final Map<List<String>, Row> rows = new LinkedHashMap<>();
    /** The rows with no citation the brief marks, whose record is cited all the same: they do not say "brak źródła". */
    private final Set<List<String>> citedElsewhere = new HashSet<>();

    /** Adds a row, or to the row of this key its citations. */
    void add(List<String> key, List<String> cells, List<Evidence> evidence) {
        Row row = rows.computeIfAbsent(key, k -> new Row(new ArrayList<>(cells), new ArrayList<>()));
        row.evidence().addAll(evidence);
    }

    /** Marks the row of this key as one whose record is cited, though not by a citation given with the row. */
    void cited(List<String> key) {
        citedElsewhere.add(key);
    }

    /** Adds a row, or to the row of this key its citations and, in cell {@code join}, the text ", " and its cell. */
    void join(List<String> key, List<String> cells, int join, List<Evidence> evidence) {
        Row row = rows.get(key);
        if (row == null) {
            add(key, cells, evidence);
        } else {
            row.cells().set(join, row.cells().get(join) + ", " + cells.get(join));
            row.evidence().addAll(evidence);
        }
    }

    /** The text of cell {@code column} when every row has the same, else null (also for no rows). */
    String same(int column) {
        String same = null;
        for (Row row : rows.values()) {
            String cell = row.cells().get(column);
            if (same != null && !same.equals(cell)) {
                return null;
            }
            same = cell;
        }
        return same;
    }

    /** The rows without cell {@code column}, each keeping its citations. */
    MarkedRows without(int column) {
        var out = new MarkedRows();
        for (Map.Entry<List<String>, Row> e : rows.entrySet()) {
            var cells = new ArrayList<>(e.getValue().cells());
            cells.remove(column);
            out.add(e.getKey(), cells, e.getValue().evidence());
        }
        out.citedElsewhere.addAll(citedElsewhere);
        return out;
    }

    /**
     * The rows as lines, for a short list that a table's header would lengthen: the first cell as the label, the
     * others that are not empty parted by " — ", then the marks ("dr Andreja Rihter: Honorary guest — Director… [4]"),
     * or "(brak źródła)" for a row with no citation.
     */
    List<Paragraph> lines(BriefSources sources) {
        var out = new ArrayList<Paragraph>();
        for (Row row : rows.values()) {
            List<String> rest = row.cells().subList(1, row.cells().size()).stream().filter(c -> !c.isEmpty()).toList();
            out.add(new Paragraph(row.cells().get(0) + ":",
                    BriefMaker.marked(String.join(" — ", rest), sources.after(row.evidence()))));
        }
        return out;
    }

    boolean isEmpty() {
        return rows.isEmpty();
    }

    /**
     * The table: these headers and weights, then the marks' column if a row quotes anything or cites nothing: a tenth of the width,
     * wider for a longer mark ("[3] (wniosek)") so that no mark is broken inside a word.
     */
    Table table(Messages m, BriefSources sources, List<String> headerKeys, double... weights) {
        var out = new ArrayList<List<String>>();
        var marks = new ArrayList<String>();
        boolean any = false;
        for (Map.Entry<List<String>, Row> e : rows.entrySet()) {
            Row row = e.getValue();
            out.add(row.cells());
            String mark = citedElsewhere.contains(e.getKey()) && row.evidence().isEmpty() ? ""
                    : sources.cell(row.evidence());
            marks.add(mark);
            any |= !mark.isEmpty();
        }
        if (!any) {
            return BriefMaker.table(m, out, headerKeys, weights);
        }
        var keys = new ArrayList<>(headerKeys);
        keys.add("brief.col.source");
        double[] w = new double[weights.length + 1];
        System.arraycopy(weights, 0, w, 0, weights.length);
        int longest = marks.stream().mapToInt(String::length).max().orElse(0);
        // a tenth of the width holds "[12, 14]" on one line; a longer mark gets room in proportion
        w[weights.length] = Arrays.stream(weights).sum() * Math.max(8, longest) / 72;
        var marked = new ArrayList<List<String>>();
        for (int i = 0; i < out.size(); i++) {
            var cells = new ArrayList<>(out.get(i));
            cells.add(marks.get(i));
            marked.add(cells);
        }
        return BriefMaker.table(m, marked, keys, w);
    }
}
