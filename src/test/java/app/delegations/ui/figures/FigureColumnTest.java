package app.delegations.ui.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.delegations.ui.common.Messages;
import app.delegations.ui.common.UiLanguage;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The table beside a chart, as the officer reads and exports it: headed after the chart, counts grouped as the
 * UI's language writes numbers (as the status bar does), exported as numbers.
 */
class FigureColumnTest {
    private static final FigureBar POLAND = new FigureBar("Poland", 25256);

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
