package app.delegations.ui.timeline;

import static app.delegations.ui.timeline.TimelineMetrics.AXIS_HEIGHT;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/**
 * The date axis (two tiers: e.g. months above days) and the bands behind the rows: one band per day when days
 * are wide enough, else per month or year. Only the periods in view are visited.
 */
final class AxisPainter {

    private static final double TIER = AXIS_HEIGHT / 2;

    /** A period of the calendar used for ticks. */
    private enum Unit { DAY, MONTH, YEAR, DECADE }

    /** How the lower tier labels its periods at a scale. */
    private enum Style { FULL_DATE, WEEKDAY_DAY, DAY_NUMBER, MONTH_LONG, MONTH_SHORT, YEAR, DECADE }

    private final PaletteAndFonts paint;

    AxisPainter(PaletteAndFonts paint) {
        this.paint = paint;
    }

    /** Bands and grid lines behind the items, over the whole height. */
    void drawBands(GraphicsContext gc, TimelineViewModel vm, double width, double height) {
        TimelinePalette p = paint.palette();
        Unit unit = lowerUnit(style(vm.getPixelsPerDay()));
        boolean lines = vm.getPixelsPerDay() * typicalDays(unit) >= 12;
        forEachPeriod(vm, unit, width, (start, x0, x1) -> {
            if (parity(start, unit) == 1) {
                gc.setFill(p.band());
                gc.fillRect(x0, AXIS_HEIGHT, x1 - x0, height - AXIS_HEIGHT);
            }
            if (lines) {
                gc.setStroke(p.grid());
                gc.setLineWidth(1);
                gc.strokeLine(snap(x0), AXIS_HEIGHT, snap(x0), height);
            }
        });
    }

    /** The axis itself, over the top {@link TimelineViewModel#AXIS_HEIGHT} pixels. */
    void drawAxis(GraphicsContext gc, TimelineViewModel vm, double width) {
        TimelinePalette p = paint.palette();
        DayFormat format = vm.dayFormatProperty().get();
        gc.setFill(p.axisBackground());
        gc.fillRect(0, 0, width, AXIS_HEIGHT);
        Style style = style(vm.getPixelsPerDay());
        Unit lower = lowerUnit(style);
        Unit upper = Unit.values()[Math.min(Unit.DECADE.ordinal(), lower.ordinal() + 1)];
        gc.setTextBaseline(VPos.CENTER);
        gc.setStroke(p.grid());
        gc.setLineWidth(1);
        forEachPeriod(vm, upper, width, (start, x0, x1) -> {
            gc.strokeLine(snap(x0), 0, snap(x0), TIER);
            label(gc, upperLabel(upper, start, format), paint.bold(), x0, x1, width, TIER / 2, false);
        });
        forEachPeriod(vm, lower, width, (start, x0, x1) -> {
            gc.setStroke(p.grid());
            gc.strokeLine(snap(x0), TIER, snap(x0), AXIS_HEIGHT);
            label(gc, lowerLabel(style, start, format), paint.regular(), x0, x1, width, TIER * 1.5,
                    style != Style.FULL_DATE);
        });
        gc.setStroke(p.grid());
        gc.strokeLine(0, snap(TIER), width, snap(TIER));
        gc.strokeLine(0, snap(AXIS_HEIGHT), width, snap(AXIS_HEIGHT));
    }

    /** Writes a label inside [x0, x1], centred or at the left, kept in view while the period is. */
    private void label(GraphicsContext gc, String text, Font font, double x0, double x1, double width, double y,
                       boolean centred) {
        double left = Math.max(x0, 0) + 4;
        double right = Math.min(x1, width) - 4;
        String fitted = paint.fit().fit(text, font, right - left);
        if (fitted.isEmpty() || (!fitted.equals(text) && fitted.length() < 5)) {
            return;  // a stub like "2…" says nothing
        }
        gc.setFont(font);
        gc.setFill(paint.palette().text());
        double w = paint.fit().width(fitted, font);
        if (centred && x1 - x0 - 8 >= w) {
            gc.setTextAlign(TextAlignment.CENTER);
            gc.fillText(fitted, Math.max(left + w / 2, Math.min(right - w / 2, (x0 + x1) / 2)), y);
        } else {
            gc.setTextAlign(TextAlignment.LEFT);
            gc.fillText(fitted, left, y);
        }
    }

    /** Receives one calendar period in view: its first day and its x range. */
    @FunctionalInterface
    private interface PeriodSink {
        void accept(LocalDate start, double x0, double x1);
    }

    private void forEachPeriod(TimelineViewModel vm, Unit unit, double width, PeriodSink sink) {
        long first = clampDay((long) Math.floor(vm.viewport().dayAt(0)));
        long last = clampDay((long) Math.ceil(vm.viewport().dayAt(width)));
        LocalDate start = periodStart(LocalDate.ofEpochDay(first), unit);
        for (int guard = 0; guard < 20_000 && start.toEpochDay() <= last; guard++) {
            LocalDate next = next(start, unit);
            sink.accept(start, vm.viewport().xOfDay(start.toEpochDay()), vm.viewport().xOfDay(next.toEpochDay()));
            start = next;
        }
    }

    private static Style style(double ppd) {
        if (ppd >= 140) {
            return Style.FULL_DATE;
        } else if (ppd >= 60) {
            return Style.WEEKDAY_DAY;
        } else if (ppd >= 18) {
            return Style.DAY_NUMBER;
        } else if (ppd >= 5) {
            return Style.MONTH_LONG;
        } else if (ppd >= 1.2) {
            return Style.MONTH_SHORT;
        } else if (ppd >= 0.1) {
            return Style.YEAR;
        }
        return Style.DECADE;
    }

    private static Unit lowerUnit(Style style) {
        return switch (style) {
            case FULL_DATE, WEEKDAY_DAY, DAY_NUMBER -> Unit.DAY;
            case MONTH_LONG, MONTH_SHORT -> Unit.MONTH;
            case YEAR -> Unit.YEAR;
            case DECADE -> Unit.DECADE;
        };
    }

    private static String lowerLabel(Style style, LocalDate day, DayFormat f) {
        return switch (style) {
            case FULL_DATE -> f.full(day);
            case WEEKDAY_DAY -> f.weekdayDay(day);
            case DAY_NUMBER -> Integer.toString(day.getDayOfMonth());
            case MONTH_LONG -> f.monthYear(day);
            case MONTH_SHORT -> f.shortMonthYear(day);
            case YEAR -> Integer.toString(day.getYear());
            case DECADE -> decade(day);
        };
    }

    private static String upperLabel(Unit unit, LocalDate start, DayFormat f) {
        return switch (unit) {
            case MONTH -> f.monthYear(start);
            case YEAR -> Integer.toString(start.getYear());
            case DAY, DECADE -> decade(start);
        };
    }

    private static String decade(LocalDate day) {
        int from = Math.floorDiv(day.getYear(), 10) * 10;
        return from + "–" + (from + 9);
    }

    private static LocalDate periodStart(LocalDate day, Unit unit) {
        return switch (unit) {
            case DAY -> day;
            case MONTH -> day.withDayOfMonth(1);
            case YEAR -> day.withDayOfYear(1);
            case DECADE -> LocalDate.of(Math.floorDiv(day.getYear(), 10) * 10, 1, 1);
        };
    }

    private static LocalDate next(LocalDate start, Unit unit) {
        return switch (unit) {
            case DAY -> start.plusDays(1);
            case MONTH -> start.plusMonths(1);
            case YEAR -> start.plusYears(1);
            case DECADE -> start.plusYears(10);
        };
    }

    private static long parity(LocalDate start, Unit unit) {
        long n = switch (unit) {
            case DAY -> start.toEpochDay();
            case MONTH -> ChronoUnit.MONTHS.between(LocalDate.EPOCH, start);
            case YEAR -> start.getYear();
            case DECADE -> Math.floorDiv(start.getYear(), 10);
        };
        return Math.floorMod(n, 2);
    }

    private static double typicalDays(Unit unit) {
        return switch (unit) {
            case DAY -> 1;
            case MONTH -> 30;
            case YEAR -> 365;
            case DECADE -> 3652;
        };
    }

    private static long clampDay(long day) {
        return Math.max(LocalDate.of(-9999, 1, 1).toEpochDay(), Math.min(LocalDate.of(9999, 1, 1).toEpochDay(), day));
    }

    static double snap(double v) {
        return Math.floor(v) + 0.5;
    }
}
