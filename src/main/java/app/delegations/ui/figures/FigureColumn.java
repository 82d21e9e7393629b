package app.delegations.ui.figures;

import app.delegations.ui.common.ColumnSpec;
import app.delegations.ui.common.DataColumn;
import java.text.NumberFormat;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;

/**
 * A column of a figure's numbers, the table File › Export writes as XLSX or CSV: what the chart counts (headed
 * after the chart: country, year, month, kind, place) or how many (places, meetings, events). A count is shown
 * and copied grouped in the UI's language ("25,256", "25 256") and exported as a number; so is a year ("2016"),
 * and a month ("November 2016") is exported as a date shown as month and year, so that a spreadsheet sorts and
 * groups the periods in time rather than as words. The table sorts years and months in time too.
 */
public final class FigureColumn implements DataColumn<FigureBar> {
    private final ColumnSpec spec;
    private final boolean count;
    private final Type type;
    private final NumberFormat numbers;

    private FigureColumn(ColumnSpec spec, boolean count, Type type, Locale locale) {
        this.spec = spec;
        this.count = count;
        this.type = type;
        this.numbers = NumberFormat.getIntegerInstance(locale);
    }

    /**
     * The two columns of the chart titled by message key {@code titleKey}: headed by {@code titleKey.label} and
     * {@code titleKey.count}, counts grouped in {@code locale}.
     */
    public static List<FigureColumn> of(String titleKey, Locale locale) {
        List<String> keys = switch (titleKey) {
            case "figures.countries" -> List.of("figures.countries.label", "figures.countries.count");
            case "figures.years" -> List.of("figures.years.label", "figures.years.count");
            case "figures.months" -> List.of("figures.months.label", "figures.months.count");
            case "figures.kinds" -> List.of("figures.kinds.label", "figures.kinds.count");
            case "figures.partners" -> List.of("figures.partners.label", "figures.partners.count");
            default -> throw new IllegalArgumentException("no figure is titled " + titleKey);
        };
        Type label = switch (titleKey) {
            case "figures.years" -> Type.NUMBER;
            case "figures.months" -> Type.MONTH;
            default -> Type.TEXT;
        };
        return List.of(new FigureColumn(new ColumnSpec("figureLabel", keys.get(0), 220, Look.TEXT), false, label,
                        locale),
                new FigureColumn(new ColumnSpec("figureCount", keys.get(1), 90, Look.NUMBER), true, Type.NUMBER,
                        locale));
    }

    /** True for the column of how many, false for the column of what is counted. */
    public boolean isCount() {
        return count;
    }

    @Override
    public ColumnSpec spec() {
        return spec;
    }

    @Override
    public Type type() {
        return type;
    }

    @Override
    public String text(FigureBar row) {
        return count ? numbers.format(row.count()) : row.label();
    }

    @Override
    public Object value(FigureBar row) {
        if (count) {
            return row.count();
        }
        YearMonth period = row.period();
        if (period != null && type == Type.NUMBER) {
            return period.getYear();
        }
        if (period != null && type == Type.MONTH) {
            return period;
        }
        return row.label();
    }
}
