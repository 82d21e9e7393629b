package app.delegations.ui.common;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** Dates and numbers in the UI language: "30 listopada 2016" / "30 November 2016". */
public final class Formats {
    private final Locale locale;
    private final DateTimeFormatter longDate;
    private final DateTimeFormatter dayMonth;

    public Formats(Locale locale) {
        this.locale = locale;
        this.longDate = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
        this.dayMonth = DateTimeFormatter.ofPattern("d MMMM", locale);
    }

    public Locale locale() {
        return locale;
    }

    /** {@code 30 November 2016}. */
    public String date(LocalDate date) {
        return date == null ? "" : longDate.format(date);
    }

    /** {@code 29 November 2016} or {@code 29–30 November 2016} or a full range across months/years. */
    public String range(LocalDate start, LocalDate end) {
        if (end == null || end.equals(start)) {
            return date(start);
        }
        if (start.getYear() == end.getYear() && start.getMonth() == end.getMonth()) {
            return start.getDayOfMonth() + "–" + date(end);
        }
        if (start.getYear() == end.getYear()) {
            return dayMonth.format(start) + " – " + date(end);
        }
        return date(start) + " – " + date(end);
    }

    /** A coordinate pair, {@code 50.0647° N, 19.9450° E}. */
    public String coordinates(double lat, double lon) {
        return String.format(locale, "%.4f° %s, %.4f° %s", Math.abs(lat), lat >= 0 ? "N" : "S",
                Math.abs(lon), lon >= 0 ? "E" : "W");
    }
}
