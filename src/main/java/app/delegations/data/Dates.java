package app.delegations.data;

import app.delegations.text.Msg;
import java.time.LocalDate;

/** Calendar dates as the format writes them, {@code 2016-11-30}, read without exceptions or regexes. */
final class Dates {

    private Dates() {
    }

    /** The date, or null when {@code s} is not a real date in the form yyyy-mm-dd. */
    static LocalDate parse(String s) {
        return parse(s.toCharArray(), 0, s.length());
    }

    /** The date written {@code c[offset, offset + length)}, or null (read from the parser's buffer, no String). */
    static LocalDate parse(char[] c, int offset, int length) {
        if (length != 10 || c[offset + 4] != '-' || c[offset + 7] != '-') {
            return null;
        }
        int y = 0;
        int m = 0;
        int d = 0;
        for (int i = 0; i < 10; i++) {
            int digit = c[offset + i] - '0';
            if (i == 4 || i == 7) {
                continue;
            }
            if (digit < 0 || digit > 9) {
                return null;
            }
            if (i < 4) {
                y = y * 10 + digit;
            } else if (i < 7) {
                m = m * 10 + digit;
            } else {
                d = d * 10 + digit;
            }
        }
        if (y < 1 || m < 1 || m > 12 || d < 1 || d > length(y, m)) {
            return null;
        }
        return LocalDate.of(y, m, d);
    }

    /** Why {@code s} is not a date (call only when {@link #parse} gave null). */
    static Msg explain(String s) {
        String found = "\"" + (s.length() > 40 ? s.substring(0, 40) + "…" : s) + "\"";
        if (!shape(s)) {
            return Msg.of("date.invalid", found);
        }
        int y = number(s, 0, 4);
        int m = number(s, 5, 7);
        int d = number(s, 8, 10);
        Msg why;
        if (y < 1) {
            why = Msg.of("date.noYear0");
        } else if (m < 1 || m > 12) {
            why = Msg.of("date.noMonth", String.valueOf(m));
        } else if (d < 1) {
            why = Msg.of("date.noDay0");
        } else if (m == 2 && d == 29) {
            why = Msg.of("date.noDay.year", String.valueOf(d), Msg.of("month.of." + m), String.valueOf(y));
        } else {
            why = Msg.of("date.noDay", String.valueOf(d), Msg.of("month.of." + m), length(y, m));
        }
        return Msg.of("date.invalid.why", found, why);
    }

    private static boolean shape(String s) {
        if (s.length() != 10 || s.charAt(4) != '-' || s.charAt(7) != '-') {
            return false;
        }
        for (int i = 0; i < 10; i++) {
            if (i != 4 && i != 7 && (s.charAt(i) < '0' || s.charAt(i) > '9')) {
                return false;
            }
        }
        return true;
    }

    private static int number(String s, int from, int to) {
        int v = 0;
        for (int i = from; i < to; i++) {
            v = v * 10 + (s.charAt(i) - '0');
        }
        return v;
    }

    private static int length(int y, int m) {
        return switch (m) {
            case 2 -> (y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)) ? 29 : 28;
            case 4, 6, 9, 11 -> 30;
            default -> 31;
        };
    }
}
