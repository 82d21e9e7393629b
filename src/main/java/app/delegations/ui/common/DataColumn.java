package app.delegations.ui.common;

import java.util.List;
import javafx.beans.Observable;

/**
 * One column of a {@link DataTable}, declared once: its node id (also its key in the stored column layout), the
 * message key of its header, its default width, how it looks, and the text of a row as shown and copied. A
 * table is a list of these; what every table does with them (cells, sorting, copying, fitting, remembering) is
 * {@link DataTable}'s. Free of {@code javafx.scene}, so that view models can sort by them.
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

    /** The column's node id and its key in the stored layout: never changes, or stored layouts are lost. */
    String id();

    /** The message key of the header. */
    String key();

    /** The width before the user or the content sized it. */
    double width();

    /** The row's text in this column, as copied (and shown, unless {@link #label} differs from it). */
    String text(R row);

    default Look look() {
        return Look.TEXT;
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
}
