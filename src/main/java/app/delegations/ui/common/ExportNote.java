package app.delegations.ui.common;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What an export says about where its rows come from, so that the file still says it a week later: its proposed
 * name names the narrowing ("Miejsca – Serbia.xlsx"; "Miejsca – Serbia, zaznaczone.csv" for the selected rows only;
 * a view's picture likewise, "Mapa – Słowacja.png"), and a table's XLSX states on every printed page the view and
 * the day it was exported (page header) and, in one statement, the filter in effect or that none was, and whether
 * only the selected rows were taken (page footer). The data cells are left as the table shows them; a CSV file
 * stays pure data, as the programs that read it take every line for a row.
 */
public final class ExportNote {
    /** Excel takes at most 255 characters in a page header or footer; room is kept for its codes. */
    static final int MAX_LINE = 240;

    private final Narrowing narrowing;
    private final Clock clock;

    /**
     * @param narrowing the filter in effect, in words
     * @param clock     gives the day of the export
     */
    public ExportNote(Narrowing narrowing, Clock clock) {
        this.narrowing = narrowing;
        this.clock = clock;
    }

    /** The name proposed for the export of view {@code view}: the view's name, then what narrows it, if anything. */
    public String fileName(Messages m, String view) {
        return fileName(m, view, false);
    }

    /**
     * The name proposed for the export of view {@code view}: the view's name, then what narrows it, if anything,
     * and, when {@code selectedOnly}, that only the selected rows were taken ("Miejsca – Serbia, zaznaczone"): a
     * CSV has only its name to say so, and the name of the whole list would offer to replace its file.
     */
    public String fileName(Messages m, String view, boolean selectedOnly) {
        List<String> names = new ArrayList<>(narrowing.names(m));
        if (names.isEmpty() && !narrowing.parts(m).isEmpty()) {
            names.add(m.get("export.name.filtered"));
        }
        if (selectedOnly) {
            names.add(m.get("export.name.selected"));
        }
        return names.isEmpty() ? view : m.format("export.name.narrowed", view, String.join(", ", names));
    }

    /** {@link #of(Messages, String, boolean, int)} for an export of every row the view lists. */
    public ExportTable.Note of(Messages m, String sheet) {
        return of(m, sheet, false, 0);
    }

    /**
     * The page header (the view {@code sheet} and the day) and the page footer of an export, in the language of
     * {@code m}, each at most {@link #MAX_LINE} characters. The footer is one statement: the filter in effect, or
     * that none was ("No filter: every row the view lists"); when {@code selectedOnly}, the filter or its absence
     * and that only the {@code rows} selected rows were taken ("No filter; only the 2 rows selected"), never that
     * every row was.
     */
    public ExportTable.Note of(Messages m, String sheet, boolean selectedOnly, int rows) {
        String header = m.format("export.note.exported", sheet, new Formats(m.locale()).date(LocalDate.now(clock)));
        List<String> parts = new ArrayList<>(narrowing.parts(m));
        String footer;
        if (parts.isEmpty()) {
            footer = selectedOnly ? m.count("export.note.selected.all", rows, rows) : m.get("export.note.all");
        } else {
            String filter = m.format("export.note.filtered", String.join("; ", parts));
            footer = selectedOnly ? m.count("export.note.selected", rows, filter, rows) : filter;
        }
        return new ExportTable.Note(cut(header), cut(footer));
    }

    private static String cut(String line) {
        return line.length() <= MAX_LINE ? line : line.substring(0, MAX_LINE - 1) + "…";
    }
}
