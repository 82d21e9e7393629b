package app.delegations.ui.timeline;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Date labels of the timeline in one language: "30 listopada 2016" / "30 November 2016", and the shorter forms
 * the axis falls back to where a longer one does not fit ("listopad" → "lis" → "XI"). Dates only.
 */
public final class DayFormat {

    private static final String[] ROMAN = {"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"};

    private final Locale locale;
    private final DateTimeFormatter full;
    private final DateTimeFormatter monthYear;
    private final DateTimeFormatter shortMonthYear;
    private final DateTimeFormatter weekdayDay;
    private final DateTimeFormatter month;
    private final DateTimeFormatter shortMonth;
    private final DateTimeFormatter narrowMonth;

    public DayFormat(Locale locale) {
        this.locale = locale;
        full = DateTimeFormatter.ofPattern("d MMMM yyyy", locale);
        monthYear = DateTimeFormatter.ofPattern("LLLL yyyy", locale);
        shortMonthYear = DateTimeFormatter.ofPattern("LLL yyyy", locale);
        weekdayDay = DateTimeFormatter.ofPattern("EEE d", locale);
        month = DateTimeFormatter.ofPattern("LLLL", locale);
        shortMonth = DateTimeFormatter.ofPattern("LLL", locale);
        narrowMonth = DateTimeFormatter.ofPattern("LLLLL", locale);
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

    /** "November" ("listopad"). */
    public String month(LocalDate day) {
        return month.format(day);
    }

    /** "Nov" ("lis"). */
    public String shortMonth(LocalDate day) {
        return shortMonth.format(day);
    }

    /**
     * The shortest month: its Roman numeral in Polish, as Polish dates write it ("XI"), else the language's
     * narrow form ("N").
     */
    public String narrowMonth(LocalDate day) {
        return "pl".equals(locale.getLanguage()) ? ROMAN[day.getMonthValue() - 1] : narrowMonth.format(day);
    }

    /** "29 November 2016 – 30 November 2016", or one date when both are the same. */
    public String range(LocalDate first, LocalDate last) {
        return first.equals(last) ? full(first) : full(first) + " – " + full(last);
    }
}
