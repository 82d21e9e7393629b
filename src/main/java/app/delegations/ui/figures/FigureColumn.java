package app.delegations.ui.figures;

import app.delegations.ui.common.ColumnSpec;
import app.delegations.ui.common.DataColumn;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;

/**
 * A column of a figure's numbers, the table File › Export writes as XLSX or CSV: what the chart counts (headed
 * after the chart: country, year, month, kind, place) or how many (places, meetings, events). A count is shown
 * and copied grouped in the UI's language ("25,256", "25 256") and exported as a number.
 */
public final class FigureColumn implements DataColumn<FigureBar> {
    private final ColumnSpec spec;
    private final boolean count;
    private final NumberFormat numbers;

    private FigureColumn(ColumnSpec spec, boolean count, Locale locale) {
        this.spec = spec;
        this.count = count;
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
        return List.of(new FigureColumn(new ColumnSpec("figureLabel", keys.get(0), 220, Look.TEXT), false, locale),
                new FigureColumn(new ColumnSpec("figureCount", keys.get(1), 90, Look.NUMBER), true, locale));
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
    public String text(FigureBar row) {
        return count ? numbers.format(row.count()) : row.label();
    }

    @Override
    public Object value(FigureBar row) {
        if (count) {
            return row.count();
        }
        return row.label();
    }
}
