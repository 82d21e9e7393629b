package app.delegations.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A document the facts come from, bundled beside the data file.
 *
 * @param file     path of the text, relative to the data file's folder (never outside it)
 * @param title    a title; for an untitled note, one the editor gave it (say so in {@code dateNote}/description)
 * @param date     the date of the document, or null when it carries none
 * @param dateNote how the date is known, or why there is none
 * @param language BCP 47 language tag of the text, e.g. {@code pl}
 * @param text     the text itself, read by the loader (UTF-8, line ends normalised to \n)
 */
public record Source(String id, String file, Text title, LocalDate date, Text dateNote, String language,
                     Text description, String text) {
    public Source {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(text, "text");
    }
}
