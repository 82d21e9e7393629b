package app.delegations.ui.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.delegations.ui.common.ExportChoice;
import app.delegations.ui.common.ExportFile;
import app.delegations.ui.common.ExportFormat;
import app.delegations.ui.common.ExportProgress;
import app.delegations.ui.common.ExportReadBack;
import app.delegations.ui.common.ExportTable;
import app.delegations.ui.common.Messages;
import app.delegations.ui.common.SortKey;
import app.delegations.ui.common.UiLanguage;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.dhatim.fastexcel.reader.CellType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The table beside a chart, as the officer reads and exports it: headed after the chart, counts grouped as the
 * UI's language writes numbers (as the status bar does), exported as numbers; years and months sorted in time and
 * exported as numbers and dates, so that a spreadsheet sorts and groups them.
 */
class FigureColumnTest {
    private static final FigureBar POLAND = new FigureBar("Poland", 25256);
    private static final Messages EN = Messages.of(UiLanguage.ENGLISH);

    @TempDir
    Path dir;

    private static FigureBar month(int year, int month, String label, int count) {
        return new FigureBar(label, count, YearMonth.of(year, month));
    }

    /** The figure's table written as XLSX and read back. */
    private ExportReadBack.Workbook xlsx(String titleKey, List<FigureBar> bars) throws Exception {
        ExportTable<FigureBar> table = ExportTable.of("Figure", FigureColumn.of(titleKey, EN.locale()), bars, EN);
        Path file = dir.resolve(titleKey + ".xlsx");
        ExportFile.write(table, new ExportChoice(ExportFormat.XLSX, ',', false), file, ExportProgress.NONE);
        ExportReadBack.Workbook book = ExportReadBack.xlsx(file);
        ExportReadBack.assertHolds(table, book);
        return book;
    }

    @Test
    void aYearIsExportedAsANumberNotAsText() throws Exception {
        var bars = List.of(new FigureBar("2000", 4, YearMonth.of(2000, 1)), new FigureBar("2001", 0,
                YearMonth.of(2001, 1)));
        ExportReadBack.Workbook book = xlsx("figures.years", bars);
        assertEquals(CellType.NUMBER, book.cell(1, 0).getType(), "so that =A2>2010 and SUM work");
        assertEquals(2000, book.cell(1, 0).asNumber().intValue());
        assertEquals(2001, book.cell(2, 0).asNumber().intValue());
        assertEquals("2000", FigureColumn.of("figures.years", EN.locale()).get(0).text(bars.get(0)),
                "shown and copied ungrouped, as a year");
    }

    @Test
    void aMonthIsExportedAsADateShownAsMonthAndYear() throws Exception {
        ExportReadBack.Workbook book = xlsx("figures.months", List.of(month(2016, 11, "November 2016", 7),
                month(2016, 12, "December 2016", 0)));
        assertEquals(CellType.NUMBER, book.cell(1, 0).getType(), "a date, not the text \"November 2016\"");
        assertEquals(LocalDate.of(2016, 11, 1), book.cell(1, 0).asDate().toLocalDate());
        assertEquals("mmmm yyyy", book.cell(1, 0).getDataFormatString());
        assertEquals(LocalDate.of(2016, 12, 1), book.cell(2, 0).asDate().toLocalDate());
        assertEquals(CellType.NUMBER, book.cell(1, 1).getType(), "the count a number as before");
    }

    @Test
    void theCsvKeepsTheMonthAsShown() throws Exception {
        ExportTable<FigureBar> table = ExportTable.of("Figure", FigureColumn.of("figures.months", EN.locale()),
                List.of(month(2016, 11, "November 2016", 7)), EN);
        Path file = dir.resolve("months.csv");
        ExportFile.write(table, new ExportChoice(ExportFormat.CSV, ',', false), file, ExportProgress.NONE);
        assertEquals(List.of(List.of("Month", "Meetings"), List.of("November 2016", "7")),
                ExportReadBack.csv(file, ','));
    }

    @Test
    void theTableSortsMonthsInTimeNotByTheirNames() {
        List<FigureColumn> columns = FigureColumn.of("figures.months", EN.locale());
        var bars = new ArrayList<>(List.of(month(2016, 4, "April 2016", 1), month(2015, 12, "December 2015", 2),
                month(2016, 1, "January 2016", 3)));
        bars.sort(FiguresView.order(List.of(new SortKey<>(columns.get(0), true))));
        assertEquals(List.of("December 2015", "January 2016", "April 2016"), bars.stream().map(FigureBar::label)
                .toList());
        bars.sort(FiguresView.order(List.of(new SortKey<>(columns.get(0), false))));
        assertEquals("April 2016", bars.get(0).label());
        var places = new ArrayList<>(List.of(new FigureBar("Vranje", 1), new FigureBar("Gdańsk", 2)));
        places.sort(FiguresView.order(List.of(new SortKey<>(FigureColumn.of("figures.partners", EN.locale()).get(0),
                true))));
        assertEquals("Gdańsk", places.get(0).label(), "other bars by their label");
    }

    @Test
    void aCountIsShownGroupedInTheUiLanguageAndExportedAsANumber() {
        Messages en = Messages.of(UiLanguage.ENGLISH);
        Messages pl = Messages.of(UiLanguage.POLISH);
        FigureColumn english = FigureColumn.of("figures.countries", en.locale()).get(1);
        FigureColumn polish = FigureColumn.of("figures.countries", pl.locale()).get(1);
        assertEquals("25,256", english.text(POLAND));
        assertEquals("25\u00a0256", polish.text(POLAND));
        assertEquals(25256, polish.value(POLAND));
    }

    @Test
    void theColumnsAreHeadedAfterTheChart() {
        Messages pl = Messages.of(UiLanguage.POLISH);
        Messages en = Messages.of(UiLanguage.ENGLISH);
        assertEquals(List.of("Kraj", "Miejsca"), headers("figures.countries", pl));
        assertEquals(List.of("Miejsce", "Spotkania"), headers("figures.partners", pl));
        assertEquals(List.of("Month", "Meetings"), headers("figures.months", en));
        for (Figure f : Figure.values()) {
            for (String h : headers(f.key(), en)) {
                assertEquals(false, h.startsWith("!"), f + ": " + h);
            }
        }
    }

    private static List<String> headers(String titleKey, Messages m) {
        return FigureColumn.of(titleKey, m.locale()).stream().map(c -> m.get(c.key())).toList();
    }

    @Test
    void aChartIsTallEnoughForEveryBarAndFillsItsPlaceOtherwise() {
        assertEquals(600, FigureChart.height(3, 600), "three bars fill the place");
        assertEquals(40 * FigureChart.SLOT + FigureChart.FRAME, FigureChart.height(40, 600), "forty scroll");
    }
}
