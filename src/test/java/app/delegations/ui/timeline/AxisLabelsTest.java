package app.delegations.ui.timeline;

import static org.junit.jupiter.api.Assertions.*;

import app.delegations.ui.timeline.AxisLabels.Label;
import app.delegations.ui.timeline.AxisLabels.Tier;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The date axis's labels are whole at every scale: a label that does not fit takes a shorter form ("maj 2016"
 * → "maj" → "V"), never a cut one ("maj 2…"); a tier of days writes every day's number, the two-digit ones
 * too; and no header is written on both tiers ("2000–2009" once). Measured with a font of 7 pixels a
 * character, so that the geometry is checked without a stage.
 */
class AxisLabelsTest {

    private static final ToDoubleFunction<String> WIDTH = s -> 7.0 * s.length();
    private static final DayFormat POLISH = new DayFormat(Locale.forLanguageTag("pl-PL"));
    private static final DayFormat ENGLISH = new DayFormat(Locale.ENGLISH);
    private static final LocalDate MAY_2016 = LocalDate.of(2016, 5, 1);

    private final AxisLabels axis = new AxisLabels(WIDTH, WIDTH);

    @Test
    void aMonthTooNarrowForItsNameTakesAShorterFormNeverACutOne() {
        for (Tier tier : Tier.values()) {
            var written = new HashSet<String>();
            for (double room = 0; room <= 120; room += 1) {
                String label = AxisLabels.fit(AxisLabels.forms(CalendarUnit.MONTH, tier, MAY_2016, POLISH), room,
                        WIDTH);
                assertTrue(WIDTH.applyAsDouble(label) <= room, label + " in " + room + " pixels");
                written.add(label);
            }
            // above the days the month names its year; below the years it need not
            assertEquals(tier == Tier.UPPER ? Set.of("maj 2016", "maj", "") : Set.of("maj", "V", ""), written);
        }
        assertEquals("Nov", AxisLabels.fit(AxisLabels.forms(CalendarUnit.MONTH, Tier.LOWER, LocalDate.of(2016, 11, 1),
                ENGLISH), 30, WIDTH));
    }

    @Test
    void atEveryScaleEachLabelIsAWholeFormOfItsPeriodInsideTheView() {
        double width = 750;
        for (DayFormat format : List.of(POLISH, ENGLISH)) {
            for (double ppd = 0.01; ppd < 2500; ppd *= 1.17) {
                for (double shift : new double[] {0, 0.37, 13.5}) {
                    double firstDay = MAY_2016.toEpochDay() + shift * 30 / Math.sqrt(ppd);
                    CalendarUnit lower = axis.lowerUnit(format, ppd);
                    for (Label label : axis.labels(format, ppd, firstDay, width)) {
                        CalendarUnit unit = label.tier() == Tier.LOWER ? lower : lower.coarser();
                        Set<String> forms = formsInView(unit, label.tier(), format, ppd, firstDay, width);
                        assertTrue(forms.contains(label.text()), label + " at " + ppd + " px/day is one of " + forms);
                        assertFalse(label.text().contains("…"), label.text());
                        double w = WIDTH.applyAsDouble(label.text());
                        double left = label.centred() ? label.x() - w / 2 : label.x();
                        assertTrue(left >= 0 && left + w <= width, label + " lies inside the view at " + ppd);
                    }
                }
            }
        }
    }

    @Test
    void whereDaysAreTheLowerTierEveryDayHasItsNumber() {
        double ppd = 0.5;
        while (axis.lowerUnit(POLISH, ppd) != CalendarUnit.DAY) {
            ppd *= 1.01;
        }
        double firstDay = LocalDate.of(2016, 11, 1).toEpochDay();
        Set<String> lower = axis.labels(POLISH, ppd, firstDay, 30 * ppd).stream()
                .filter(l -> l.tier() == Tier.LOWER).map(Label::text).collect(Collectors.toSet());
        for (int day = 1; day <= 30; day++) {
            assertTrue(lower.contains(Integer.toString(day)), "day " + day + " at " + ppd + " px/day: " + lower);
        }
        assertTrue(ppd < 20, "days get their numbers from a day of " + ppd + " pixels");
    }

    @Test
    void noHeaderIsWrittenOnBothTiers() {
        for (double ppd = 0.005; ppd < 2500; ppd *= 1.17) {
            CalendarUnit lower = axis.lowerUnit(ENGLISH, ppd);
            assertNotEquals(lower, lower.coarser(), "at " + ppd);
            List<Label> labels = axis.labels(ENGLISH, ppd, LocalDate.of(2000, 1, 19).toEpochDay(), 750);
            Set<String> upper = labels.stream().filter(l -> l.tier() == Tier.UPPER).map(Label::text)
                    .collect(Collectors.toSet());
            for (Label l : labels) {
                assertFalse(l.tier() == Tier.LOWER && upper.contains(l.text()), l + " on both tiers at " + ppd);
            }
        }
        // thirty years across a 750-pixel timeline: decades above, years below
        List<Label> decades = axis.labels(ENGLISH, 750 / (30 * 365.25), LocalDate.of(2000, 1, 1).toEpochDay(), 750);
        assertEquals(1, decades.stream().filter(l -> l.text().equals("2000–2009")).count(), decades.toString());
    }

    private static Set<String> formsInView(CalendarUnit unit, Tier tier, DayFormat format, double ppd,
                                           double firstDay, double width) {
        var forms = new HashSet<String>();
        LocalDate day = unit.start(LocalDate.ofEpochDay((long) Math.floor(firstDay)));
        while (day.toEpochDay() <= firstDay + width / ppd) {
            forms.addAll(AxisLabels.forms(unit, tier, day, format));
            day = unit.next(day);
        }
        return forms;
    }
}
