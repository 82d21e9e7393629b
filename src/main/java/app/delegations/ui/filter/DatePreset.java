package app.delegations.ui.filter;

import java.time.LocalDate;

/**
 * The date ranges offered in one click, relative to today: any time (no range), this calendar year, last calendar
 * year, and the last 12 months (the 365 or 366 days ending today).
 */
public enum DatePreset {
    ANY_TIME, THIS_YEAR, LAST_YEAR, LAST_12_MONTHS;

    /** The first day of the range on {@code today}, or null when it is open. */
    public LocalDate from(LocalDate today) {
        return switch (this) {
            case ANY_TIME -> null;
            case THIS_YEAR -> today.withDayOfYear(1);
            case LAST_YEAR -> today.minusYears(1).withDayOfYear(1);
            case LAST_12_MONTHS -> today.minusYears(1).plusDays(1);
        };
    }

    /** The last day of the range on {@code today}, or null when it is open. */
    public LocalDate to(LocalDate today) {
        return switch (this) {
            case ANY_TIME -> null;
            case THIS_YEAR -> today.withMonth(12).withDayOfMonth(31);
            case LAST_YEAR -> today.minusYears(1).withMonth(12).withDayOfMonth(31);
            case LAST_12_MONTHS -> today;
        };
    }

    /** The message key of its name. */
    public String key() {
        return "filter.dates.preset." + name().toLowerCase().replace('_', '-');
    }

    /** The preset whose range on {@code today} is exactly [from, to], or null (a range of the user's own). */
    public static DatePreset matching(LocalDate from, LocalDate to, LocalDate today) {
        for (DatePreset p : values()) {
            if (same(p.from(today), from) && same(p.to(today), to)) {
                return p;
            }
        }
        return null;
    }

    private static boolean same(LocalDate a, LocalDate b) {
        return a == null ? b == null : a.equals(b);
    }
}
