package app.delegations.ui.common;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
import javafx.beans.Observable;

/**
 * One column of a {@link DataTable}, declared once: its {@link ColumnSpec} (node id, also its key in the stored
 * column layout; the message key of its header; its default width; how it looks), and the text of a row as shown
 * and copied. A table is a list of these; what every table does with them (cells, sorting, copying, fitting,
 * remembering) is {@link DataTable}'s. Free of {@code javafx.scene}, so that view models can sort by them. Its
 * {@link #type} and {@link #value} are what an exported spreadsheet holds (File › Export,
 * {@code delegations export}).
 *
 * @param <R> the row type
 */
public interface DataColumn<R> {
    /** How a column's cells show a row. */
    enum Look {
        /** The text, shortened to a line. */
        TEXT,
        /** The text with the search words' matches marked ({@link HighlightCell}). */
        MATCHES,
        /** The text, aligned as a number. */
        NUMBER,
        /** The text as a code badge. */
        BADGE,
        /** {@link #badge} as a code badge, then {@link #label}. */
        BADGE_AND_LABEL
    }

    /** What a column's values are in a spreadsheet: the one way every view says it. */
    enum Type {
        /** Text, as {@link #text} gives it. */
        TEXT,
        /** A number ({@link Look#NUMBER} columns by default). */
        NUMBER,
        /** A span of days, {@link Days}: an XLSX file gets a date cell for its first and one for its last day. */
        DAYS,
        /**
         * A month, a {@link java.time.YearMonth}: an XLSX file gets a date cell (its first day) shown as month and
         * year, so that a spreadsheet sorts and groups it in time; CSV the text as shown.
         */
        MONTH
    }

    /** The value of a {@link Type#DAYS} column: the first and the last day, equal for one day. */
    record Days(LocalDate first, LocalDate last) {
    }

    /** A whole or decimal number as {@link #text} writes one. */
    Pattern NUMBER_TEXT = Pattern.compile("-?\\d+(\\.\\d+)?");

    /** The column's id, header key, width and look, declared once ({@link ColumnSpec}). */
    ColumnSpec spec();

    /** The column's node id and its key in the stored layout: never changes, or stored layouts are lost. */
    default String id() {
        return spec().id();
    }

    /** The message key of the header. */
    default String key() {
        return spec().key();
    }

    /** The width before the user or the content sized it. */
    default double width() {
        return spec().width();
    }

    /** The row's text in this column, as copied (and shown, unless {@link #label} differs from it). */
    String text(R row);

    /** How the column's cells show a row. */
    default Look look() {
        return spec().look();
    }

    /** The badge of {@link Look#BADGE_AND_LABEL}. */
    default String badge(R row) {
        return "";
    }

    /**
     * The text a {@link Look#BADGE_AND_LABEL} or {@link Look#MATCHES} cell shows (beside the badge, or marked) when
     * it differs from the copied {@link #text}, e.g. a title indented by nesting; what fitting the column measures.
     */
    default String label(R row) {
        return text(row);
    }

    /** What the row's text in this column changes with while the row is shown (a cell shows the change). */
    default List<Observable> watched(R row) {
        return List.of();
    }

    /** What the column's values are in a spreadsheet: {@link Type#NUMBER} for a {@link Look#NUMBER} column, else text. */
    default Type type() {
        return look() == Look.NUMBER ? Type.NUMBER : Type.TEXT;
    }

    /**
     * The row's value in a spreadsheet, by {@link #type}: a {@link Number} for NUMBER (by default the
     * {@link #text} read as a number; the text itself when it is not one), {@link Days} for DAYS, a
     * {@link java.time.YearMonth} for MONTH, the text for TEXT; null for an empty cell.
     */
    default Object value(R row) {
        String text = text(row);
        if (type() != Type.NUMBER || text == null || text.isEmpty()) {
            return text == null || text.isEmpty() ? null : text;
        }
        if (!ExportCells.isNumber(text)) {
            return text;
        }
        return text.indexOf('.') < 0 && text.length() < 19 ? (Number) Long.valueOf(text) : new BigDecimal(text);
    }
}
