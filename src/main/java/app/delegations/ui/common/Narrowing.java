package app.delegations.ui.common;

import java.util.List;

/**
 * What narrows the rows the views show (the filter on the left), said in words for an exported file: the file has
 * to say it is a selection when it is read a week later, away from the window.
 */
public interface Narrowing {
    /** Nothing narrows the rows. */
    Narrowing NONE = new Narrowing() {
        @Override
        public List<String> parts(Messages m) {
            return List.of();
        }

        @Override
        public List<String> names(Messages m) {
            return List.of();
        }
    };

    /**
     * Each filter in effect in the language of {@code m}, e.g. "country: Serbia, Poland", "search: “kra”"; empty
     * when nothing narrows the rows.
     */
    List<String> parts(Messages m);

    /**
     * A few words naming the narrowing for a file's name, e.g. "Serbia", "kra" (few: the name stays short);
     * empty when nothing narrows the rows, or when what narrows them has no short name.
     */
    List<String> names(Messages m);

    /**
     * The filter in effect in one line under a picture for paper (a chart, the map, the timeline), in the language
     * of {@code m}: "Filtry: kraj Serbia", or that none was ("Bez filtrów: wszystkie dane").
     */
    default String pictureLine(Messages m) {
        List<String> parts = parts(m);
        return parts.isEmpty() ? m.get("figures.export.nofilter")
                : m.format("export.note.filtered", String.join("; ", parts));
    }
}
