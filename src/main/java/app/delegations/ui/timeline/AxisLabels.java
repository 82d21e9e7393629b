package app.delegations.ui.timeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * What the two-tier date axis writes where, for a scale and a position: plain geometry, measured through the
 * given width functions, so that it is computed (and tested) without a stage. Guarantees: every label is one
 * of its period's forms, whole — the longest that fits its room ("listopad 2016" → "lis 2016" → "lis"; below
 * the years "listopad" → "lis" → "XI";
 * "30 listopada 2016" → "śr. 30" → "30") — and none is written where none fits, so no label is ever cut or
 * ends in an ellipsis; the lower tier's unit is the finest whose shortest form fits each of its periods (a day
 * tier writes every day's number, 1 to 31); the upper tier is the next coarser unit, so one header is never
 * written on both tiers (the decade "2000–2009" above the years, not above itself).
 */
final class AxisLabels {

    /** Pixels kept free on each side of a label inside its period. */
    static final double PAD = 2;

    /** The tier a label is written on: the coarser unit above, the finer below. */
    enum Tier { UPPER, LOWER }

    /** A label as written: its tier, its text, and its x (its centre when {@code centred}, else its left). */
    record Label(Tier tier, String text, double x, boolean centred) {
    }

    /** The units a lower tier may have: the finest whose shortest label fits is taken. */
    private static final CalendarUnit[] LOWER = {CalendarUnit.DAY, CalendarUnit.MONTH, CalendarUnit.YEAR,
        CalendarUnit.DECADE};
    private static final long FIRST_DAY = LocalDate.of(-9999, 1, 1).toEpochDay();
    private static final long LAST_DAY = LocalDate.of(9999, 1, 1).toEpochDay();

    private final ToDoubleFunction<String> lowerWidth;
    private final ToDoubleFunction<String> upperWidth;
    private DayFormat measured;
    private final double[] lowestScale = new double[LOWER.length];

    /** {@code lowerWidth} and {@code upperWidth} measure a text in the font of each tier, in pixels. */
    AxisLabels(ToDoubleFunction<String> lowerWidth, ToDoubleFunction<String> upperWidth) {
        this.lowerWidth = lowerWidth;
        this.upperWidth = upperWidth;
    }

    /** The unit of the lower tier (and of the bands) at {@code pixelsPerDay}. */
    CalendarUnit lowerUnit(DayFormat format, double pixelsPerDay) {
        if (measured != format) {
            measure(format);
        }
        for (int i = 0; i < LOWER.length; i++) {
            if (pixelsPerDay >= lowestScale[i]) {
                return LOWER[i];
            }
        }
        return CalendarUnit.CENTURY;
    }

    /** The labels of both tiers for a view {@code width} pixels wide whose left edge is {@code firstDay}. */
    List<Label> labels(DayFormat format, double pixelsPerDay, double firstDay, double width) {
        var out = new ArrayList<Label>();
        CalendarUnit lower = lowerUnit(format, pixelsPerDay);
        CalendarUnit upper = lower.coarser();
        if (upper != null) {
            place(out, Tier.UPPER, upper, format, pixelsPerDay, firstDay, width);
        }
        place(out, Tier.LOWER, lower, format, pixelsPerDay, firstDay, width);
        return out;
    }

    /** The longest of {@code forms} no wider than {@code room}, or "" when none is. */
    static String fit(List<String> forms, double room, ToDoubleFunction<String> width) {
        for (String form : forms) {
            if (width.applyAsDouble(form) <= room) {
                return form;
            }
        }
        return "";
    }

    /** A period's label forms on a tier, longest first. */
    static List<String> forms(CalendarUnit unit, Tier tier, LocalDate start, DayFormat f) {
        String year = Integer.toString(start.getYear());
        return switch (unit) {
            case DAY -> List.of(f.full(start), f.weekdayDay(start), Integer.toString(start.getDayOfMonth()));
            case MONTH -> tier == Tier.UPPER
                    ? List.of(f.monthYear(start), f.shortMonthYear(start), f.shortMonth(start))
                    : List.of(f.month(start), f.shortMonth(start), f.narrowMonth(start));
            case YEAR -> List.of(year, "’" + twoDigits(start.getYear()));
            case DECADE -> List.of(year + "–" + (start.getYear() + 9), year + "–" + twoDigits(start.getYear() + 9),
                    year);
            case CENTURY -> List.of(year + "–" + (start.getYear() + 99), year + "–" + twoDigits(start.getYear() + 99));
        };
    }

    private void place(List<Label> out, Tier tier, CalendarUnit unit, DayFormat format, double ppd,
                       double firstDay, double width) {
        ToDoubleFunction<String> measure = tier == Tier.UPPER ? upperWidth : lowerWidth;
        long first = clamp((long) Math.floor(firstDay));
        long last = clamp((long) Math.ceil(firstDay + width / ppd));
        var starts = new ArrayList<LocalDate>();
        var forms = new ArrayList<List<String>>();
        int level = 0;  // one form for the whole tier: the longest that fits each period whole
        LocalDate start = unit.start(LocalDate.ofEpochDay(first));
        for (int guard = 0; guard < 20_000 && start.toEpochDay() <= last; guard++) {
            LocalDate next = unit.next(start);
            List<String> f = forms(unit, tier, start, format);
            double room = (next.toEpochDay() - start.toEpochDay()) * ppd - 2 * PAD;
            while (level < f.size() - 1 && measure.applyAsDouble(f.get(level)) > room) {
                level++;
            }
            starts.add(start);
            forms.add(f);
            start = next;
        }
        for (int i = 0; i < starts.size(); i++) {
            LocalDate from = starts.get(i);
            List<String> f = forms.get(i);
            double x0 = (from.toEpochDay() - firstDay) * ppd;
            double x1 = (unit.next(from).toEpochDay() - firstDay) * ppd;
            double left = Math.max(x0, 0) + PAD;  // kept in view while the period is, shorter if need be
            double right = Math.min(x1, width) - PAD;
            String text = fit(f.subList(Math.min(level, f.size() - 1), f.size()), right - left, measure);
            if (text.isEmpty()) {
                continue;
            }
            double w = measure.applyAsDouble(text);
            if (tier == Tier.LOWER && x1 - x0 - 2 * PAD >= w) {
                out.add(new Label(tier, text, Math.max(left + w / 2, Math.min(right - w / 2, (x0 + x1) / 2)), true));
            } else {
                out.add(new Label(tier, text, left, false));
            }
        }
    }

    /** The lowest scale at which each lower unit's shortest form fits every one of its periods. */
    private void measure(DayFormat format) {
        for (int i = 0; i < LOWER.length; i++) {
            CalendarUnit unit = LOWER[i];
            double widest = 0;
            for (LocalDate sample : samples(unit)) {
                List<String> forms = forms(unit, Tier.LOWER, sample, format);
                widest = Math.max(widest, lowerWidth.applyAsDouble(forms.get(forms.size() - 1)));
            }
            lowestScale[i] = (widest + 2 * PAD) / unit.shortestDays();
        }
        measured = format;
    }

    /** Periods whose shortest labels include the widest of their unit. */
    private static List<LocalDate> samples(CalendarUnit unit) {
        var days = new ArrayList<LocalDate>();
        LocalDate d = LocalDate.of(2000, 1, 1);
        int n = switch (unit) {
            case DAY -> 31;
            case MONTH -> 12;
            case YEAR, DECADE, CENTURY -> 10;
        };
        for (int i = 0; i < n; i++, d = unit.next(d)) {
            days.add(d);
        }
        return days;
    }

    private static String twoDigits(int year) {
        int yy = Math.floorMod(year, 100);
        return yy < 10 ? "0" + yy : Integer.toString(yy);
    }

    private static long clamp(long day) {
        return Math.max(FIRST_DAY, Math.min(LAST_DAY, day));
    }
}
