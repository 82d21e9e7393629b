package app.delegations.ui.timeline;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Date labels of the timeline in one language: "30 listopada 2016" / "30 November 2016". Dates only. */
public final class DayFormat {

    private final Locale locale;
    private final DateTimeFormatter full;
    private final DateTimeFormatter monthYear;
    private final DateTimeFormatter shortMonthYear;
    private final DateTimeFormatter weekdayDay;

    public DayFormat(Locale locale) {
        this.locale = locale;
        full = DateTimeFormatter.ofPattern("d MMMM yyyy", locale);
        monthYear = DateTimeFormatter.ofPattern("LLLL yyyy", locale);
        shortMonthYear = DateTimeFormatter.ofPattern("LLL yyyy", locale);
        weekdayDay = DateTimeFormatter.ofPattern("EEE d", locale);
    }

    public Locale locale() {
        return locale;
    }

    /** "30 November 2016". */
    public String full(LocalDate day) {
        return full.format(day);
    }

    /** "November 2016" (the standalone month: "listopad 2016"). */
    public String monthYear(LocalDate day) {
        return monthYear.format(day);
    }

    /** "Nov 2016". */
    public String shortMonthYear(LocalDate day) {
        return shortMonthYear.format(day);
    }

    /** "Wed 30". */
    public String weekdayDay(LocalDate day) {
        return weekdayDay.format(day);
    }

    /** "29 November 2016 – 30 November 2016", or one date when both are the same. */
    public String range(LocalDate first, LocalDate last) {
        return first.equals(last) ? full(first) : full(first) + " – " + full(last);
    }
}
