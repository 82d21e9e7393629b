package app.delegations.ui.common;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;

/**
 * Dates as typed in the date fields, in the UI language: Polish {@code 29.11.2016} (also {@code 1.2.2016}),
 * English {@code 29 Nov 2016} (also {@code 29 November 2016}, any letter case), and ISO {@code 2016-11-29} in
 * both. Strict: a day the calendar lacks ({@code 31.02.2016}) is not a date. Plain Java, no JavaFX; the date
 * filter and the record forms read dates alike.
 */
public final class DateText {
    private final DateTimeFormatter shown;
    private final List<DateTimeFormatter> accepted;

    public DateText(Locale locale) {
        if (locale.getLanguage().equals("pl")) {
            shown = strict("dd.MM.uuuu", locale);
            accepted = List.of(strict("d.M.uuuu", locale), DateTimeFormatter.ISO_LOCAL_DATE);
        } else {
            shown = strict("d MMM uuuu", locale);
            accepted = List.of(shown, strict("d MMMM uuuu", locale), DateTimeFormatter.ISO_LOCAL_DATE);
        }
    }

    private static DateTimeFormatter strict(String pattern, Locale locale) {
        return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern).toFormatter(locale)
                .withResolverStyle(ResolverStyle.STRICT);
    }

    /** The date as the field shows it; empty for null. */
    public String format(LocalDate date) {
        return date == null ? "" : shown.format(date);
    }

    /**
     * The date the text names, or null for blank text (an open end).
     *
     * @throws DateTimeParseException when the text is not a date in an accepted form
     */
    public LocalDate parse(String text) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            return null;
        }
        DateTimeParseException first = null;
        for (DateTimeFormatter f : accepted) {
            try {
                return LocalDate.parse(t, f);
            } catch (DateTimeParseException e) {
                first = first == null ? e : first;
            }
        }
        throw first;
    }
}
